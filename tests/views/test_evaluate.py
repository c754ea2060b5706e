"""`newsevents evaluate`: scores computed in-process against a tiny gold file written here, and the report."""
from __future__ import annotations

import json
import subprocess

import pytest

from newsevents.analytics.evaluation import evaluate, read_gold
from newsevents.analytics.scoring import GoldEvent, country_code, similar

RECORDS = [
    {"id": "t1", "source": "gtd", "text": "03/14/2019: A car bomb exploded outside a police station in Kandahar, "
                                          "Afghanistan, killing four officers and wounding nine others.",
     "meta": {"text_without_date_prefix": "A car bomb exploded outside a police station in Kandahar, Afghanistan, "
                                          "killing four officers and wounding nine others."},
     "gold": {"events": [{"event_type": "Bombing/Explosion", "date": "2019-03-14", "country": "Afghanistan",
                          "location": "Kandahar", "fatalities": 4, "injuries": 9, "perpetrators": [],
                          "claimed": None, "extra": {}}]}},
    {"id": "t2", "source": "gtd", "text": "The city council approved a new budget for parks and libraries on Tuesday.",
     "gold": {"events": []}},
    {"id": "t3", "source": "gtd", "text": "Farmers gathered at the market to sell apples and pears.",
     "gold": {"events": []}},
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_read_gold_uses_text_without_prefix_and_prefix_date(gold_file):
    recs = read_gold(gold_file)
    assert [r.id for r in recs] == ["t1", "t2", "t3"]
    assert recs[0].text.startswith("A car bomb")
    assert recs[0].published.isoformat() == "2019-03-14"
    assert recs[1].published is None and recs[1].events == ()
    assert read_gold(gold_file, limit=1)[0].id == "t1" and len(read_gold(gold_file, limit=1)) == 1


def test_scores_of_a_clear_bombing_and_two_event_free_records(gold_file, pipeline, session_settings):
    ev = evaluate(gold_file, pipeline, session_settings, workers=1)
    assert ev.records == 3 and ev.dataset == "gtd"
    assert ev.scores["type"] == (1.0, 1)
    assert ev.scores["event_found"] == (1.0, 1)
    assert ev.scores["country"] == (1.0, 1)
    assert ev.scores["date"] == (1.0, 1)
    assert ev.scores["fatalities"] == (1.0, 1)
    assert ev.scores["injuries"] == (1.0, 1)
    assert "claimed" not in ev.scores                 # gold did not code it
    assert ev.scores["no_event_specificity"] == (1.0, 2)
    assert ev.scores["doc_detect_f1"] == (1.0, 3)
    assert ev.confusion["Bombing/Explosion"]["bombing"] == 1
    assert ev.events_per_record[0] == 2


def test_scoring_helpers():
    assert country_code("Afghanistan") == "AF" and country_code("Ivory Coast") == "CI"
    assert similar("Taliban", "the Taliban movement") and not similar("Taliban", "Hamas")
    assert GoldEvent.from_json({"event_type": "ATTACK", "perpetrators": ["FMLN"]}).perpetrators == ("FMLN",)


def test_cli_prints_table_and_writes_report(newsevents_bin, cli_env, gold_file, tmp_path):
    out = tmp_path / "rep"
    r = subprocess.run([newsevents_bin, "evaluate", str(gold_file), "--report", str(out), "--quiet",
                        "--workers", "1"], env=cli_env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "doc_detect_f1" in r.stdout and "gold label -> predicted event_type" in r.stdout
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| type | 1.0 | 1 |" in report
    assert "Bombing/Explosion" in report and "### Events per record" in report
    plot = out / f"confusion-{gold_file.name.split('.')[0]}.png"       # the confusion matrix as a picture
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f"]({plot.name})" in report


def test_cli_rejects_a_missing_gold_file(newsevents_bin, cli_env, tmp_path):
    r = subprocess.run([newsevents_bin, "evaluate", str(tmp_path / "none.jsonl")], env=cli_env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "no such gold file" in r.stderr


def test_wrong_and_missing_predictions_are_scored_and_sampled(gold_file):
    from newsevents.analytics.evaluation import score
    from newsevents.core import Event, EventType, Evidence

    recs = read_gold(gold_file)
    wrong = Event(event_id="e1", article_id="t1", event_type=EventType.ARMED_ASSAULT,
                  evidence=(Evidence("Gunmen fired on a police station.", 0, 33),))
    stray = Event(event_id="e2", article_id="t2", event_type=EventType.PROTEST)
    ev = score(recs, {"t1": [wrong], "t2": [stray]})
    assert ev.scores["type"] == (0.0, 1) and ev.scores["event_found"] == (1.0, 1)
    assert ev.scores["no_event_specificity"] == (0.5, 2)
    assert (ev.right["type"], ev.right["event_found"]) == (0, 1)       # the counts behind the rounded shares
    assert (ev.right["doc_detect_tp"], ev.right["doc_detect_fp"], ev.right["doc_detect_fn"]) == (1, 1, 0)
    sample = ev.samples["type"][0]
    assert (sample.gold, sample.predicted, sample.evidence) == ("Bombing/Explosion", "armed_assault",
                                                                "Gunmen fired on a police station.")
    missed = score(recs, {})
    assert missed.scores["event_found"] == (0.0, 1) and missed.samples["fatalities"][0].predicted == "(no event)"


def test_several_gold_files_end_with_one_summary_table(newsevents_bin, cli_env, gold_file, tmp_path):
    second = tmp_path / "other.jsonl"
    second.write_text(json.dumps(RECORDS[1]) + "\n", encoding="utf-8")
    out = tmp_path / "rep"
    r = subprocess.run([newsevents_bin, "evaluate", str(gold_file), str(second), "--report", str(out), "--quiet",
                        "--workers", "1"], env=cli_env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    table = r.stdout.rstrip().splitlines()[-3:]
    assert table[0].split()[:4] == ["file", "type", "date", "country"], table
    tiny = table[1].split()
    assert tiny[0] == "tiny" and tiny[1] == "1.0" and tiny[2] == "1.0", table     # type and date of the bombing
    assert table[2].split()[0] == "other"
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| file | type | date | country |" in report and "| tiny | 1.0 | 1.0 |" in report
