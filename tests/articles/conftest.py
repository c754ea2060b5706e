import threading
from pathlib import Path

import pytest

from newsevents.config import Settings

from .newsroom import Newsroom


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", db=str(tmp_path / "data" / "ne.db"),
                    gazetteer=tmp_path / "data" / "gaz.sqlite")


@pytest.fixture
def newsroom():
    """A news site on 127.0.0.1 (tests/articles/newsroom.py) for the fetching, feed and watch tests."""
    room = Newsroom()
    thread = threading.Thread(target=room.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield room
    room.release.set()
    room.server.shutdown()
    room.server.server_close()
