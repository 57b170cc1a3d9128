"""Issue 20: a simulator that talks past the reference user's end is data, never a crash.

Scripted simulators under test (never stops, stops at once, stops exactly when the reference policy does,
raises) and the tiny random model run through ``userlm eval simulator`` at the largest ``--max-turns`` the
command accepts; the same end of a conversation is checked in synth (offline, teacher mode), in the policy
itself, and in the agents' lockstep rollouts.
"""

from __future__ import annotations

import json
import random

import pytest

from userlm.cli import main
from userlm.core.turn import STOP, RationaleParts, format_turn
from userlm.eval.simulators import SimulatorUnderTest
from userlm.synth.config import MAX_TURNS

STATE = {"trust": 0.5, "emotion": 0.5, "patience": 0.5, "participation": 0.5}


def scripted_turn(reply: str, stop: bool = False) -> str:
    """A well-formed simulator turn (rationale, reply, optional stop token)."""
    parts = RationaleParts("asks", None, "open", STATE, "end" if stop else "answer", "answer", "calm")
    return format_turn(parts, reply, STOP if stop else None)


class NeverStops(SimulatorUnderTest):
    """Keeps talking whatever happens: the simulator of the issue."""

    def respond(self, items):
        return [(scripted_turn("Tell me more about that."), None) for _ in items]


class StopsAtOnce(SimulatorUnderTest):
    def respond(self, items):
        return [(scripted_turn("Never mind, bye.", stop=True), None) for _ in items]


class Raises(SimulatorUnderTest):
    def respond(self, items):
        raise RuntimeError("endpoint down")


class FlakyBatch(SimulatorUnderTest):
    """Fails a whole batch at the third turn of one session (as a backend fails a batch with one prompt past
    its context); asked alone, the other items pass."""

    def respond(self, items):
        if any(conv == "car-buyer-01" and len(msgs) > 3 for conv, _, msgs, _ in items):
            raise ValueError("prompt too long")
        return [(scripted_turn("ok"), None) for _ in items]


SCRIPTED = {"never": NeverStops, "at_once": StopsAtOnce, "raises": Raises, "flaky": FlakyBatch}


@pytest.fixture
def scripted_specs(monkeypatch):
    """``--sim never`` (etc.) loads a scripted simulator; any other spec loads as usual."""
    from userlm.eval import simulators

    real = simulators.load_simulator

    def load(spec, **kw):
        label, rest = simulators.parse_spec(spec)
        if rest in SCRIPTED:
            return SCRIPTED[rest](label, rest)
        return real(spec, **kw)

    monkeypatch.setattr(simulators, "load_simulator", load)


@pytest.fixture
def profiles_file(tmp_path, example_profiles):
    from userlm.core.profile_store import save_profiles

    path = tmp_path / "profiles.jsonl"
    save_profiles(path, example_profiles)
    return path


def run_eval(out, profiles, sims, *extra):
    argv = ["eval", "simulator", "--profiles", str(profiles), "--per-tactic", "1", "--out", str(out)]
    for s in sims:
        argv += ["--sim", s]
    return main(argv + list(extra))


def reference_lengths(profiles, seed: int, max_turns: int) -> dict[str, int]:
    """How many turns the shadow reference user plays per profile before it stops (or turns run out)."""
    from userlm.eval.simulator_eval import EvalSettings, _agents

    lengths = {}
    for p in profiles:
        agent, shadow = _agents(p, EvalSettings(max_turns=max_turns, seed=seed))
        n = 0
        while (turn := agent.next_turn()) is not None and shadow.respond_if_open(turn) is not None:
            n += 1
        lengths[p.id] = n
    return lengths


def test_scripted_simulators_at_the_largest_max_turns(
    tmp_path, scripted_specs, profiles_file, example_profiles
):
    out = tmp_path / "eval"
    sims = ["never", "at_once", "mirror=policy"]
    assert run_eval(out, profiles_file, sims, "--max-turns", str(MAX_TURNS), "--seed", "3") == 0
    results = json.loads((out / "results.json").read_text())
    n = len(example_profiles)
    never, at_once, mirror = (results[k]["metrics"] for k in ("never", "at_once", "mirror"))
    assert never["sessions"]["past_reference_end"] == n and never["unscored_sessions"] == 0
    assert never["termination_recall"] == 0.0 and never["termination_support"] >= n  # each a missed end
    lengths = reference_lengths(example_profiles, 3, MAX_TURNS)
    assert never["turns"] == sum(lengths.values()) and max(lengths.values()) < MAX_TURNS
    for s in results["never"]["sessions"]:
        if s["set"] == "session":
            assert s["turns"] == lengths[s["profile_id"]] and s["reference_end"] in ("goal_met", "limit_hit")
    assert at_once["sessions"]["simulator_stopped"] == n and at_once["turns"] == n
    assert all(s["turns"] == 1 for s in results["at_once"]["sessions"])
    assert mirror["sessions"]["simulator_stopped"] == n and mirror["termination_f1"] == 1.0
    rows = [json.loads(x) for x in (out / "transcripts" / "mirror.jsonl").read_text().splitlines()]
    assert all((STOP in r["raw"]) == r["should_end"] for r in rows if r["set"] == "session")
    report = (out / "report.md").read_text()
    assert "talked past the reference user's end" in report and "Sessions not scored: 0" in report


def test_a_failing_simulator_is_counted_not_raised(tmp_path, scripted_specs, profiles_file, example_profiles):
    out = tmp_path / "eval"
    assert run_eval(out, profiles_file, ["raises", "flaky", "policy"], "--max-turns", str(MAX_TURNS)) == 0
    results = json.loads((out / "results.json").read_text())
    raises = results["raises"]["metrics"]
    assert raises["sessions"]["simulator_error"] == len(example_profiles)
    assert raises["unscored_sessions"] == raises["errors"] > 0
    assert all("endpoint down" in reason for reason in raises["unscored_reasons"])
    flaky = results["flaky"]  # one session's failure fails the batch; asked alone, the others go on
    assert flaky["metrics"]["sessions"] == {"simulator_error": 1, "past_reference_end": len(example_profiles) - 1,
                                            "simulator_stopped": 0, "max_turns": 0}  # fmt: skip
    failed = [s for s in flaky["sessions"] if s["end"] == "simulator_error"]
    assert [(s["conv"], s["turns"]) for s in failed] == [("car-buyer-01", 3)]
    assert flaky["metrics"]["unscored_reasons"] == {
        "session: simulator raised ValueError: prompt too long": 1
    }
    report = (out / "report.md").read_text()
    assert "- **raises**: 3 x session: simulator raised RuntimeError: endpoint down" in report
    assert f"Sessions not scored: {raises['unscored_sessions'] + 1}" in report


def test_the_issue_command_with_the_tiny_model(tmp_path, scripted_specs, tiny_model_dir, example_profiles):
    """The command of the issue, on the tiny random model beside the never-stopping and policy simulators."""
    from userlm.core.profile_store import save_profiles

    profiles = tmp_path / "test.jsonl"
    save_profiles(profiles, example_profiles[:2])
    out = tmp_path / "eval"
    sims = [f"base={tiny_model_dir}", "sft=never", "policy"]
    extra = ["--max-turns", str(MAX_TURNS), "--max-tokens", "6", "--temperature", "0.7",
             "--template", "simulator_compact"]  # fmt: skip
    assert run_eval(out, profiles, sims, *extra) == 0
    results = json.loads((out / "results.json").read_text())
    for label in ("base", "sft", "policy"):
        ends = results[label]["metrics"]["sessions"]
        assert sum(ends.values()) == 2
    assert results["sft"]["metrics"]["sessions"]["past_reference_end"] == 2
    assert (out / "chart.png").exists() and (out / "transcripts" / "base.jsonl").exists()


@pytest.mark.parametrize(
    "flag, value, field",
    [("--max-turns", str(MAX_TURNS + 1), "max_turns"), ("--max-turns", "0", "max_turns"),
     ("--trap-rate", "1.5", "trap_rate"), ("--per-tactic", "-1", "per_tactic"),
     ("--max-tokens", "0", "max_tokens"), ("--temperature", "-1", "temperature")],
)  # fmt: skip
def test_bad_eval_settings_are_named_and_nothing_is_written(
    tmp_path, profiles_file, capsys, flag, value, field
):
    out = tmp_path / "eval"
    assert run_eval(out, profiles_file, ["policy"], flag, value) == 2
    err = capsys.readouterr().err
    assert f"command line: {field}:" in err and not out.exists()
    if field == "max_turns":
        assert f"between 1 and {MAX_TURNS}" in err


def test_the_same_simulator_evaluated_twice_starts_afresh(example_profiles):
    from userlm.eval.simulator_eval import EvalSettings, evaluate
    from userlm.eval.simulators import load_simulator

    policy = load_simulator("policy")
    results = evaluate(
        [policy, policy], example_profiles[:2], EvalSettings(max_turns=MAX_TURNS, per_tactic=0)
    )
    assert list(results) == ["policy", "policy-2"]
    assert results["policy"]["metrics"] == results["policy-2"]["metrics"]
    assert results["policy-2"]["metrics"]["errors"] == 0


def test_policy_answers_none_past_its_end(example_profiles):
    from userlm.synth.policy import ConversationOver, UserPolicy
    from userlm.synth.scenario_agent import AgentTurn

    car = example_profiles[0]
    policy = UserPolicy(car, random.Random(0))
    policy.respond(AgentTurn("Hello! How can I help you today?", "greet"))
    move = policy.respond(AgentTurn("Deal at $100.", "offer", offer=100.0, goal_met=True))
    assert move.stop == STOP and policy.ended and policy.end_reason == "goal_met" and policy.moves == 2
    assert policy.respond_if_open(AgentTurn("Anything else?", "filler")) is None
    with pytest.raises(ConversationOver, match="respond_if_open"):
        policy.respond(AgentTurn("Anything else?", "filler"))
    assert issubclass(ConversationOver, RuntimeError)  # callers catching RuntimeError still do


@pytest.fixture
def agent_never_stops(monkeypatch):
    """A scripted agent that ignores the user's end and talks until its turns run out."""
    from userlm.synth.scenario_agent import ScenarioAgent

    original = ScenarioAgent.next_turn
    monkeypatch.setattr(ScenarioAgent, "next_turn", lambda self, user_ended=False: original(self, False))


class EndlessTeacher:
    """A teacher endpoint that never ends a conversation."""

    model_name = "endless"

    def generate(self, chats, params):
        from userlm.core.backends.base import Completion

        return [Completion(scripted_turn("Go on.")) for _ in chats]


@pytest.mark.parametrize("mode", ["offline", "teacher"])
def test_synth_ends_a_conversation_at_the_policy_s_end(tmp_path, agent_never_stops, mode):
    from userlm.synth.synth import SynthConfig, synthesize

    cfg = SynthConfig(out=str(tmp_path), conversations=6, mode=mode, max_turns=MAX_TURNS, trap_rate=0.3)
    stats = synthesize(cfg, backend=EndlessTeacher() if mode == "teacher" else None)
    rows = [json.loads(x) for x in (tmp_path / "grpo.jsonl").read_text().splitlines()]
    assert stats["conversations"] == 6 and rows
    by_conv: dict[str, list[dict]] = {}
    for r in rows:
        by_conv.setdefault(r["conversation"], []).append(r)
    for conv_rows in by_conv.values():  # every row is labelled; only the last can be the user's end
        assert all(r["expected_action"] is not None for r in conv_rows)
        ends = [r["expected_action"] in ("accept", "end", "escalate") for r in conv_rows]
        assert not any(ends[:-1]) and len(conv_rows) < MAX_TURNS
    for line in (tmp_path / "sft.jsonl").read_text().splitlines():  # a conversation ends on the user's turn
        assert json.loads(line)["messages"][-1]["role"] == "assistant"


class ThirdTurnStops:
    """A simulator model that stops at its third reply."""

    name = "third-turn-stops"

    def generate(self, chats, params):
        from userlm.core.backends.base import Completion

        return [Completion(scripted_turn("Deal.", stop=True) if sum(m["role"] == "assistant" for m in chat) >= 2
                           else scripted_turn("Go on.")) for chat in chats]  # fmt: skip


def test_agent_lockstep_skips_a_finished_conversation(example_profiles):
    from userlm.agents.env import UserEnv
    from userlm.agents.rollout import reset_all, step_all
    from userlm.core.simulator import Simulator

    envs = [UserEnv(Simulator(ThirdTurnStops()), max_turns=5) for _ in range(2)]
    reset_all(envs, example_profiles[:2])
    step_all(envs, ["Our cars start at $5,000.", "Our cars start at $5,000."])
    _, done, _ = envs[0].step("This one is $4,000.")
    assert done and envs[0].step_if_open("anything else?") is None
    replies = step_all(envs, ["anything else?", "This one is $4,000."])
    assert replies[0][:2] == ("", True) and replies[0][2]["status"] == "ended"
    assert replies[1][1] and replies[1][2]["stop"] == STOP


def test_stops_are_broken_down_by_situation(tmp_path, scripted_specs, profiles_file):
    """Where the missed and early stops fall: per situation (agent's move -> reference answer), with the
    transcripts carrying the gold labels the breakdown rests on."""
    out = tmp_path / "eval"
    assert run_eval(out, profiles_file, ["never", "at_once", "mirror=policy"], "--max-turns", "8", "--seed", "3") == 0
    results = json.loads((out / "results.json").read_text())
    never, at_once, mirror = (results[k]["metrics"] for k in ("never", "at_once", "mirror"))
    due = {k: r for k, r in never["stops_by_situation"].items() if r["reference_ends"]}
    assert due and sum(r["turns"] for r in due.values()) == never["termination_support"]
    assert all(r["stopped"] == 0 for r in never["stops_by_situation"].values())
    assert never["missed_stop_actions"] == {"answer": never["termination_missed"]}  # what NeverStops writes
    assert all(k.split("->")[1] in ("accept", "end", "escalate") for k in due)
    for r in mirror["stops_by_situation"].values():  # the mirror stops exactly where a stop is due
        assert r["stopped"] == (r["turns"] if r["reference_ends"] else 0)
    assert mirror["missed_stop_actions"] == {}
    assert sum(r["stopped"] for r in at_once["stops_by_situation"].values()) == at_once["turns"]
    rows = [json.loads(x) for x in (out / "transcripts" / "never.jsonl").read_text().splitlines()]
    sessions = [r for r in rows if r["set"] == "session"]
    assert {r["agent_move"] for r in sessions} >= {"greet"} and all(r["reference_action"] for r in sessions)
    assert all(r["agent_move"] == "trap" for r in rows if r["set"] == "adversarial")
    report = (out / "report.md").read_text()
    assert "Stops by situation" in report and f"never: answer {never['termination_missed']}" in report


class SeesTrapsEverywhere(SimulatorUnderTest):
    """Names a tactic on every turn, trap or not: every trap seen, most named wrong, every other turn a false alarm."""

    def respond(self, items):
        parts = RationaleParts("pressures me", "flattery", "open", STATE, "reject", "refuse", "wary")
        return [(format_turn(parts, "No, thanks."), None) for _ in items]


def test_trap_recognition_reads_the_trap_line(tmp_path, scripted_specs, profiles_file, monkeypatch):
    """The rationale's reading of the agent's turn: the reference policy names every trap right and raises no
    false alarm, a simulator that never names one sees none, and one that names a trap everywhere raises a
    false alarm on every other turn; the report has the rows."""
    monkeypatch.setitem(SCRIPTED, "paranoid", SeesTrapsEverywhere)
    out = tmp_path / "eval"
    assert run_eval(out, profiles_file, ["never", "paranoid", "mirror=policy"], "--max-turns", "6", "--seed", "1") == 0
    results = json.loads((out / "results.json").read_text())
    never, paranoid, mirror = (results[k]["metrics"] for k in ("never", "paranoid", "mirror"))
    assert mirror["trap_turns"] >= 14  # the adversarial probes, one a tactic, and the sessions' traps
    assert (mirror["trap_detected"], mirror["trap_named_right"], mirror["trap_false_alarms"]) == (1.0, 1.0, 0.0)
    assert (never["trap_detected"], never["trap_named_right"], never["trap_false_alarms"]) == (0.0, 0.0, 0.0)
    assert paranoid["trap_detected"] == 1.0 and paranoid["trap_false_alarms"] == 1.0
    assert 0 < paranoid["trap_named_right"] < 0.5  # right only on the flattery turns
    report = (out / "report.md").read_text()
    assert "rationale: trap turns it saw" in report and "rationale: a trap seen where none was" in report
