"""Bad input never aborts a run: each bad article is named with its reason, the good one keeps its events.

Two CLI runs: a directory of bad files beside one good article, then JSON Lines and an oversized article.
"""
from __future__ import annotations

import json
import os
import re
import subprocess

GOOD = ("KABUL, Afghanistan - Gunmen stormed the Intercontinental Hotel in Kabul on Saturday, killing at least 40 "
        "people. The Taliban claimed responsibility.\n")


def run(bin_: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([bin_, *args], env=env, capture_output=True, text=True, timeout=600)


def events_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def reported(stderr: str, article: str, outcome: str, reason: str) -> None:
    """stderr has a line naming `article` with `outcome` (skipped/failed) and a reason matching `reason`."""
    lines = [ln for ln in stderr.splitlines() if article in ln and outcome in ln]
    assert lines, f"{article} not reported as {outcome}:\n{stderr}"
    assert any(re.search(reason, ln, re.I) for ln in lines), f"{article}: reason {reason!r} not in {lines}"


def assert_good_article(events: list[dict], article_id: str) -> None:
    good = [e for e in events if e["article_id"] == article_id]
    assert len(good) == 1, events
    assert (good[0]["event_type"], good[0]["date"]["start"], good[0]["fatalities"]["count"]) == \
           ("armed_assault", "2018-01-20", 40)


def test_a_directory_of_bad_files(newsevents_bin, cli_env, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 16 + b"\x00\x01\x02PK\x03\x04" * 64)
    (d / "latin1.txt").write_bytes("Des hommes armés ont attaqué un café à Ouagadougou vendredi.".encode("latin-1")
                                   + b"\xff\xfe\x80\x81")
    (d / "scripts.html").write_text("<html><head><style>body { color: red }</style><script>var a = 1;</script>"
                                    "</head><body><script>document.write('x')</script><style>p{}</style></body></html>",
                                    encoding="utf-8")
    os.symlink(tmp_path / "gone" / "missing.txt", d / "dangling.txt")

    r = run(newsevents_bin, cli_env, "extract", str(d), "--published", "2018-01-22", "--quiet")
    assert r.returncode == 0, r.stderr
    events = events_of(r.stdout)
    assert_good_article(events, str(d / "good.txt"))
    assert {e["article_id"] for e in events} == {str(d / "good.txt")}
    reported(r.stderr, "empty.txt", "skipped", r"empty")
    reported(r.stderr, "binary.txt", "skipped", r"binary")
    reported(r.stderr, "latin1.txt", "skipped", r"utf-8|decod")
    reported(r.stderr, "scripts.html", "skipped", r"no text|html")
    reported(r.stderr, "dangling.txt", "skipped", r"cannot read|no such file")
    assert "6 articles: 1 ok, 5 skipped, 0 failed" in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_json_lines_and_an_oversized_article(newsevents_bin, cli_env, tmp_path):
    wire = tmp_path / "wire.jsonl"
    records = [
        json.dumps({"id": "good-wire", "published": "2018-01-22", "text": GOOD}),
        json.dumps({"id": "wrong-types", "published": ["2018-01-22"], "text": 12345}),
        json.dumps({"published": "2018-01-22", "text": GOOD}),                      # no id
        json.dumps({"id": "no-text", "published": "2018-01-22"}),
        '{"id": "truncated", "text": "Gunmen attacked',                            # not JSON
    ]
    wire.write_text("\n".join(records) + "\n", encoding="utf-8")
    big = tmp_path / "huge.txt"
    filler = "The market reopened on Monday and traders said business was slowly returning to normal. "
    with big.open("w", encoding="utf-8") as fh:
        fh.write(GOOD)
        for _ in range(20_000_000 // len(filler) + 1):
            fh.write(filler)
    assert big.stat().st_size >= 20_000_000
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")

    r = run(newsevents_bin, cli_env, "extract", str(big), str(wire), str(good), "--published", "2018-01-22",
            "--quiet")
    assert r.returncode == 0, r.stderr
    events = events_of(r.stdout)
    assert_good_article(events, "good-wire")
    assert_good_article(events, str(good))
    assert {e["article_id"] for e in events} <= {"good-wire", str(good), str(big)}
    reported(r.stderr, "wrong-types", "skipped", r"not a string|type")
    reported(r.stderr, "line 3", "skipped", r"missing id|no id")
    reported(r.stderr, "no-text", "skipped", r"text")
    reported(r.stderr, "line 5", "skipped", r"json")
    reported(r.stderr, "huge.txt", "warning", r"truncat")
    assert "7 articles: 3 ok, 4 skipped, 0 failed" in r.stderr
    assert "Traceback" not in r.stderr
