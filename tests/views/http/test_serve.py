"""`newsevents serve` as a user runs it: a subprocess over a stored database, answering on loopback."""
from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import httpx

from newsevents.views.http.background import free_port

START_DEADLINE_S = 60


def wait_until_up(proc: subprocess.Popen, url: str) -> httpx.Response:
    deadline = time.monotonic() + START_DEADLINE_S
    while True:
        assert proc.poll() is None, proc.communicate()[1]
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            assert time.monotonic() < deadline, "serve did not answer"
            time.sleep(0.2)


def test_serve_answers_on_loopback(newsevents_bin, cli_env, examples_db, tmp_path):
    db = tmp_path / "served.db"
    db.write_bytes(examples_db.read_bytes())
    port = free_port()
    env = {k: v for k, v in cli_env.items() if k != "NEWSEVENTS_API_TOKEN"}
    proc = subprocess.Popen([newsevents_bin, "serve", "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        spec = wait_until_up(proc, base + "/openapi.json")
        assert spec.status_code == 200 and "/api/incidents" in spec.json()["paths"]
        assert httpx.get(base + "/api/incidents").json()["total"] > 10
        home = httpx.get(base + "/")
        assert home.status_code == 200 and 'id="map"' in home.text
        assert httpx.post(base + "/articles", content=b'{"id": "x", "text": "y"}').status_code == 401
        token_file = Path(env["NEWSEVENTS_DATA_DIR"]) / "api_token"
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert token_file.read_text().strip() in err                  # printed once, at first start
