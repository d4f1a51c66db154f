"""The local sandbox: a real ASGI server that answers every operation of the loaded documents.

Owns: routing requests to operations, validating them against the spec, answering with the spec's
examples or schema-generated data, and the stateful behaviours of the マイナポータルAPI family
(authorization code + PKCE, single-use refresh tokens, 90-day consents, async processIds, TPS cap,
webhooks) kept in SQLite with a controllable clock.
May import: `generator.documents`, `generator.apimodel` and the ground floor (`naming`, `diagnostics`,
`config`, `paths`, `serialize`, `progress`). Never `build`, `codegen` or `portal`; the portal reaches
the sandbox only over HTTP.
"""
