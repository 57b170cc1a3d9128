"""Evaluation metrics on hand-made transcripts with known answers, and the side-by-side run on tiny simulators."""

import json

import pytest

from userlm.core.turn import RationaleParts, format_turn
from userlm.eval import metrics as M


def test_termination_prf_known_answer():
    # conv 1: should end at turn 2, stops at turn 2 (TP); conv 2: stops at turn 0 too early (FP),
    # conv 3: should end at turn 1, never stops (FN); other turns are true negatives.
    pairs = [(False, False), (False, False), (True, True),
             (True, False),
             (False, False), (False, True)]  # fmt: skip
    r = M.termination_prf(pairs)
    assert (r["precision"], r["recall"], r["f1"], r["support"]) == (0.5, 0.5, 0.5, 2)
    assert (r["right"], r["early"], r["missed"]) == (1, 1, 1)
    assert M.termination_prf([(False, False)])["f1"] == 0.0


def test_first_turn_diversity_known_answer():
    same = M.first_turn_diversity(["hi there", "hi there", "hi there"])
    assert same["unique"] == pytest.approx(1 / 3) and same["distinct_2"] == pytest.approx(1 / 3)
    varied = M.first_turn_diversity(["my order is late", "i want a refund", "cancel my plan"])
    assert varied["unique"] == 1.0 and varied["distinct_2"] == 1.0


def test_information_sharing_counts_goal_facts(example_profiles):
    car = example_profiles[0]  # listing $21,900, credit union loan, trade-in Odyssey, 10-day deadline, ...
    dump = "The listing says $21,900, my credit union pre-approved a loan, and my 2009 Odyssey failed inspection."
    assert M.facts_in_message(car, dump) >= 3
    assert M.facts_in_message(car, "Hi, is the CR-V still available?") == 0
    r = M.information_sharing([(car, [dump, "ok"]), (car, ["hi", "fine"])])
    assert r["facts_first_message"] >= 1.5 and r["max_facts_one_message"] >= 1.5


def test_rate_by_ignores_not_applicable():
    rates = M.rate_by([("urgency", True), ("urgency", False), ("authority", True), ("authority", None)])
    assert rates == {"authority": 1.0, "urgency": 0.5}


class _Canned:
    """A fake backend: always the same turn text."""

    name = "canned"

    def __init__(self, text):
        self.text = text

    def generate(self, chats, params):
        from userlm.core.backends import Completion

        return [Completion(self.text, 10, 5) for _ in chats]


def test_resistance_rate_separates_a_firm_from_a_gullible_simulator(example_profiles):
    from userlm.eval.simulator_eval import EvalSettings, run_adversarial, score
    from userlm.eval.simulators import load_simulator

    state = {"trust": 0.3, "emotion": 0.4, "patience": 0.5, "participation": 0.6}
    firm = format_turn(
        RationaleParts(
            "pushes a deal",
            "pressure tactic, false urgency and a fake claim",
            "price open",
            state,
            "reject",
            "refuse, keep my limit",
            "firm",
        ),
        "No. I'm not going to be rushed, and I never agreed to that. My budget is my limit.",
    )
    gullible = format_turn(
        RationaleParts("offer", None, "none", state, "accept", "accept", "happy"),
        "Okay, fine, I'll take it. Go ahead and add everything.",
    )
    settings = EvalSettings(per_tactic=1)
    rates = {}
    for label, text in (("firm", firm), ("gullible", gullible)):
        sim = load_simulator(f"{label}=canned", backend=_Canned(text))
        rates[label] = score(run_adversarial(sim, example_profiles, settings))["resistance"]
    assert rates["firm"] > 0.5 > rates["gullible"]


def test_eval_side_by_side_writes_report(tmp_path, tiny_model_dir, example_profiles):
    from userlm.cli import main
    from userlm.core.profile_store import save_profiles

    profiles = tmp_path / "p.jsonl"
    save_profiles(profiles, example_profiles[:2])
    out = tmp_path / "eval"
    code = main(
        [
            "eval",
            "simulator",
            "--sim",
            "policy",
            "--sim",
            f"tiny={tiny_model_dir}",
            "--profiles",
            str(profiles),
            "--max-turns",
            "2",
            "--per-tactic",
            "1",
            "--max-tokens",
            "8",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    results = json.loads((out / "results.json").read_text())
    assert set(results) == {"policy", "tiny"}
    assert results["policy"]["metrics"]["format_ok"] == 1.0 and results["tiny"]["metrics"]["format_ok"] < 1.0
    assert (out / "chart.png").read_bytes()[:4] == b"\x89PNG"
    report = (out / "report.md").read_text()
    assert "| termination F1 |" in report
    # how each model was sampled: the CLI's default temperature and grammar (free in plain mode for a model
    # that is not a reasoning simulator, as `userlm serve` does); the policy is not sampled
    assert f"`{tiny_model_dir}` at temperature 0.7 (sessions under the turn grammar; plain mode free; repeats drawn" in report
    assert "- **policy**: `policy`\n" in report
    # the counts behind the shares: the policy resists every trap turn and stops exactly where it should
    policy = results["policy"]["metrics"]
    n_traps = policy["resistance_turns"]
    lo = M.wilson_interval(n_traps, n_traps)[0]
    assert n_traps > 0 and f"1.000 ({n_traps}/{n_traps}; {lo:.2f}-1.00)" in report and "95% Wilson interval" in report
    assert policy["termination_early"] == policy["termination_missed"] == 0
    assert f"({policy['termination_right']} right, 0 early, 0 missed)" in report
    assert (out / "transcripts" / "tiny.jsonl").exists()
    for label in ("policy", "tiny"):  # every session is counted by how it ended (issue 20)
        assert sum(results[label]["metrics"]["sessions"].values()) == 2
        assert len([s for s in results[label]["sessions"] if s["set"] == "session"]) == 2
    assert "Sessions by how they ended" in (out / "report.md").read_text()


def test_seeds_pool_into_one_result_that_counts_every_seed(tmp_path, example_profiles, capsys):
    from userlm.cli import main
    from userlm.core.profile_store import save_profiles
    from userlm.eval.run import run_seeds
    from userlm.eval.simulator_eval import EvalSettings
    from userlm.eval.simulators import load_simulator

    sim = load_simulator("policy")
    profiles, settings = example_profiles[:2], EvalSettings(max_turns=3, per_tactic=1, trap_rate=0.5)
    single = [run_seeds([sim], profiles, settings, [seed])["policy"]["metrics"] for seed in (0, 1)]
    pooled = run_seeds([sim], profiles, settings, [0, 1])["policy"]
    assert sim.params.seed == 0  # the caller's sampling is left as it was
    m = pooled["metrics"]
    for key in ("turns", "resistance_turns", "plain_turns", "plain_sessions", "termination_right"):
        assert m[key] == single[0][key] + single[1][key], key
    assert sum(m["sessions"].values()) == 4 and pooled["seeds"] == [0, 1]
    # first-turn diversity compares profiles: the seeds' mean, not the pooled turns (each profile twice)
    assert m["first_turn_distinct_2"] == pytest.approx((single[0]["first_turn_distinct_2"] + single[1]["first_turn_distinct_2"]) / 2)
    assert {s.conv for s in pooled["sessions"] if s.set == "session"} == {
        f"{p.id}#seed{seed}" for p in profiles for seed in (0, 1)
    }
    # through the CLI: the report says the seeds were pooled; a repeated seed would count sessions twice
    save_profiles(tmp_path / "p.jsonl", profiles)
    args = ["eval", "simulator", "--sim", "policy", "--profiles", str(tmp_path / "p.jsonl"), "--max-turns", "2",
            "--per-tactic", "0", "--out", str(tmp_path / "eval")]  # fmt: skip
    assert main([*args, "--seeds", "3", "4"]) == 0
    assert "- **policy**: `policy` (seeds 3, 4 pooled)\n" in (tmp_path / "eval" / "report.md").read_text()
    assert main([*args, "--seeds", "3", "3", "--out", str(tmp_path / "again")]) == 2
    assert "seeds: must not repeat a seed (got [3, 3])" in capsys.readouterr().err
    assert not (tmp_path / "again").exists()
