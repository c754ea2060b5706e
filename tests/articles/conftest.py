from pathlib import Path

import pytest

from newsevents.config import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", db=str(tmp_path / "data" / "ne.db"),
                    gazetteer=tmp_path / "data" / "gaz.sqlite")
