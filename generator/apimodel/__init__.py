"""The intermediate model: `model` (APIs, operations, parameters, schemas as templates see them) and
`describe` (a bundled document → that model).

May import: `documents` and the ground floor. Never `codegen`, `build`, `portal`, `sandbox` or `diff`.
"""
