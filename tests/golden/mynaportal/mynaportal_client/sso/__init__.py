"""シングルサインオンAPI: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncSsoClient, SsoClient

__all__ = ["SERVERS", "AsyncSsoClient", "SsoClient", "models"]
