"""`newsevents actors [QUERY] [--json] [--kind]`: listing and searching the actor registry."""
import json
import subprocess

from newsevents.resolve.actors import ActorRegistry
from newsevents.views.actors_cmd import (
    actor_record,
    find_actors,
    format_actors_jsonl,
    format_actors_table,
)
from newsevents.views.cli import main


def test_table_shows_name_kind_countries_years_parent():
    reg = ActorRegistry.load()
    table = format_actors_table([reg.get("Islamic State Khorasan Province"), reg.get("Military Forces of Pakistan")])
    header, iskp, pak = table.splitlines()
    assert header.split() == ["canonical", "kind", "countries", "years", "parent"]
    assert iskp.startswith("Islamic State Khorasan Province ")
    assert iskp.split()[-5:] == ["organization", "AF,PK,TJ", "2015-", "Islamic", "State"]
    assert "state" in pak.split() and "PK" in pak.split()


def test_jsonl_carries_every_field():
    reg = ActorRegistry.load()
    line = format_actors_jsonl([reg.get("Al-Shabaab")]).strip()
    rec = json.loads(line)
    assert rec == actor_record(reg.get("Al-Shabaab"))
    assert rec["parent"] == "Al-Qaeda" and "SO" in rec["countries"] and rec["active_from"] == 2006
    assert "Harakat al-Shabaab al-Mujahideen" in rec["aliases"]


def test_kind_filter():
    reg = ActorRegistry.load()
    states = find_actors(reg, "Afghanistan", "state")
    assert {e.canonical for e in states} == {"Military Forces of Afghanistan", "Police Forces of Afghanistan"}
    assert all(e.kind.value == "unknown" for e in find_actors(reg, "", "unknown"))


def test_cli_searches_by_acronym(capsys):
    assert main(["actors", "ISWAP"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[1].startswith("Islamic State West Africa Province")


def test_cli_no_match_exits_1_with_a_message(capsys):
    assert main(["actors", "no such group anywhere"]) == 1
    got = capsys.readouterr()
    assert got.out == "" and "no actor matches" in got.err


def test_installed_command_prints_json_lines(newsevents_bin, cli_env):
    r = subprocess.run([newsevents_bin, "actors", "ADF", "--json"], env=cli_env, capture_output=True, text=True,
                       check=True)
    names = [json.loads(line)["canonical"] for line in r.stdout.splitlines()]
    assert names[:3] == ["Allied Democratic Forces", "Ambazonian separatists", "Military Forces of Australia"]
