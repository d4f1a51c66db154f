"""医療保険情報取得API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncMedicalInsuranceClient, MedicalInsuranceClient

__all__ = ["SERVERS", "AsyncMedicalInsuranceClient", "MedicalInsuranceClient", "models"]
