"""The breaking-change engine: `mpgen diff OLD NEW` and `mpgen release SLUG`.

Owns: matching the documents of two sides (files, folders by catalogue slug or file name, a git
revision of `specs/`), comparing their bundles with a catalogue of rules (ERR, WARN, INFO), locating
every finding at its source `file:line:col`, the ignore file, the reports (text, Markdown, JSON,
GitHub annotations, JUnit) and frozen releases under `specs/releases/`.
May import: `generator.documents`, `generator.apimodel` and the ground floor (`naming`,
`diagnostics`, `config`, `paths`, `serialize`, `progress`). Never `build`, `codegen`, `portal` or
`sandbox`.
"""
