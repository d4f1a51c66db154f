"""民間送達サービス保有情報取得API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncPrivateDeliveryInfoClient, PrivateDeliveryInfoClient

__all__ = ["SERVERS", "AsyncPrivateDeliveryInfoClient", "PrivateDeliveryInfoClient", "models"]
