"""articles stage."""
from .fetch import check_url, default_fetcher, fetch
from .sources import iter_articles

__all__ = ["check_url", "default_fetcher", "fetch", "iter_articles"]
