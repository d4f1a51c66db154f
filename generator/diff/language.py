"""The language of messages: Japanese on a Japanese locale, English otherwise."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("ja", "en")


def default_lang(env: Mapping[str, str]) -> str:
    """LC_ALL overrides LANG, as in POSIX; `ja`, `ja_JP.UTF-8` … mean Japanese."""
    locale = env.get("LC_ALL") or env.get("LANG") or ""
    return "ja" if locale.lower().startswith("ja") else "en"
