"""Authoring API for challenge tests: `from drill import case, generate`."""

from .cases import case, generate

__all__ = ["case", "generate"]
