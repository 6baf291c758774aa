"""`make bench-peers`: this SDK measured beside the other Kalshi SDKs (see __main__.py)."""
