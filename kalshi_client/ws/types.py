"""The models share the REST package's types, so ``UNSET`` is one object everywhere."""

from ..types import *  # noqa: F403
from ..types import __all__ as __all__
