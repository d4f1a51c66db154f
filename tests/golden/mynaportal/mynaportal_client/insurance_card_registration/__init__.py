"""健康保険証利用登録API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncInsuranceCardRegistrationClient, InsuranceCardRegistrationClient

__all__ = ["SERVERS", "AsyncInsuranceCardRegistrationClient", "InsuranceCardRegistrationClient", "models"]
