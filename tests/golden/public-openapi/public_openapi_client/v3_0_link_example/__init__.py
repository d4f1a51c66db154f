"""Link Example: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncV30LinkExampleClient, V30LinkExampleClient

__all__ = ["SERVERS", "AsyncV30LinkExampleClient", "V30LinkExampleClient", "models"]
