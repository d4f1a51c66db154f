"""属性連携設定API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncAttributeLinkageClient, AttributeLinkageClient

__all__ = ["SERVERS", "AsyncAttributeLinkageClient", "AttributeLinkageClient", "models"]
