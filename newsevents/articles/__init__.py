"""articles stage: inputs (files, JSON Lines, WARC, feeds, URLs) -> Article records."""
from .addresses import check_url
from .http import HttpClient, Response
from .sources import iter_articles
from .watch import Watcher

__all__ = ["HttpClient", "Response", "Watcher", "check_url", "iter_articles"]
