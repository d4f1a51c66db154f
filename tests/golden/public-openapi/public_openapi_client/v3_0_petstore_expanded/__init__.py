"""Swagger Petstore: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncV30PetstoreExpandedClient, V30PetstoreExpandedClient

__all__ = ["SERVERS", "AsyncV30PetstoreExpandedClient", "V30PetstoreExpandedClient", "models"]
