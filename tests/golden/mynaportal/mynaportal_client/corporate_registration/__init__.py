"""法人設立手続等申請API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncCorporateRegistrationClient, CorporateRegistrationClient

__all__ = ["SERVERS", "AsyncCorporateRegistrationClient", "CorporateRegistrationClient", "models"]
