"""Application core of the Woo pipeline: settings, errors, stage services and the CLI."""

__all__ = ["__version__"]
__version__ = "0.1.0"
