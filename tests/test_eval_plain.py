"""The plain-mode suite of ``userlm eval simulator`` (issue 18): tau2-bench-style prompts, roles flipped, the
simulator judged on staying in role, progressive disclosure and stopping with ###STOP### once the goal is met.

Scripted simulators whose replies the tests control, the reference ``policy`` and the tiny random model."""

from __future__ import annotations

import json

import pytest

from userlm.core.simulator import AGENT_GREETING
from userlm.core.turn import STOP, TRANSFER, RationaleParts, format_turn
from userlm.eval.metrics import role_problems
from userlm.eval.plain_eval import AGENT_CLOSING, evaluate_plain, reference_script, run_plain
from userlm.eval.simulator_eval import EvalSettings
from userlm.eval.simulators import SimulatorUnderTest, load_simulator

SETTINGS = EvalSettings(max_turns=8, seed=0)  # on the bundled examples: two goals met, one limit hit
STATE = {"trust": 0.5, "emotion": 0.5, "patience": 0.5, "participation": 0.5}


def turn(reply: str, stop: str | None = None) -> str:
    """A well-formed reasoning turn, as a trained simulator writes it."""
    return format_turn(RationaleParts("asks", None, "open", STATE, "answer", "answer", "calm"), reply, stop)


class Scripted(SimulatorUnderTest):
    """Answers every plain chat with ``reply(chat, profile)``: the tests decide what the simulator says."""

    def __init__(self, label: str, reply):
        super().__init__(label, label)
        self.reply = reply

    def respond_plain(self, items):
        return [(self.reply(chat, p), None) for _, p, chat, _ in items]


class Raises(SimulatorUnderTest):
    def respond(self, items):
        raise RuntimeError("endpoint down")


class Recording:
    """A backend that records the chats it is sent and answers each with a reasoning turn."""

    name = "recording"

    def __init__(self):
        self.chats, self.params = [], []

    def generate(self, chats, params):
        from userlm.core.backends import Completion

        self.chats += chats
        self.params.append(params)
        return [Completion(turn(f"Reply {len(c)}."), 10, 5) for c in chats]


def metrics_of(sim, profiles, settings=SETTINGS) -> dict:
    return evaluate_plain([sim], profiles, settings)[sim.label]["metrics"]


def test_the_plain_chat_has_flipped_roles_and_replies_only(example_profiles):
    from userlm.core.prompts import render_plain

    backend = Recording()
    sim = load_simulator("trained=canned", backend=backend)
    sim.reasoning = True
    records, outcomes = run_plain(sim, example_profiles[:1], EvalSettings(max_turns=3, seed=0))
    assert len(backend.chats) == len(records) == 3 and outcomes[0].end == "max_turns"
    system = render_plain(example_profiles[0])
    for chat in backend.chats:
        assert chat[0] == {"role": "system", "content": system} and "<scenario>" in system
        roles = [m["role"] for m in chat[1:]]
        assert roles == ["user", "assistant"] * (len(roles) // 2) + [
            "user"
        ]  # agent = user, simulator = assistant
        assert chat[1]["content"] == AGENT_GREETING
        assert all("<think>" not in m["content"] and "Plan:" not in m["content"] for m in chat[1:])
    last = backend.chats[-1]
    assert [m["content"] for m in last if m["role"] == "assistant"] == ["Reply 2.", "Reply 4."]
    assert all(p.grammar is not None for p in backend.params)  # a reasoning simulator: the server's grammar
    assert all(r.content.startswith("Reply") and r.in_role for r in records)


def test_plain_mode_reads_answers_as_the_server_does():
    base = SimulatorUnderTest("base", "smollm2-135m", backend=object())
    assert base.plain_reasoning() is False  # the prompted base model: free generation, no rationale
    base.params.grammar = "g"
    assert base.plain_params().grammar is None
    endpoint = SimulatorUnderTest("served", "m@http://localhost:9/v1", backend=object())
    endpoint.params.grammar = "g"
    assert endpoint.plain_reasoning() is True and endpoint.plain_params().grammar is None
    assert load_simulator("policy").plain_reasoning() is True


@pytest.mark.parametrize(
    "raw, why",
    [("Certainly! How can I assist you today?", "assistant-ism"),
     ("I'd be happy to help you with your order.", "assistant-ism"),
     ("Hi. I'm Dana, 41, a customer talking to a car dealership agent. I am a human user, not an assistant.",
      "role talk"),
     ("Look, I'm not a bot, I just want the CR-V at a fair price.", "role talk"),
     ("I am playing the role of a customer who needs a refund.", "role talk"),
     ("<think>Agent: hi</think>ok <think>Plan: stall</think> fine", "leaked tags"),
     ("Agent: asks for my number\nPlan: give it\nIt's 1234.", "leaked tags"),
     ("Rationale: the agent is stalling. Fine, go on.", "leaked tags"),
     ("Sure, so you can offer me the extended warranty at a lower price today", "echo"),
     ("", "empty")],
)  # fmt: skip
def test_out_of_role_replies_are_named(example_profiles, raw, why):
    agent = "Sure, so you can offer me the extended warranty at a lower price today if I sign now."
    assert why in role_problems(raw, raw, example_profiles[0], agent, [])


def test_a_user_s_reply_is_in_role(example_profiles):
    raw = turn("It's order W2378156, and I still want my refund.")
    assert role_problems(raw, "It's order W2378156, and I still want my refund.", example_profiles[1],
                         "What's your order number?", ["Hi, I need a refund."]) == []  # fmt: skip
    assert (
        role_problems(STOP, STOP, example_profiles[1], "Done.", []) == []
    )  # a bare stop token ends politely
    assert "repeats itself" in role_problems("I need a refund.", "I need a refund.", example_profiles[1],
                                             "Anything else?", ["I need a refund."])  # fmt: skip


def test_assistant_speak_is_counted_out_of_role(example_profiles):
    m = metrics_of(
        Scripted("robot", lambda chat, p: "Certainly! How can I assist you today?"), example_profiles
    )
    assert m["plain_in_role"] == 0.0 and m["plain_out_of_role_by_reason"]["assistant-ism"] == 1.0
    assert m["plain_targets_met"] is False


def test_the_reference_policy_stops_when_the_goal_is_met(example_profiles):
    m = metrics_of(load_simulator("policy"), example_profiles)
    assert m["plain_goal_met_sessions"] == 2 and m["plain_stop_when_goal_met"] == 1.0
    assert (
        m["plain_stop_precision"] == 1.0
        and m["plain_premature_stop"] == 0.0
        and m["plain_stop_recall"] == 1.0
    )
    assert m["plain_ends"]["simulator_stopped"] == 3 and m["plain_errors"] == 0 and m["plain_parse_ok"] == 1.0
    assert m["plain_in_role"] >= 0.9 and m["plain_targets_met"] is True


def test_a_stop_on_the_closing_turn_after_the_goal_counts(example_profiles):
    """Thanks at the goal turn, ###STOP### when the agent asks if there is anything else: in time."""
    sim = Scripted("polite", lambda chat, p: turn("No, that's all.", STOP) if chat[-1]["content"] == AGENT_CLOSING
                   else turn(f"Okay, noted {len(chat)}."))  # fmt: skip
    results = evaluate_plain([sim], example_profiles, SETTINGS)["polite"]
    m = results["metrics"]
    assert m["plain_stop_when_goal_met"] == 1.0 and m["plain_stop_precision"] == 1.0
    assert m["plain_premature_stop"] == 0.0 and m["plain_ends"]["simulator_stopped"] == 3
    for o in results["plain_outcomes"]:
        script, _ = reference_script(next(p for p in example_profiles if p.id == o.profile_id), SETTINGS)
        assert (
            o.stop_at == len(script) == o.end_at + 1
        )  # the closing turn comes right after the reference's end


def test_goal_met_without_a_stop_is_a_miss(example_profiles):
    results = evaluate_plain([Scripted("never", lambda chat, p: turn(f"Hmm, tell me more {len(chat)}."))],
                             example_profiles, SETTINGS)["never"]  # fmt: skip
    m = results["metrics"]
    assert m["plain_goal_met_sessions"] == 2 and m["plain_stop_when_goal_met"] == 0.0
    assert m["plain_stop_recall"] == 0.0 and m["plain_stop_precision"] is None
    assert m["plain_ends"]["past_reference_end"] == 3
    assert sum(r.closing for r in results["plain_records"]) == 3  # each got the closing turn, then the end


def test_a_stop_before_the_goal_is_premature_and_the_wrong_token_is_a_miss(example_profiles):
    m = metrics_of(Scripted("early", lambda chat, p: turn("Never mind.", STOP)), example_profiles)
    assert m["plain_premature_stop"] == 1.0 and m["plain_stop_precision"] == 0.0
    assert m["plain_stop_when_goal_met"] == 0.0 and m["plain_turns"] == 3
    transfer = Scripted("transfer", lambda chat, p: turn("Bye.", TRANSFER) if chat[-1]["content"] == AGENT_CLOSING
                        else turn(f"Fine {len(chat)}."))  # fmt: skip
    m = metrics_of(transfer, example_profiles)
    assert m["plain_stop_precision"] == 1.0 and m["plain_stop_when_goal_met"] == 0.0  # in time, wrong token


def test_a_raising_simulator_is_an_error_not_a_crash(example_profiles):
    results = evaluate_plain([Raises("down", "down"), load_simulator("policy")], example_profiles, SETTINGS)
    m = results["down"]["metrics"]
    assert m["plain_errors"] == 3 and m["plain_ends"]["simulator_error"] == 3 and m["plain_turns"] == 0
    assert m["plain_in_role"] is None and m["plain_stop_when_goal_met"] is None
    assert m["plain_unscored_reasons"] == {"plain: simulator raised RuntimeError: endpoint down": 3}
    assert results["policy"]["metrics"]["plain_errors"] == 0


def test_first_turn_disclosure_separates_a_dump_from_progressive_disclosure(example_profiles):
    dump = Scripted("dump", lambda chat, p: turn(" ".join([*p.goal.known_info, *p.goal.hidden_info])))
    dumped = metrics_of(dump, example_profiles)
    policy = metrics_of(load_simulator("policy"), example_profiles)
    assert dumped["plain_first_turn_disclosure"] == 1.0
    assert policy["plain_first_turn_disclosure"] < 0.5 < policy["plain_disclosure_by_end"]


def test_the_plain_suite_from_the_command_line(tmp_path, tiny_model_dir, example_profiles):
    from userlm.cli import main
    from userlm.core.profile_store import save_profiles

    profiles = tmp_path / "p.jsonl"
    save_profiles(profiles, example_profiles[:2])
    out = tmp_path / "eval"
    argv = ["eval", "simulator", "--sim", "policy", "--sim", f"tiny={tiny_model_dir}", "--profiles", str(profiles),
            "--max-turns", "3", "--max-tokens", "8", "--suite", "plain", "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    results = json.loads((out / "results.json").read_text())
    tiny, policy = results["tiny"]["metrics"], results["policy"]["metrics"]
    assert tiny["plain_sessions"] == 2 and tiny["plain_parse_ok"] is None and "format_ok" not in tiny
    assert policy["plain_parse_ok"] == 1.0 and results["tiny"]["sessions"] == []
    assert {s["set"] for s in results["tiny"]["plain_sessions"]} == {"plain"}
    report = (out / "report.md").read_text()
    assert (
        "| plain: turns in role |" in report
        and "targets met" in report
        and "| termination F1 |" not in report
    )
    rows = [json.loads(x) for x in (out / "transcripts" / "tiny.plain.jsonl").read_text().splitlines()]
    assert rows and all({"content", "in_role", "stop", "should_end"} <= set(r) for r in rows)
    assert (out / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_suite_all_puts_both_suites_in_one_report(tmp_path, example_profiles):
    from userlm.cli import main
    from userlm.core.profile_store import save_profiles

    profiles = tmp_path / "p.jsonl"
    save_profiles(profiles, example_profiles)
    out = tmp_path / "eval"
    assert main(["eval", "simulator", "--sim", "policy", "--profiles", str(profiles), "--per-tactic", "1",
                 "--max-turns", "8", "--seed", "0", "--out", str(out)]) == 0  # fmt: skip
    results = json.loads((out / "results.json").read_text())
    m = results["policy"]["metrics"]
    assert m["format_ok"] == 1.0 and m["plain_stop_when_goal_met"] is not None
    assert {s["set"] for s in results["policy"]["sessions"]} == {"session", "adversarial"}
    assert len(results["policy"]["plain_sessions"]) == 3
    report = (out / "report.md").read_text()
    assert "| termination F1 |" in report and "| plain: turns in role |" in report
    ended = [o for o in results["policy"]["plain_sessions"] if o["end_at"] is not None]
    assert ended and all(o["end_situation"].split("->")[1] in ("accept", "end", "escalate") for o in ended)
    by_end = m["plain_stops_by_end"]  # the reference policy stops in time however the reference ended
    assert sum(r["turns"] for r in by_end.values()) == len(ended) and all(r["stopped"] == r["turns"] for r in by_end.values())
    assert "stopped in time where the reference ended at" in report
    assert main(["eval", "simulator", "--sim", "policy", "--profiles", str(profiles), "--suite", "sessions",
                 "--out", str(tmp_path / "s")]) == 0  # fmt: skip
    assert "plain" not in (tmp_path / "s" / "report.md").read_text()


@pytest.mark.parametrize(
    "reply",
    ["I'm a user of your app and it crashes every time I log in.", "I was talking to an agent yesterday about this.",
     "I'm a real estate agent, so I need the car for work.", "No, that's not a real offer."],
)  # fmt: skip
def test_a_user_mentioning_users_or_agents_is_not_role_talk(example_profiles, reply):
    assert "role talk" not in role_problems(reply, reply, example_profiles[0], "How can I help?", [])
