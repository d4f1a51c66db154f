"""Webhook Example: models and client. Do not edit."""

from . import models
from .client import SERVERS, AsyncV31WebhookExampleClient, V31WebhookExampleClient

__all__ = ["SERVERS", "AsyncV31WebhookExampleClient", "V31WebhookExampleClient", "models"]
