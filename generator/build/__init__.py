"""Build orchestration: commands, jobs, the incremental cache, producing outputs, all-or-nothing
output with ownership of every path written, and the project view the portal reads.

May import: `codegen`, `diff` (the releases: the client's version and CHANGELOG.md follow them),
`apimodel`, `documents` and the ground floor. Never `portal` or `sandbox` (the MkDocs hook, above both, joins
`build.project`, `build.releases` and `portal`).
"""
