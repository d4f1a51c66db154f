"""The sandbox's state in SQLite: in memory by default, or a file (`--db`) that survives a restart.

One connection, used from the server's event loop only; each module keeps its own SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS auth_requests (
    id TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, scope TEXT NOT NULL,
    state TEXT, code_challenge TEXT, challenge_method TEXT, created_at REAL NOT NULL,
    decided INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS codes (
    code TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, scope TEXT NOT NULL,
    code_challenge TEXT, challenge_method TEXT, created_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS consents (
    consent_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, scope TEXT NOT NULL, consented_at REAL NOT NULL,
    expires_at REAL NOT NULL, revoked_at REAL, revocation_reason TEXT, last_refreshed_at REAL,
    expiry_notified INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, client_id TEXT NOT NULL, scope TEXT NOT NULL, consent_id TEXT,
    issued_at REAL NOT NULL, expires_at REAL NOT NULL, used_at REAL, revoked_at REAL);
CREATE INDEX IF NOT EXISTS tokens_by_consent ON tokens (consent_id);
CREATE TABLE IF NOT EXISTS jobs (
    process_id TEXT PRIMARY KEY, api TEXT NOT NULL, owner TEXT NOT NULL, telegram_id TEXT, request TEXT NOT NULL,
    created_at REAL NOT NULL, polls INTEGER NOT NULL DEFAULT 0, wait_polls INTEGER NOT NULL,
    outcome TEXT NOT NULL, completed_at REAL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS webhooks (
    id TEXT PRIMARY KEY, url TEXT NOT NULL, events TEXT NOT NULL, created_at REAL NOT NULL, secret TEXT);
CREATE TABLE IF NOT EXISTS deliveries (
    id TEXT PRIMARY KEY, webhook_id TEXT NOT NULL, url TEXT NOT NULL, event TEXT NOT NULL, payload TEXT NOT NULL,
    status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER, last_error TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
"""


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        target = str(path) if path is not None else ":memory:"
        # check_same_thread off: tests build the app in one thread and serve it in another;
        # every use still happens on the one event loop.
        self.db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        if path is not None:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(webhooks)")}
        if "secret" not in columns:  # a --db file from before signed webhooks
            self.db.execute("ALTER TABLE webhooks ADD COLUMN secret TEXT")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(sql, args).fetchone()
        return row

    def all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        return list(self.db.execute(sql, args).fetchall())

    def run(self, sql: str, *args: Any) -> int:
        return self.db.execute(sql, args).rowcount

    def meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", key)
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        self.run(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            key,
            value,
        )

    def next_number(self, name: str) -> int:
        with self.transaction():
            self.run(
                "INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1",
                name,
            )
            row = self.one("SELECT value FROM sequences WHERE name = ?", name)
        assert row is not None
        return int(row["value"])
