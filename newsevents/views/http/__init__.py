"""The HTTP API and the dashboard: one FastAPI app over the same Store the command line uses."""
from .app import create_app
from .auth import api_token

__all__ = ["api_token", "create_app"]
