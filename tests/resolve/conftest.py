"""The gazetteer index opened once for the resolve tests."""
from __future__ import annotations

import pytest

from newsevents.resolve.places import Gazetteer


@pytest.fixture(scope="session")
def gaz(gazetteer_path) -> Gazetteer:
    return Gazetteer.open(gazetteer_path)
