"""Simple API overview: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncV30ApiWithExamplesClient, V30ApiWithExamplesClient

__all__ = ["SERVERS", "AsyncV30ApiWithExamplesClient", "V30ApiWithExamplesClient", "models"]
