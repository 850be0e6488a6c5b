"""byline's terminal interface (everything Textual lives in this package)."""

__version__ = "0.1.0"
