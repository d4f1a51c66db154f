"""Callback Example: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncV30CallbackExampleClient, V30CallbackExampleClient

__all__ = ["SERVERS", "AsyncV30CallbackExampleClient", "V30CallbackExampleClient", "models"]
