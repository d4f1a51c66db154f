"""Build orchestration: commands, jobs, the incremental cache, producing outputs, all-or-nothing
output with ownership of every path written, and the project view the portal reads.

May import: `codegen`, `apimodel`, `documents` and the ground floor. Never `portal`, `sandbox` or `diff`
(the MkDocs hook, above both, joins `build.project` and `portal`).
"""
