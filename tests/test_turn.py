"""The turn format: parsing never throws, and reads what it can from bad output."""

import pytest

from userlm.core.turn import (
    OUT_OF_SCOPE,
    STOP,
    RationaleParts,
    flip_roles,
    format_turn,
    parse_turn,
    split_reasoning,
)

GOOD_RATIONALE = """Agent: offers $22,400 with a warranty and says another buyer is coming.
Trap: false urgency
Concerns: price still above budget; warranty unwanted.
State: trust=0.30 emotion=0.40 patience=0.50 participation=0.70
Action: counter
Plan: refuse the warranty and counter at $20,000.
Tone: firm, short."""

CASES = [
    # (name, text, ok, reply, stop, error fragment)
    (
        "good",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nNo warranty. I can do $20,000.",
        True,
        "No warranty. I can do $20,000.",
        None,
        None,
    ),
    (
        "good with stop",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nDeal, thanks. {STOP}",
        True,
        "Deal, thanks.",
        STOP,
        None,
    ),
    ("answer tags", f"<think>\n{GOOD_RATIONALE}\n</think><answer>Fine.</answer>", True, "Fine.", None, None),
    ("truncated", f"<think>\n{GOOD_RATIONALE[:60]}", False, "", None, "not closed"),
    ("no tags", "Just give me a refund please.", False, "Just give me a refund please.", None, "no <think>"),
    ("missing open", f"{GOOD_RATIONALE}\n</think>\nOkay.", False, "Okay.", None, "missing <think>"),
    ("nested", f"<think><think>\n{GOOD_RATIONALE}\n</think>\nOkay.", False, "Okay.", None, "nested"),
    (
        "stop mid-text",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nBye {STOP} actually wait",
        False,
        "Bye",
        STOP,
        "stop token before the end",
    ),
    ("empty", "", False, "", None, "empty output"),
    ("none", None, False, "", None, "empty output"),
    ("missing parts", "<think>\nPlan: ask\n</think>\nHi", False, "Hi", None, "missing"),
    ("empty reply", f"<think>\n{GOOD_RATIONALE}\n</think>\n", False, "", None, "empty reply"),
    ("only stop", f"<think>\n{GOOD_RATIONALE}\n</think>\n{OUT_OF_SCOPE}", True, "", OUT_OF_SCOPE, None),
    (
        "unknown action",
        f"<think>\n{GOOD_RATIONALE.replace('Action: counter', 'Action: dance')}\n</think>\nx",
        False,
        "x",
        None,
        "unknown action",
    ),
]


@pytest.mark.parametrize("name,text,ok,reply,stop,error", CASES, ids=[c[0] for c in CASES])
def test_parse_table(name, text, ok, reply, stop, error):
    parsed = parse_turn(text)
    assert parsed.ok is ok, parsed.errors
    assert parsed.reply == reply
    assert parsed.stop == stop
    if error:
        assert any(error in e for e in parsed.errors), parsed.errors


def test_parts_are_read():
    parsed = parse_turn(f"<think>\n{GOOD_RATIONALE}\n</think>\nNo.")
    assert parsed.parts.trap_named == "false urgency"
    assert parsed.parts.action == "counter"
    assert parsed.parts.state == {"trust": 0.3, "emotion": 0.4, "patience": 0.5, "participation": 0.7}
    assert parsed.parts.plan.startswith("refuse the warranty")


def test_state_values_clamped_and_trap_none():
    parsed = parse_turn(
        "<think>\nAgent: hi\nTrap: none\nConcerns: x\nState: trust=1.7 emotion=-0.2 "
        "patience=0.5 participation=0.5\nPlan: y\nTone: z\n</think>\nHello"
    )
    assert parsed.parts.state["trust"] == 1.0 and parsed.parts.state["emotion"] == 0.0
    assert parsed.parts.trap_named is None


def test_format_parse_round_trip():
    parts = RationaleParts(
        agent="asks for the order id",
        trap=None,
        concerns="refund open",
        state={"trust": 0.5, "emotion": 0.25, "patience": 0.75, "participation": 1.0},
        action="answer",
        plan="give the id",
        tone="brief",
    )
    text = format_turn(parts, "It's W123.", STOP)
    parsed = parse_turn(text)
    assert parsed.ok, parsed.errors
    assert (parsed.reply, parsed.stop, parsed.parts) == ("It's W123.", STOP, parts)
    assert split_reasoning(text) == (parsed.rationale, f"It's W123. {STOP}")


def test_format_rejects_unknown_stop():
    with pytest.raises(ValueError, match="unknown stop token"):
        format_turn(None, "bye", "###END###")


def test_flip_roles_round_trip():
    agent_side = [
        {"role": "system", "content": "agent policy"},
        {"role": "assistant", "content": "Hello! How can I help you today?"},
        {"role": "user", "content": "I want a refund.", "reasoning_content": "plan"},
        {"role": "assistant", "content": "Order id?"},
    ]
    sim = flip_roles(agent_side, system="you are a user")
    assert [m["role"] for m in sim] == ["system", "user", "assistant", "user"]
    assert sim[2]["reasoning_content"] == "plan"
    back = flip_roles(sim[1:])
    assert back == agent_side[1:]


def test_flip_rejects_tool_messages():
    with pytest.raises(ValueError, match="role 'tool'"):
        flip_roles([{"role": "tool", "content": "{}"}])
