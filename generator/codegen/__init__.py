"""Code generation: Pydantic models (`models`, with the model generator's input shaped by `shape`), the typed
client (`client`, `templates/`) and the client runtime (`runtime/`, copied verbatim into every generated package).

May import: `apimodel`, `documents` and the ground floor. Never `build`, `portal`, `sandbox` or `diff`.
"""
