"""PMH情報連携API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncPmhClient, PmhClient

__all__ = ["SERVERS", "AsyncPmhClient", "PmhClient", "models"]
