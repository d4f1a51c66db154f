"""Fuzzing helpers for tests/test_fuzz.py: the case runner, the input strategies and a reducer.

- harness.py    runs `mpgen` in a forked child per command and checks the invariants
- mutations.py  structured mutations of our (bundled or split) specs
- garbage.py    raw YAML and JSON garbage, and OpenAPI-shaped random documents
- reduce.py     shrinks a saved failing document to a small reproducer (`python -m tests.fuzz.reduce`)
- found/        reproducers of the failures found so far, replayed by the suite
"""
