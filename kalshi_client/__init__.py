"""A client library for accessing Kalshi Trade API v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

__version__ = "0.1.0"
__spec_version__ = "3.31.0"
