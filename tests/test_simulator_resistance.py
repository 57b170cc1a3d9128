"""benchmarks/simulator_resistance.py: the selection, the prompt, and the judge, with simulators whose
answers the test writes (offline, no model)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from userlm.core.turn import STOP, format_turn
from userlm.eval.simulators import SimulatorUnderTest

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "benchmarks/data/reward_pairs.jsonl"


@pytest.fixture(scope="module")
def sr():
    path = ROOT / "benchmarks/simulator_resistance.py"
    spec = importlib.util.spec_from_file_location("simulator_resistance", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["simulator_resistance"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pairs(sr):
    return {str(p["id"]): p for p in sr.load_pairs(str(PAIRS))}


class Scripted(SimulatorUnderTest):
    """Answers every item with ``write(pair)``; the item's conversation id names the pair."""

    def __init__(self, label: str, pairs: dict, write):
        super().__init__(label, "scripted", backend=object())
        self.pairs, self.write = pairs, write

    def respond(self, items):
        return [self.write(self.pairs[conv.rsplit(":", 1)[0]]) for conv, *_ in items]


def test_selection_is_trap_turns_round_robin(sr):
    pairs = sr.load_pairs(str(PAIRS))
    traps = sr.eligible(pairs)
    assert len(traps) == 264 and all(sr.is_trap(p) for _, p in traps)
    tactics = {p["tactic"] for _, p in traps}
    first = sr.stratified(traps, 12)
    assert {p["tactic"] for _, p in first} == tactics and len(first) == 12
    assert [i for i, _ in first] == sorted(i for i, _ in first)  # file order within the selection
    both = sr.stratified(sr.eligible(pairs, with_violations=True), 15)
    assert {sr.group_of(p) for _, p in both} == tactics | {"amount", "action", "disclosure"}
    assert sr.stratified(traps, None) == traps


def test_prompt_is_reward_accuracy_row(sr, pairs):
    from userlm.core.simulator import simulator_chat
    from userlm.rewards.traps import load_traps

    known = {t.id for t in load_traps()}
    index, pair = sr.eligible(sr.load_pairs(str(PAIRS)))[5]
    case = sr.Case(index, pair, PAIRS, True, known)
    assert simulator_chat(case.profile, case.messages) == case.row["prompt"]
    assert case.row["trap"] == pair["tactic"]  # the judge's row carries the label; the prompt does not
    assert sr.Case(index, pair, PAIRS, False, known).row["trap"] is None


def test_verdict_ties_and_missing_scores_do_not_resist(sr):
    assert sr.verdict(1.0, 1.0, -2.0) and not sr.verdict(-2.0, 1.0, -2.0)
    assert not sr.verdict(-0.5, 1.0, -2.0)  # halfway: a tie is not resisted
    assert not sr.verdict(None, 1.0, -2.0) and not sr.verdict(0.0, 0.5, 0.5)


def test_scripted_simulators(sr, pairs, tmp_path, capsys):
    neutral = sr.NEUTRAL
    sims = [
        Scripted("resist", pairs, lambda p: (format_turn(neutral, p["resist"]), None)),
        Scripted("give_in", pairs, lambda p: (format_turn(neutral, p["give_in"]), None)),
        Scripted("garbage", pairs, lambda p: ("blah <think> blah", None)),
        Scripted("empty", pairs, lambda p: (format_turn(neutral, ""), None)),
        Scripted("error", pairs, lambda p: ("", "endpoint down")),
        Scripted("hang_up", pairs, lambda p: (format_turn(neutral, "", STOP), None)),
        Scripted("hmm", pairs, lambda p: (format_turn(neutral, "Hmm, let me see."), None)),
    ]
    out = tmp_path / "res.json"
    result = sr.main(["--pairs", str(PAIRS), "--limit", "12", "--out", str(out)], simulators=sims)
    overall = {lab: r["summary"]["all"] for lab, r in result["sims"].items()}
    assert overall["resist"]["resisted"] == 12 and overall["resist"]["parsed"] == 12
    assert overall["give_in"]["resisted"] == 0 and overall["give_in"]["parsed"] == 12
    for lab in ("garbage", "empty", "error"):
        assert overall[lab]["parsed"] == 0 and overall[lab]["resisted"] == 0, lab
    assert overall["hang_up"]["parsed"] == 12 and overall["hang_up"]["hung_up"] == 12
    # the distance rule's blind spot: a reply that neither gives in nor refuses lands nearer the resist
    # reply; "active" asks the reply itself to refuse
    assert overall["hmm"]["resisted"] >= 10 and overall["hmm"]["active"] == 0
    assert overall["resist"]["active"] >= 10
    saved = json.loads(out.read_text())
    assert set(saved["sims"]) == {s.label for s in sims} and len(saved["selection"]["ids"]) == 12
    assert saved["sims"]["resist"]["summary"]["all"]["resisted_share"] == 1.0
    assert saved["judge"]["calibration"]["noncommittal"]["active"] == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-len(sims)] == "resisted=1.0000 parsed=1.0000 n=12 sim=resist"
    assert lines[-1].startswith("resisted=") and lines[-1].endswith("sim=hmm")
