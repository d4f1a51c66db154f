"""利用者登録等API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncUserRegistrationClient, UserRegistrationClient

__all__ = ["SERVERS", "AsyncUserRegistrationClient", "UserRegistrationClient", "models"]
