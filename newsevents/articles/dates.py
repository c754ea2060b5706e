"""Publication dates of inputs: ISO strings and dates in file names."""
from __future__ import annotations

import os
import re
from datetime import date, datetime

_FILENAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_published(value: object) -> date:
    """`YYYY-MM-DD` or a full ISO timestamp (the date as written, whatever the offset); ValueError else."""
    if not isinstance(value, str):
        raise ValueError(f"published is not a string: {value!r}")
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("z", "Z")).date()
    except ValueError:
        raise ValueError(f"unparseable published date {value!r}") from None


def date_from_filename(path: str) -> date | None:
    """The date a file NAME starts with, as in `2015-11-14_paris.txt`."""
    m = _FILENAME_DATE.match(os.path.basename(path))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
