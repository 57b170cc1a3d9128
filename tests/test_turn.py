"""The turn format: parsing never throws, and reads what it can from bad output."""

import json

import pytest

from userlm.core.turn import (
    OUT_OF_SCOPE,
    STOP,
    RationaleParts,
    TurnError,
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

E = TurnError
MISSING_AFTER_60 = {E.MISSING_PART, E.MISSING_STATE}  # GOOD_RATIONALE[:60] holds only the Agent part

CASES = [
    # (name, text, ok, reply, stop, codes): every TurnError is produced by at least one case
    (
        "good",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nNo warranty. I can do $20,000.",
        True,
        "No warranty. I can do $20,000.",
        None,
        set(),
    ),
    (
        "good with stop",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nDeal, thanks. {STOP}",
        True,
        "Deal, thanks.",
        STOP,
        set(),
    ),
    ("answer tags", f"<think>\n{GOOD_RATIONALE}\n</think><answer>Fine.</answer>", True, "Fine.", None, set()),
    (
        "truncated",
        f"<think>\n{GOOD_RATIONALE[:60]}",
        False,
        "",
        None,
        {E.UNCLOSED_RATIONALE} | MISSING_AFTER_60,
    ),
    (
        "no tags",
        "Just give me a refund please.",
        False,
        "Just give me a refund please.",
        None,
        {E.NO_RATIONALE},
    ),
    ("missing open", f"{GOOD_RATIONALE}\n</think>\nOkay.", False, "Okay.", None, {E.UNOPENED_RATIONALE}),
    (
        "close before open",
        f"{GOOD_RATIONALE}\n</think>\nOkay.<think>",
        False,
        "Okay.",
        None,
        {E.UNOPENED_RATIONALE, E.TAGS_IN_REPLY},
    ),
    (
        "text before",
        f"Sure, here goes. <think>\n{GOOD_RATIONALE}\n</think>\nOkay.",
        False,
        "Okay.",
        None,
        {E.RATIONALE_NOT_FIRST},
    ),
    (
        "nested",
        f"<think><think>\n{GOOD_RATIONALE}\n</think>\nOkay.",
        False,
        "Okay.",
        None,
        {E.NESTED_RATIONALE},
    ),
    (
        "second rationale",
        f"<think>\n{GOOD_RATIONALE}\n</think>\n<think>\nAgent: offers again\n</think>\nOkay.",
        False,
        "Agent: offers again\n\nOkay.",
        None,
        {E.TAGS_IN_REPLY},
    ),
    (
        "stop mid-text",
        f"<think>\n{GOOD_RATIONALE}\n</think>\nBye {STOP} actually wait",
        False,
        "Bye",
        STOP,
        {E.TEXT_AFTER_STOP},
    ),
    ("empty", "", False, "", None, {E.EMPTY_OUTPUT}),
    ("none", None, False, "", None, {E.EMPTY_OUTPUT}),
    ("blank", " \n\t ", False, "", None, {E.EMPTY_OUTPUT}),
    ("not text", 42, False, "", None, {E.UNPARSEABLE}),
    (
        "missing parts",
        "<think>\nPlan: ask\n</think>\nHi",
        False,
        "Hi",
        None,
        {E.MISSING_PART, E.MISSING_STATE},
    ),
    (
        "state value not a number",
        f"<think>\n{GOOD_RATIONALE.replace('trust=0.30', 'trust=high')}\n</think>\nNo.",
        False,
        "No.",
        None,
        {E.MISSING_STATE},
    ),
    ("empty reply", f"<think>\n{GOOD_RATIONALE}\n</think>\n", False, "", None, {E.EMPTY_REPLY}),
    ("only stop", f"<think>\n{GOOD_RATIONALE}\n</think>\n{OUT_OF_SCOPE}", True, "", OUT_OF_SCOPE, set()),
    (
        "unknown action",
        f"<think>\n{GOOD_RATIONALE.replace('Action: counter', 'Action: dance')}\n</think>\nx",
        False,
        "x",
        None,
        {E.UNKNOWN_ACTION},
    ),
    (
        "no action is no error",
        f"<think>\n{GOOD_RATIONALE.replace('Action: counter', '')}\n</think>\nx",
        True,
        "x",
        None,
        set(),
    ),
]


@pytest.mark.parametrize("name,text,ok,reply,stop,codes", CASES, ids=[c[0] for c in CASES])
def test_parse_table(name, text, ok, reply, stop, codes):
    parsed = parse_turn(text)
    assert parsed.ok is ok, parsed.errors
    assert parsed.reply == reply
    assert parsed.stop == stop
    assert set(parsed.codes) == codes, parsed.errors
    # one human-readable message per code, in the same order
    assert len(parsed.errors) == len(parsed.codes) and all(parsed.errors)
    assert all(isinstance(c, TurnError) for c in parsed.codes)


def test_every_code_has_a_case():
    produced = set().union(*(c[-1] for c in CASES))
    assert produced | {E.OFF_GRAMMAR} == set(TurnError)  # OFF_GRAMMAR: strict mode, next test


def test_strict_mode_adds_off_grammar_with_the_line():
    text = f"<think>\n{GOOD_RATIONALE}\n</think>\nNo warranty."
    assert parse_turn(text).ok and parse_turn(text).codes == []
    strict = parse_turn(text, strict=True)
    assert strict.codes == [E.OFF_GRAMMAR]
    assert strict.errors == ["not in the turn grammar: line 3: expected 'Trap: ' and a tactic id or none"]
    fixed = text.replace("Trap: false urgency", "Trap: false_urgency")
    assert parse_turn(fixed, strict=True).ok
    # a turn the lenient parser rejects keeps its own codes; strict mode adds nothing to it
    assert parse_turn("Just a reply.", strict=True).codes == [E.NO_RATIONALE]


def test_codes_are_strings_and_messages_name_what_is_missing():
    parsed = parse_turn("<think>\nAgent: hi\nState: trust=0.5\nAction: dance\n</think>\nHello")
    assert parsed.codes == [E.MISSING_PART] * 3 + [E.MISSING_STATE, E.UNKNOWN_ACTION]
    assert parsed.errors == [
        "rationale part 'concerns' missing",
        "rationale part 'plan' missing",
        "rationale part 'tone' missing",
        "state values missing: emotion, patience, participation",
        "unknown action 'dance'",
    ]
    assert parsed.has(E.UNKNOWN_ACTION, E.NO_RATIONALE) and not parsed.has(E.NO_RATIONALE)
    # a str enum: compares, prints and serialises as its value
    assert E.NO_RATIONALE == "no_rationale" and str(E.NO_RATIONALE) == "no_rationale"
    assert json.dumps(parse_turn("hi").codes) == '["no_rationale"]'
    assert TurnError("empty_reply") is E.EMPTY_REPLY


def test_caller_messages_without_a_code_still_fail_ok():
    # the simulator and the agent env prepend "backend error: ..." to errors; such a turn is not ok
    parsed = parse_turn(f"<think>\n{GOOD_RATIONALE}\n</think>\nNo.")
    assert parsed.ok
    parsed.errors.insert(0, "backend error: timeout")
    assert not parsed.ok and parsed.codes == []


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
