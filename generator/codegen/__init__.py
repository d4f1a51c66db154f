"""Code generation: Pydantic models (`models`, with the model generator's input shaped by `shape` and a
document of many schemas run through it in batches by `model_batches`), the typed
client (`client`, `templates/`) and the client runtime (`runtime/`, copied verbatim into every generated package).

May import: `apimodel`, `documents` and the ground floor. Never `build`, `portal`, `sandbox` or `diff`.
"""
