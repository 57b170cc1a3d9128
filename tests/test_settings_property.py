"""Property-style runs over the settings of ``userlm eval simulator`` and ``userlm synth``: seeded random
samples over their whole valid ranges (turns, trap rates, tactics, templates, modes), on scripted simulators
and the tiny random model. Whatever is drawn, every run finishes and writes its report, and the counts in it
add up."""

from __future__ import annotations

import json
import random

import pytest
from test_eval_termination import SCRIPTED, scripted_specs, scripted_turn  # noqa: F401 (a fixture)

from userlm.cli import main
from userlm.eval.simulators import SimulatorUnderTest
from userlm.synth.config import MAX_TURNS

TEMPLATES = ("simulator_system", "simulator_compact")


class StopsAtRandom(SimulatorUnderTest):
    """Stops, or sends an unparseable turn, at random (seeded by conversation and turn: reproducible)."""

    def respond(self, items):
        out = []
        for conv, _, msgs, _ in items:
            rng = random.Random(f"{conv}:{len(msgs)}")
            x = rng.random()
            out.append(("no rationale at all" if x < 0.1 else scripted_turn("Hm, okay.", stop=x > 0.7), None))
        return out


SCRIPTED["random"] = StopsAtRandom


def eval_draws(n: int, seed: int = 20) -> list[dict]:
    """``n`` eval settings drawn over the valid ranges, the bounds always among them."""
    rng = random.Random(seed)
    draws = [
        {"max_turns": 1, "trap_rate": 0.0, "per_tactic": 0, "template": TEMPLATES[0], "seed": 0, "n": 1},
        {
            "max_turns": MAX_TURNS,
            "trap_rate": 1.0,
            "per_tactic": 3,
            "template": TEMPLATES[1],
            "seed": 1,
            "n": 4,
        },
    ]
    while len(draws) < n:
        draws.append({
            "max_turns": rng.randint(1, MAX_TURNS), "trap_rate": rng.choice([0.0, 1.0, round(rng.random(), 2)]),
            "per_tactic": rng.randint(0, 3), "template": rng.choice(TEMPLATES), "seed": rng.randint(0, 10_000),
            "n": rng.randint(1, 5),
        })  # fmt: skip
    return draws


def run_eval(tmp_path, draw: dict, sims: list[str], *extra: str) -> dict:
    out = tmp_path / "eval"
    argv = ["eval", "simulator", "--n", str(draw["n"]), "--out", str(out)]
    for key in ("max_turns", "trap_rate", "per_tactic", "template", "seed"):
        argv += [f"--{key.replace('_', '-')}", str(draw[key])]
    for s in sims:
        argv += ["--sim", s]
    assert main(argv + list(extra)) == 0, draw
    assert (out / "report.md").exists() and (out / "chart.png").exists(), draw
    results = json.loads((out / "results.json").read_text())
    assert "Sessions by how they ended" in (out / "report.md").read_text()
    return results


def check_results(results: dict, draw: dict, tactics: int) -> None:
    """Every session ended one known way within ``max_turns``; the probes and the unscored add up."""
    from userlm.eval.simulator_eval import END_REASONS

    for label, r in results.items():
        m = r["metrics"]
        sessions = [s for s in r["sessions"] if s["set"] == "session"]
        probes = [s for s in r["sessions"] if s["set"] == "adversarial"]
        assert sum(m["sessions"].values()) == len(sessions) == draw["n"], (label, draw)
        assert all(s["end"] in END_REASONS and 1 <= s["turns"] <= draw["max_turns"] for s in sessions)
        assert m["turns"] == sum(s["turns"] for s in sessions), (label, draw)
        assert len(probes) == tactics * min(draw["per_tactic"], draw["n"]), (label, draw)
        assert m["unscored_sessions"] == sum(s["end"] == "simulator_error" for s in r["sessions"])
        assert 0.0 <= m["termination_f1"] <= 1.0


@pytest.fixture(scope="module")
def tactics() -> int:
    from userlm.rewards.traps import load_traps

    return len(load_traps())


@pytest.mark.parametrize("draw", eval_draws(10), ids=lambda d: "-".join(str(v) for v in d.values()))
def test_eval_settings_on_scripted_simulators(tmp_path, scripted_specs, tactics, draw):  # noqa: F811
    results = run_eval(tmp_path, draw, ["never", "at_once", "random", "raises", "policy"])
    check_results(results, draw, tactics)
    assert results["policy"]["metrics"]["termination_f1"] in (0.0, 1.0)  # 0 only when no turn should end
    assert results["at_once"]["metrics"]["turns"] == draw["n"]


@pytest.mark.parametrize("template", TEMPLATES)
def test_eval_settings_on_the_tiny_model(tmp_path, tiny_model_dir, tactics, template):
    draw = {"max_turns": 3, "trap_rate": 0.5, "per_tactic": 1, "template": template, "seed": 7, "n": 2}
    results = run_eval(tmp_path, draw, [f"tiny={tiny_model_dir}"], "--max-tokens", "4")
    check_results(results, draw, tactics)


class RandomTeacher:
    """A teacher endpoint that stops, rambles on, or answers garbage at random (seeded per call)."""

    model_name = "random-teacher"

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def generate(self, chats, params):
        from userlm.core.backends.base import Completion

        out = []
        for _ in chats:
            x = self.rng.random()
            out.append(Completion("garbage" if x < 0.1 else scripted_turn("Right.", stop=x > 0.75)))
        return out


def synth_draws(n: int, seed: int = 21) -> list[dict]:
    rng = random.Random(seed)
    draws = [
        {"max_turns": 1, "trap_rate": 0.0, "cooperative": 0.0, "system_prompt": "full", "mode": "offline"},
        {
            "max_turns": MAX_TURNS,
            "trap_rate": 1.0,
            "cooperative": 1.0,
            "system_prompt": "compact",
            "mode": "teacher",
        },
    ]
    while len(draws) < n:
        draws.append({
            "max_turns": rng.randint(1, MAX_TURNS), "trap_rate": rng.choice([0.0, 1.0, round(rng.random(), 2)]),
            "cooperative": rng.choice([0.0, 1.0, round(rng.random(), 2)]),
            "system_prompt": rng.choice(["full", "compact"]), "mode": rng.choice(["offline", "teacher"]),
        })  # fmt: skip
    return draws


@pytest.mark.parametrize("draw", synth_draws(10), ids=lambda d: "-".join(str(v) for v in d.values()))
def test_synth_settings(tmp_path, draw):
    from userlm.synth.synth import SynthConfig, synthesize

    cfg = SynthConfig(out=str(tmp_path), conversations=5, seed=draw["max_turns"], retries=0, **draw)
    stats = synthesize(cfg, backend=RandomTeacher(draw["max_turns"]) if draw["mode"] == "teacher" else None)
    assert json.loads((tmp_path / "stats.json").read_text()) == stats
    rows = [json.loads(x) for x in (tmp_path / "grpo.jsonl").read_text().splitlines()]
    assert stats["turns"] == len(rows) and stats["conversations"] <= 5
    by_conv: dict[str, list[dict]] = {}
    for r in rows:
        by_conv.setdefault(r["conversation"], []).append(r)
    for conv_rows in by_conv.values():
        assert [r["turn_index"] for r in conv_rows] == list(range(len(conv_rows)))
        assert len(conv_rows) <= cfg.max_turns
        ends = [r["expected_action"] in ("accept", "end", "escalate") for r in conv_rows]
        assert not any(ends[:-1]), draw  # nothing after the reference user's end
        assert all(r["expected_action"] is not None for r in conv_rows)
