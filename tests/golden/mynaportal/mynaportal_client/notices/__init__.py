"""お知らせ情報取得API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncNoticesClient, NoticesClient

__all__ = ["SERVERS", "AsyncNoticesClient", "NoticesClient", "models"]
