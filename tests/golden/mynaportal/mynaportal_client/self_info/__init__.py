"""自己情報取得API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncSelfInfoClient, SelfInfoClient

__all__ = ["SERVERS", "AsyncSelfInfoClient", "SelfInfoClient", "models"]
