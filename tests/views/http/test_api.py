"""The JSON API and POST /articles, in-process over a real SQLite file of the ingested examples."""
from __future__ import annotations

import json
import os
import stat

import pytest
from fastapi.testclient import TestClient

from newsevents.config import Settings
from newsevents.store import open_store
from newsevents.views.http import api_token


def all_pages(client: TestClient, path: str, limit: int) -> list[dict]:
    items, url = [], f"{path}?limit={limit}"
    while url:
        page = client.get(url).json()
        items += page["items"]
        url = page["next"]
    return items


def test_openapi_lists_the_api(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for p in ("/api/incidents", "/api/incidents/{incident_id}", "/api/events", "/api/articles", "/api/actors",
              "/api/search", "/api/trends", "/api/overview", "/api/network", "/articles"):
        assert p in paths, p
    assert "post" in paths["/articles"]


def test_paging_is_stable_and_complete(client, store):
    whole = client.get("/api/incidents?limit=1000").json()
    assert whole["total"] == store.incidents_count() > 10
    paged = all_pages(client, "/api/incidents", 7)
    assert [i["incident_id"] for i in paged] == [i["incident_id"] for i in whole["items"]]
    events = all_pages(client, "/api/events", 25)
    assert len(events) == len({e["event_id"] for e in events}) == store.events_count()


@pytest.mark.parametrize("query, check", [
    ("type=bombing", lambda i: i["event_type"] == "bombing"),
    ("status=attempted", lambda i: i["status"] == "attempted"),
    ("country=fr", lambda i: i["location"]["country"] == "FR"),
    ("from=2015-01-01&to=2015-12-31",
     lambda i: i["date"]["start"] <= "2015-12-31" and (i["date"]["end"] or i["date"]["start"]) >= "2015-01-01"),
    ("bbox=-10,35,30,60", lambda i: 35 <= i["location"]["lat"] <= 60 and -10 <= i["location"]["lon"] <= 30),
    ("actor=Islamic%20State", lambda i: any("islamic state" in ((p["canonical"] or "") + p["name"]).lower()
                                             for p in i["perpetrators"])),
])
def test_filters_keep_only_matching_incidents(client, query, check):
    page = client.get(f"/api/incidents?{query}&limit=1000").json()
    assert page["items"], query
    assert page["total"] < client.get("/api/incidents").json()["total"]
    assert all(check(i) for i in page["items"]), query


@pytest.mark.parametrize("query", ["type=shooting", "bbox=1,2,3", "bbox=0,91,1,92", "limit=0", "country=FRA",
                                   "from=2020-01-02&to=2020-01-01"])
def test_bad_filters_are_422(client, query):
    assert client.get(f"/api/incidents?{query}").status_code == 422


def test_incident_detail_has_articles_and_evidence_inside_their_text(client):
    inc = client.get("/api/incidents?country=FR&from=2015-11-13&to=2015-11-13").json()["items"][0]
    detail = client.get(f"/api/incidents/{inc['incident_id']}").json()
    assert detail["incident"]["incident_id"] == inc["incident_id"]
    assert {a["id"] for a in detail["articles"]} == set(inc["article_ids"])
    spans = [(a["text"], s) for a in detail["articles"] for s in a["evidence"]]
    assert spans and all(0 <= s["start"] < s["end"] <= len(text) for text, s in spans)
    evidence = {e["text"] for ev in detail["events"] for e in ev["evidence"]}
    assert {text[s["start"]:s["end"]] for text, s in spans} == evidence
    assert client.get("/api/incidents/in_nothing").status_code == 404


def test_articles_events_actors_search_and_trends(client, store):
    arts = client.get("/api/articles?limit=5").json()
    assert arts["total"] == store.articles_count() and len(arts["items"]) == 5
    one = client.get(f"/api/articles/{arts['items'][0]['id']}").json()
    assert one["text"] and one["incident_ids"]
    ev = client.get("/api/events?limit=1").json()["items"][0]
    assert client.get(f"/api/events/{ev['event_id']}").json() == ev
    actors = client.get("/api/actors").json()["items"]
    assert actors and actors[0]["incidents"] >= actors[-1]["incidents"]
    hits = client.get("/api/search?q=Bataclan").json()["items"]
    assert len(hits) == 1 and hits[0]["article_id"].endswith("examples/2015-11-14_paris-attacks.txt")
    trends = client.get("/api/trends?stack=type").json()
    assert sum(sum(s["incidents"]) for s in trends["series"]) + trends["undated"] == store.incidents_count()


def test_post_articles_needs_the_token(client):
    body = json.dumps({"id": "unauthorised", "text": "A bomb exploded in Kabul on Monday, killing 4 people."})
    assert client.post("/articles", content=body).status_code == 401
    assert client.post("/articles", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/articles/unauthorised").status_code == 404


def test_post_one_article_stores_it_with_its_incident(client, auth):
    article = {"id": "post-quetta-2016", "published": "2016-08-09",
               "text": "A suicide bomber struck the emergency ward of the main government hospital in Quetta "
                       "on Monday, killing at least 70 people, most of them lawyers who had gathered there."}
    r = client.post("/articles", content=json.dumps(article), headers=auth)
    assert r.status_code == 201, r.text
    result = r.json()
    assert result["ok"] == 1 and result["articles"][0]["events"] >= 1
    stored = client.get("/api/articles/post-quetta-2016").json()
    assert stored["text"] == article["text"] and stored["incident_ids"] == result["articles"][0]["incident_ids"]
    again = client.post("/articles", content=json.dumps(article), headers=auth).json()
    assert again["articles"][0]["reason"] == "already stored"


def test_post_json_lines_reports_each_record(client, auth):
    lines = [json.dumps({"id": "jl-1", "text": "Gunmen killed 5 villagers in Zamfara on Sunday."}),
             "{not json",
             json.dumps({"id": "jl-3"})]
    r = client.post("/articles", content="\n".join(lines), headers={**auth, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 201
    outcomes = [a["outcome"] for a in r.json()["articles"]]
    assert outcomes == ["ok", "skipped", "skipped"]
    assert client.post("/articles", content="[1, 2]", headers=auth).status_code == 422
    assert client.post("/articles", content="", headers=auth).status_code == 422


def test_bodies_over_the_cap_get_413(store, app_factory, auth):
    with TestClient(app_factory(store, max_body=1000)) as small:
        big = json.dumps({"id": "big", "text": "x " * 1000})
        assert small.post("/articles", content=big, headers=auth).status_code == 413
        chunks = (b"x" * 300 for _ in range(5))                         # no Content-Length: counted as read
        assert small.post("/articles", content=chunks, headers=auth).status_code == 413
    assert store.get_article("big") is None


def test_token_is_generated_once_with_mode_0600(tmp_path, capsys):
    settings = Settings(data_dir=tmp_path, db=str(tmp_path / "db"), gazetteer=tmp_path / "g")
    token = api_token(settings)
    path = tmp_path / "api_token"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert token in capsys.readouterr().err
    assert api_token(settings) == token
    assert token not in capsys.readouterr().err                        # printed once, at first start
    assert api_token(Settings(data_dir=tmp_path, db="", gazetteer=tmp_path, api_token="configured")) == "configured"


def test_empty_database_answers_with_empty_lists(tmp_path, app_factory):
    with open_store(tmp_path / "empty.db") as empty, TestClient(app_factory(empty)) as c:
        assert c.get("/api/incidents").json() == {"total": 0, "limit": 100, "offset": 0, "filters": {},
                                                  "items": [], "next": None}
        assert c.get("/api/overview").json()["timeline"]["months"] == []
        assert c.get("/api/network").json()["nodes"] == []
