"""電子申請等API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncEApplicationClient, EApplicationClient

__all__ = ["SERVERS", "AsyncEApplicationClient", "EApplicationClient", "models"]
