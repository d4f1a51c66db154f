"""mpgen: the マイナポータルAPI spec toolkit.

Stages, each importing only the ones below it (checked by tests/test_layout.py):

    cli, __main__, mkdocs_hook          entry points: argument parsing, printing, the MkDocs hook
    build/                              commands, jobs, cache, all-or-nothing output, project view
    portal/   sandbox/   diff/          the site; the local server; the breaking-change engine
    codegen/                            Pydantic models, the typed client, the client runtime
    apimodel/                           the intermediate model and document → model
    documents/                          load, refs, walk, bundle, validate, lint, catalogue
    naming, diagnostics, config, paths, serialize, progress     the ground floor
"""
