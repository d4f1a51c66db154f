"""The intermediate model: `model` (APIs, operations, parameters, schemas as templates see them), `describe`
(a bundled document → that model), `schemas` (schema shapes: merged allOf, oneOf/anyOf alternatives with their
discriminator, nested field rows and type texts) and `examples` (every named example of a body or response).

May import: `documents` and the ground floor. Never `codegen`, `build`, `portal`, `sandbox` or `diff`.
"""
