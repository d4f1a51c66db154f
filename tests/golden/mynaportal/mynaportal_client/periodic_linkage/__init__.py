"""期間連携API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncPeriodicLinkageClient, PeriodicLinkageClient

__all__ = ["SERVERS", "AsyncPeriodicLinkageClient", "PeriodicLinkageClient", "models"]
