"""期間連携 token safety: where a grant is kept, and an httpx.Auth that refreshes it without ever replaying a token.

A 期間連携 refresh token is single use: presenting it a second time revokes the whole consent. So a rotation runs
under the store's lock (threads, asyncio tasks and processes alike) and follows these steps:

1. load the grant; if another holder already rotated (the stored access token is fresh and is not the one the
   server just rejected), use it;
2. if the store holds a marker "a refresh with this refresh token was sent" and no completed rotation, that token
   is spent (the answer was lost, or the process died): raise RefreshInterruptedError, never send it again;
3. persist the marker, then send the refresh request, once;
4. persist the new grant (marker cleared) before the new access token is used. invalid_grant (reused, past the
   consent's 90 days, revoked) deletes the grant and raises ConsentRevokedError; any other answer leaves the
   marker in place and raises RefreshInterruptedError. Both say: the user has to consent again.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import os
import re
import secrets
import sys
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import httpx

from ._errors import (
    APIError,
    ConsentRevokedError,
    InvalidGrantError,
    ReconsentRequiredError,
    RefreshInterruptedError,
    TokenStoreError,
)
from ._logging import log_exchange, logger
from ._oauth import Grant, fingerprint, grant_from_response, refresh_request

if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after about ten seconds: keep waiting
                continue

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)


__all__ = ["EncryptedFileTokenStore", "MemoryTokenStore", "RefreshingAuth", "TokenStore"]

KEY_ENV = "MYNAPORTAL_TOKEN_KEY"
_MAGIC = b"MPTS\x01"  # format tag and version; also the AES-GCM associated data
_NONCE = 12
_TAG = 16


class TokenStore(Protocol):
    """Keeps one grant. `lock()` must exclude every other holder (thread, task or process using the same
    store) and may be released by a thread other than the one that took it."""

    def load(self) -> Grant | None: ...

    def save(self, grant: Grant) -> None: ...

    def delete(self) -> None: ...

    def lock(self) -> AbstractContextManager[object]: ...


class MemoryTokenStore:
    """A grant in memory, for one process (tests, short scripts). Not encrypted, not shared between processes."""

    def __init__(self, grant: Grant | None = None) -> None:
        self._grant = grant
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenStore(grant={'<set>' if self._grant else None})"

    def load(self) -> Grant | None:
        return self._grant

    def save(self, grant: Grant) -> None:
        self._grant = grant

    def delete(self) -> None:
        self._grant = None

    def lock(self) -> AbstractContextManager[object]:
        return self._lock  # a plain Lock may be released from another thread


class _FileLock:
    """An exclusive lock on a file. Every acquisition opens its own descriptor, so it excludes other threads of
    this process as well as other processes; closing the descriptor (from any thread) releases it."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def __enter__(self) -> _FileLock:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def __exit__(self, *exc_info: object) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


KeySource = bytes | str | Callable[[], bytes | str]


class EncryptedFileTokenStore:
    """One grant in one file, encrypted with AES-256-GCM (the `cryptography` package).

    key: 32 bytes, their base64 text, or a callable returning either (for a key from a KMS or a secret
    manager); by default the base64 text in the environment variable MYNAPORTAL_TOKEN_KEY. The file is
    written atomically with mode 0600 (a temporary file, fsync, rename); `<file>.lock` is the cross-process
    lock. Neither the key nor a token appears in repr(), logs or exception messages.
    """

    def __init__(self, path: str | os.PathLike[str], *, key: KeySource | None = None, key_env: str = KEY_ENV) -> None:
        self.path = Path(path)
        self._key = key
        self._key_env = key_env
        self._lock_path = self.path.with_name(self.path.name + ".lock")

    def __repr__(self) -> str:
        return f"EncryptedFileTokenStore({str(self.path)!r})"

    @staticmethod
    def generate_key() -> str:
        """A new random key as base64 text (keep it apart from the file, e.g. in a secret manager)."""
        return base64.urlsafe_b64encode(os.urandom(32)).decode("ascii")

    def _aead(self) -> Any:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 (imported when first used)

        source = self._key
        raw = source() if callable(source) else source
        if raw is None:
            raw = os.environ.get(self._key_env)
            if not raw:
                raise TokenStoreError(f"no encryption key: pass key= or set {self._key_env}")
        if isinstance(raw, str):
            try:
                raw = base64.urlsafe_b64decode(raw.strip().replace("+", "-").replace("/", "_") + "==")
            except (binascii.Error, ValueError):
                raise TokenStoreError("the encryption key is not base64 text") from None
        if len(raw) != 32:
            raise TokenStoreError("the encryption key must be 32 bytes (AES-256)")
        return AESGCM(raw)

    def load(self) -> Grant | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise TokenStoreError(f"cannot read {self.path}: {exc.strerror}") from None
        if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + _NONCE + _TAG:
            raise TokenStoreError(f"{self.path} is not a token store file (or it is truncated)")
        from cryptography.exceptions import InvalidTag  # noqa: PLC0415

        nonce, sealed = data[len(_MAGIC) : len(_MAGIC) + _NONCE], data[len(_MAGIC) + _NONCE :]
        try:
            plain = self._aead().decrypt(nonce, sealed, _MAGIC)
        except InvalidTag:
            raise TokenStoreError(f"cannot decrypt {self.path}: wrong key, or the file was altered") from None
        try:
            return Grant.from_json(plain)
        except ValueError:
            raise TokenStoreError(f"{self.path} does not hold a grant") from None

    def save(self, grant: Grant) -> None:
        nonce = os.urandom(_NONCE)
        blob = _MAGIC + nonce + self._aead().encrypt(nonce, grant.to_json().encode(), _MAGIC)
        folder = self.path.parent
        temporary = folder / f".{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), 0o600)  # whatever the umask
                handle.write(blob)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)  # readers see the old file or the new one, never a part
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise TokenStoreError(f"cannot write {self.path}: {exc.strerror}") from None
        _sync_folder(folder)
        self._sweep(folder)

    def delete(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise TokenStoreError(f"cannot delete {self.path}: {exc.strerror}") from None
        _sync_folder(self.path.parent)

    def lock(self) -> AbstractContextManager[object]:
        return _FileLock(self._lock_path)

    def _sweep(self, folder: Path) -> None:
        """Remove temporary files left by processes that died while writing (kill -9)."""
        if sys.platform == "win32":
            return
        for leftover in folder.glob(f".{_glob_escape(self.path.name)}.*.tmp"):
            pid = leftover.name.rsplit(".", 3)[-3]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                leftover.unlink(missing_ok=True)


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make a rename or unlink durable (POSIX); not needed, and not possible, on Windows."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_LOST = (
    "the refresh request got no answer (connection lost, timeout or cancelled); its single-use refresh token may "
    "have been used and is never sent again: the user has to consent again"
)
_INVALID_TOKEN = re.compile(r'error\s*=\s*"?invalid_token"?', re.IGNORECASE)


def _invalid_token(response: httpx.Response) -> bool:
    return response.status_code == 401 and bool(_INVALID_TOKEN.search(response.headers.get("www-authenticate", "")))


@dataclass(frozen=True)
class _Pending:
    grant: Grant
    request: httpx.Request
    started: float = field(default_factory=time.perf_counter)


class RefreshingAuth(httpx.Auth):
    """Bearer access tokens from a TokenStore, refreshed with single-use refresh tokens (期間連携).

    It refreshes `leeway` seconds before the access token expires (by `clock`, seconds since the epoch), and
    once after a 401 `invalid_token`.
    Pass the same store to every client, thread and process that uses the grant; see the module docstring for
    how a refresh token is sent at most once. Raises ReconsentRequiredError (ConsentRevokedError,
    RefreshInterruptedError) when only a new consent can help. The refresh request goes through the client that
    sends the API request, so its mutual TLS settings apply to the token endpoint too.
    """

    requires_request_body = True  # a request is sent again after a 401

    def __init__(
        self,
        store: TokenStore,
        *,
        token_url: str,
        client_id: str,
        leeway: float = 60.0,
        extra: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._clock = clock
        self._token_url = token_url
        self._client_id = client_id
        self._leeway = leeway
        self._extra = dict(extra or {})
        self._cached: tuple[str, float | None] | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"RefreshingAuth(store={self._store!r}, token_url={self._token_url!r}, client_id={self._client_id!r})"

    def _cached_token(self) -> str | None:
        cached = self._cached
        if cached is None:
            return None
        token, expires_at = cached
        if expires_at is not None and expires_at - self._leeway <= self._clock():
            return None
        return token

    def _plan(self, stale: str | None) -> str | _Pending:
        """Under the store's lock: the access token to use, or the refresh to send (its marker persisted)."""
        grant = self._store.load()
        if grant is None:
            self._cached = None
            raise ReconsentRequiredError("the token store holds no grant: the user has to consent first")
        if grant.refresh_in_flight is not None:
            self._cached = None
            raise RefreshInterruptedError(
                "a refresh with the stored refresh token was sent and its answer never stored (lost response, "
                "crash or error); the single-use token is spent and is not sent again: the user has to consent again"
            )
        if grant.access_token != stale and not grant.expires_within(self._leeway, self._clock()):
            self._cached = (grant.access_token, grant.expires_at)
            return grant.access_token
        if grant.refresh_token is None:
            self._cached = None
            raise ReconsentRequiredError("the access token expired and the grant has no refresh token")
        request = refresh_request(self._token_url, grant, self._client_id, self._extra)
        self._store.save(replace(grant, refresh_in_flight=fingerprint(grant.refresh_token)))
        return _Pending(grant, request)

    def _complete(self, pending: _Pending, response: httpx.Response) -> str:
        """Under the store's lock: the refresh answer stored (or the grant deleted) before anything else."""
        self._cached = None
        elapsed = time.perf_counter() - pending.started
        log_exchange("POST", self._token_url, response.status_code, elapsed, response.headers.get("x-request-id"))
        try:
            grant = grant_from_response(response, self._clock(), pending.grant)
        except InvalidGrantError as exc:
            self._store.delete()
            logger.warning("refresh refused (%s) for consent %s: grant deleted", exc.error, pending.grant.consent_id)
            raise ConsentRevokedError(
                f"the refresh was refused ({exc.error}: {exc.description or 'no description'}); the grant was "
                "deleted: the user has to consent again"
            ) from exc
        except APIError as exc:
            logger.warning("refresh failed (HTTP %s) for consent %s", response.status_code, pending.grant.consent_id)
            raise RefreshInterruptedError(
                f"the refresh failed ({exc}); the single-use refresh token was sent and is spent: "
                "the user has to consent again"
            ) from exc
        self._store.save(grant)  # the new refresh token is durable before the new access token is used
        self._cached = (grant.access_token, grant.expires_at)
        return grant.access_token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._cached_token()
        stale: str | None = None
        for attempt in (0, 1):
            if token is None:
                with self._thread_lock, self._store.lock():
                    plan = self._plan(stale)
                    if isinstance(plan, str):
                        token = plan
                    else:
                        try:
                            answer = yield plan.request
                        except GeneratorExit as closed:  # httpx closes the flow when the refresh got no answer
                            if not isinstance(closed.__context__, Exception):
                                raise  # KeyboardInterrupt and the like pass; the marker stays all the same
                            raise RefreshInterruptedError(_LOST) from closed.__context__
                        try:
                            answer.read()
                        except httpx.HTTPError:
                            raise RefreshInterruptedError(_LOST) from None
                        token = self._complete(plan, answer)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if attempt or not _invalid_token(response):
                return
            stale, token = token, None

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._cached_token()
        stale: str | None = None
        for attempt in (0, 1):
            if token is None:
                release = await self._acquire()
                try:
                    # Store I/O stays on the loop (a rotation is rare): a cancelled worker thread could otherwise
                    # still be writing after the lock is released.
                    plan = self._plan(stale)
                    if isinstance(plan, str):
                        token = plan
                    else:
                        try:
                            answer = yield plan.request
                        except GeneratorExit:
                            task = asyncio.current_task()
                            if task is not None and task.cancelling():
                                raise  # cancellation stays cancellation; the marker stays all the same
                            raise RefreshInterruptedError(_LOST) from None
                        try:
                            await answer.aread()
                        except httpx.HTTPError:
                            raise RefreshInterruptedError(_LOST) from None
                        token = self._complete(plan, answer)
                finally:
                    release()
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if attempt or not _invalid_token(response):
                return
            stale, token = token, None

    async def _acquire(self) -> Callable[[], None]:
        """The loop's asyncio lock, then the store's lock taken in a worker thread (it may block on a file lock)."""
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks.setdefault(loop, asyncio.Lock())
        await lock.acquire()
        held = self._store.lock()
        entering = asyncio.ensure_future(asyncio.to_thread(held.__enter__))
        try:
            await asyncio.shield(entering)
        except BaseException:
            # Cancelled while the thread waits: release the store's lock once the thread has it.
            entering.add_done_callback(lambda done: _exit_if_entered(held, done))
            lock.release()
            raise

        def release() -> None:
            try:
                held.__exit__(None, None, None)
            finally:
                lock.release()

        return release


def _exit_if_entered(held: AbstractContextManager[object], done: asyncio.Future[object]) -> None:
    if not done.cancelled() and done.exception() is None:
        held.__exit__(None, None, None)
