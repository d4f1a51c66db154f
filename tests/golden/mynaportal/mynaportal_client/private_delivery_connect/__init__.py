"""民間送達接続API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncPrivateDeliveryConnectClient, PrivateDeliveryConnectClient

__all__ = ["SERVERS", "AsyncPrivateDeliveryConnectClient", "PrivateDeliveryConnectClient", "models"]
