"""在留手続申請API: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncResidenceProceduresClient, ResidenceProceduresClient

__all__ = ["SERVERS", "AsyncResidenceProceduresClient", "ResidenceProceduresClient", "models"]
