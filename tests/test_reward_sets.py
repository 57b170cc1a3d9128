"""The reward mix on the pair sets of ``benchmarks/data`` stays where it was measured (a regression floor,
a little under the figures in benchmarks/data/README.md), and the trap detector fires on no benign agent turn
of any set. The blind sets' generators reproduce their files byte for byte."""

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
    (DATA / "blind4" / "blind4_pairs.jsonl", 0.77),
]


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import reward_accuracy
    finally:
        sys.path.pop(0)
    return reward_accuracy


@pytest.mark.parametrize("path, floor", SETS, ids=[p.parent.name if p.parent != DATA else p.stem for p, _ in SETS])
def test_mix_ranks_resist_above_give_in(bench, path, floor):
    from userlm.rewards import load_mix

    pairs = bench.load_pairs(str(path))
    res = bench.score_pairs(pairs, path, load_mix(), labelled=False)
    c = res["mix"]["all"]
    n = c["right"] + c["tie"] + c["inverted"]
    assert c["right"] / n >= floor, dict(c)
    _, recall, fpr = bench.detector(pairs)
    assert fpr == 0.0
    assert recall >= 0.9


@pytest.mark.parametrize("folder, script", [("blind", "make_blind_pairs.py"), ("blind2", "make_blind2_pairs.py"),
                                            ("blind3", "make_blind3_pairs.py"), ("blind4", "make_blind4_pairs.py")])  # fmt: skip
def test_blind_sets_reproduce(folder, script):
    run = subprocess.run([sys.executable, str(DATA / folder / script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
