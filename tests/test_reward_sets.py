"""The reward mix on the pair sets of ``benchmarks/data`` stays where it was measured (a regression floor,
a little under the figures in benchmarks/data/README.md): the rules alone on every set, and the whole mix
(with the shipped reward model, which trained on every set but blind6) on blind6. The trap detector fires on
no benign agent turn of the sets it was tuned on. The blind sets' generators reproduce their files byte for
byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SETS = [  # (file, floor of pairwise accuracy without labels)
    (DATA / "reward_pairs.jsonl", 0.99),
    (DATA / "blind" / "blind_pairs.jsonl", 0.95),
    (DATA / "blind2" / "blind2_pairs.jsonl", 0.93),
    (DATA / "blind3" / "blind3_pairs.jsonl", 0.76),
    (DATA / "blind4" / "blind4_pairs.jsonl", 0.79),
    (DATA / "blind5" / "blind5_pairs.jsonl", 0.77),  # its first look: 0.793
    (DATA / "blind6" / "blind6_pairs.jsonl", 0.64),  # held out from every tuning: 0.667
]
TUNED_DETECTOR = {"reward_pairs", "blind", "blind2", "blind3", "blind4"}
RECALL_FLOOR = {"blind5": 0.65, "blind6": 0.58}  # fresh wording: 81/120 and 72/120 trap turns found (2026-12-04)


def rules_only():
    """The default mix without its learned component: what the phrase lists and parsers score alone."""
    from userlm.rewards import load_mix

    mix = load_mix().rules_only()
    assert mix.names and not any(n.startswith("learned:") for n in mix.names)
    return mix


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import reward_accuracy
    finally:
        sys.path.pop(0)
    return reward_accuracy


@pytest.mark.parametrize("path, floor", SETS, ids=[p.parent.name if p.parent != DATA else p.stem for p, _ in SETS])
def test_rules_rank_resist_above_give_in(bench, path, floor):
    pairs = bench.load_pairs(str(path))
    res = bench.score_pairs(pairs, path, rules_only(), labelled=False)
    c = res["mix"]["all"]
    n = c["right"] + c["tie"] + c["inverted"]
    assert c["right"] / n >= floor, dict(c)
    _, recall, fpr = bench.detector(pairs)
    name = path.parent.name if path.parent != DATA else path.stem
    if name in TUNED_DETECTOR:
        assert fpr == 0.0
    assert recall >= RECALL_FLOOR.get(name, 0.9)


@pytest.mark.slow
def test_the_shipped_mix_on_pairs_its_reward_model_never_saw(bench):
    """blind6 was written after every other set and kept out of the reward model's training and of every
    rule fix: the default mix (rules + the shipped reward model) on it, without labels, and no ties left."""
    from userlm.rewards import load_mix

    mix = load_mix()
    assert any(n.startswith("learned:") for n in mix.names)
    path = DATA / "blind6" / "blind6_pairs.jsonl"
    c = bench.score_pairs(bench.load_pairs(str(path)), path, mix, labelled=False)["mix"]["all"]
    n = c["right"] + c["tie"] + c["inverted"]
    assert c["right"] / n >= 0.82 and c["tie"] <= 3, dict(c)


@pytest.mark.parametrize("folder, script", [("blind", "make_blind_pairs.py"), ("blind2", "make_blind2_pairs.py"),
                                            ("blind3", "make_blind3_pairs.py"), ("blind4", "make_blind4_pairs.py"),
                                            ("blind5", "make_blind5_pairs.py"), ("blind6", "make_blind6_pairs.py")])  # fmt: skip
def test_blind_sets_reproduce(folder, script):
    run = subprocess.run([sys.executable, str(DATA / folder / script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
