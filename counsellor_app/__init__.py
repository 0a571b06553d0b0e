"""Exchange Notes: what return counsellors learn when agencies exchange staff."""

from __future__ import annotations

DISTRIBUTION = "counsellor-app"


def __getattr__(name: str) -> str:
    # The one version number is the package's metadata, written from pyproject.toml when the
    # package is installed (or frozen with it); read when asked for, since importlib.metadata
    # costs a few tens of milliseconds to import.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(DISTRIBUTION)
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
