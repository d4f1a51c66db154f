"""電子申請等情報受取等API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncEApplicationReceiptClient, EApplicationReceiptClient

__all__ = ["SERVERS", "AsyncEApplicationReceiptClient", "EApplicationReceiptClient", "models"]
