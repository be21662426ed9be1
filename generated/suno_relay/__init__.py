"""A client library for accessing Suno relay API (new-api / Suno-API task format)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
