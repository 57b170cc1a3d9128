"""Profiles import: all 174 tau2-bench tasks, malformed tau2 files, persona datasets (JSONL and Parquet)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from userlm.cli import main
from userlm.core.io import DataError
from userlm.profiles.library import load_library
from userlm.profiles.personas import import_personas, parse_mapping
from userlm.profiles.tau2 import import_tau2

TAU2 = Path(__file__).resolve().parents[2] / "shared" / "data" / "tau2"
FILES = [TAU2 / f"{d}.tasks.json" for d in ("airline", "retail", "mock")]


@pytest.mark.skipif(not FILES[0].exists(), reason="tau2 data not present")
def test_all_tau2_tasks_import(tmp_path):
    total = 0
    for f in FILES:
        tasks = json.loads(f.read_text(encoding="utf-8"))
        ps = import_tau2(f)
        assert len(ps) == len(tasks)
        for t, p in zip(tasks, ps):
            assert p.source.kind == "tau2" and p.source.task_id == str(t["id"])
            assert p.source.evaluation_criteria == (t.get("evaluation_criteria") or None)
            assert p.role.persona_text == t["user_scenario"].get("persona")
            ins = t["user_scenario"]["instructions"]
            if isinstance(ins, dict):
                # the request is said, the directions are rules: together they hold every word of the task
                said = f"{p.goal.reason_for_contact} {' '.join(p.goal.decision_policy)}".lower()
                # (a clause cut from its sentence loses its "but", "and" or "so")
                words = set(re.findall(r"\w+", ins["reason_for_call"].lower())) - {"but", "and", "so"}
                assert words <= set(re.findall(r"\w+", said))
                assert not re.match(r"(if|when|ask|insist|make sure)\b", p.goal.reason_for_contact, re.I)
                assert p.goal.instructions == ins["task_instructions"]
            else:
                assert p.goal.instructions == ins
            assert p.render()
        total += len(ps)
    assert total == 174
    assert import_tau2(FILES[0])[0].role.name == "Emma Kim"
    by_id = {p.source.task_id: p for p in import_tau2(FILES[1])}
    # "If the agent asks for confirmation, only exchange the desk lamp." is a rule, not something to say
    lamp = by_id["5"].goal
    assert "confirmation" not in lamp.reason_for_contact and "desk lamp" in lamp.reason_for_contact
    assert any(r.startswith("If the agent asks for confirmation") for r in lamp.decision_policy)
    hose = by_id["29"].goal  # the id it must not share stays out of what it opens with
    assert "5206946487" not in hose.reason_for_contact
    assert any("5206946487" in r for r in hose.decision_policy)
    out = tmp_path / "t.jsonl"
    assert main(["profiles", "import", "tau2", *map(str, FILES), "--out", str(out)]) == 0
    assert main(["profiles", "validate", str(out)]) == 0


@pytest.mark.parametrize(
    "tasks,field",
    [
        ([{"id": "1", "user_scenario": {"persona": None, "instructions": 5}}], "user_scenario.instructions"),
        (
            [{"id": "1", "user_scenario": {"instructions": {"domain": "x", "known_info": "a"}}}],
            "user_scenario.instructions.reason_for_call",
        ),
        (
            [{"id": "1", "user_scenario": {"instructions": {"reason_for_call": "r", "mood": "x"}}}],
            "user_scenario.instructions",
        ),
        ([{"user_scenario": {"instructions": "hi"}}], "id"),
        (
            [{"id": "1", "user_scenario": {"instructions": "hi"}, "evaluation_criteria": []}],
            "evaluation_criteria",
        ),
        (
            [
                {"id": "1", "user_scenario": {"instructions": "a"}},
                {"id": "1", "user_scenario": {"instructions": "b"}},
            ],
            "id",
        ),
    ],
)
def test_tau2_bad_tasks(tmp_path, tasks, field):
    f = tmp_path / "x.tasks.json"
    f.write_text(json.dumps(tasks), encoding="utf-8")
    with pytest.raises(DataError) as e:
        import_tau2(f)
    assert e.value.field == field and "task" in str(e.value.line)


def test_tau2_broken_json_leaves_no_output(tmp_path):
    f = tmp_path / "x.tasks.json"
    f.write_text('[{"id": "1",\n  "user_scenario": }]', encoding="utf-8")
    with pytest.raises(DataError) as e:
        import_tau2(f)
    assert e.value.line == 2
    out = tmp_path / "o.jsonl"
    assert main(["profiles", "import", "tau2", str(f), "--out", str(out)]) == 2 and not out.exists()


def test_personas_persona_hub_jsonl(tmp_path):
    f = tmp_path / "p.jsonl"
    rows = [{"input persona": f"A retired sailor who restores boats, number {i}."} for i in range(5)]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    lib = load_library()
    with pytest.raises(DataError, match="no persona"):
        import_personas(f, lib)
    ps = import_personas(f, lib, seed=1, mapping=parse_mapping(["input persona=persona"]))
    assert [p.role.persona_text for p in ps] == [r["input persona"] for r in rows]
    assert all(p.source.kind == "persona" and p.goal.hard_limits for p in ps)
    assert [p.model_dump() for p in ps] == [
        p.model_dump() for p in import_personas(f, lib, 1, parse_mapping(["input persona=persona"]))
    ]


def test_personas_nemotron_parquet(tmp_path):
    import datasets

    f = tmp_path / "n.parquet"
    datasets.Dataset.from_list(
        [
            {
                "uuid": "a1",
                "age": 67,
                "sex": "Female",
                "occupation": "registered_nurse",
                "city": "Austin",
                "state": "TX",
                "persona": "Practical and warm.",
            },
            {
                "uuid": "b2",
                "age": 23,
                "sex": "Male",
                "occupation": "software_engineer",
                "city": "Boise",
                "state": "ID",
                "persona": "Terse.",
            },
        ]
    ).to_parquet(str(f))
    out = tmp_path / "o.jsonl"
    assert main(["profiles", "import", "personas", str(f), "--out", str(out)]) == 0
    a, b = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert (
        a["id"] == "persona-a1" and a["role"]["age"] == 67 and a["role"]["occupation"] == "registered nurse"
    )
    assert "Austin" in a["role"]["background"] and b["role"]["persona_text"] == "Terse."
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"persona": "x", "age": "old"}) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        import_personas(bad, load_library())
    assert e.value.line == "row 1" and e.value.field == "age"
    with pytest.raises(DataError, match="bad mapping"):
        parse_mapping(["text=colour"])


@pytest.mark.skipif(not FILES[1].exists(), reason="tau2 data not present")
def test_tau2_prompt_shows_the_task_as_written_and_the_user_opens_with_the_request():
    import random

    from userlm.core.prompts import render_plain
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import AgentTurn

    profile = {p.source.task_id: p for p in import_tau2(FILES[1])}["5"]
    direction = "If the agent asks for confirmation, only exchange the desk lamp."
    # tau2-bench's own prompt has the directions in the reason for call; the tau2-shaped prompt does the same
    reason = render_plain(profile).split("Reason for call:")[1].split("Known info:")[0]
    assert direction in reason and "desk lamp to a less bright one" in reason
    opening = UserPolicy(profile, random.Random(0)).respond(AgentTurn("Hello! How can I help?", "greet"))
    assert "desk lamp" in opening.reply and "confirmation" not in opening.reply
    # the full and compact prompts keep them apart: the directions are rules there
    assert direction in profile.render("simulator_compact") and direction not in profile.goal.reason_for_contact
