"""Reading and checking documents: load, refs, walk, bundle, validate, lint, catalogue, discovery.

Owns: turning files on disk into bundled, checked documents with located diagnostics.
May import: the ground floor (`generator.naming`, `diagnostics`, `config`, `paths`, `serialize`,
`progress`) and itself. Never `apimodel`, `codegen`, `build`, `portal`, `sandbox` or `diff`.
"""
