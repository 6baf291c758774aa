"""The package list, the one part of the build that pyproject.toml cannot say.

auth/ installs as kalshi_auth (``package-dir`` in pyproject.toml), and setuptools wants
every package named: finding them here means a new area of the generated API, or a new
subpackage of auth/, is shipped without anyone editing a list.
"""

from setuptools import find_packages, setup  # type: ignore[import-untyped]

setup(
    packages=[
        *find_packages(include=["kalshi_client", "kalshi_client.*"]),
        *(f"kalshi_auth{name[len('auth') :]}" for name in find_packages(include=["auth", "auth.*"])),
    ]
)
