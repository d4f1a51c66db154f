"""社会保険・税手続申請API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncSocialInsuranceTaxClient, SocialInsuranceTaxClient

__all__ = ["SERVERS", "AsyncSocialInsuranceTaxClient", "SocialInsuranceTaxClient", "models"]
