"""The turn grammar and the parser agree, in both directions; every engine reads the same grammar.

- every string the grammar generates (sampled, and the synthetic training turns) is a turn ``parse_turn``
  accepts, and ``parse_turn(text, strict=True)`` accepts exactly the strings of the grammar;
- every hand-written case of tests/test_turn.py: strict parse == the grammar's regex, and a regex match is
  a lenient parse; the cases the lenient parser accepts off the grammar are listed with the reason;
- the regex compiles in Python's re, llguidance (regex and lark) and xgrammar (when installed), and a
  sampled turn's tokens are accepted by the llguidance matcher.
"""

from __future__ import annotations

import random
import re

import pytest
from test_turn import CASES, GOOD_RATIONALE

from userlm.core.grammar import TurnGrammar, default_grammar, escape, load_trap_ids, part_budgets
from userlm.core.turn import STOP, RationaleParts, TurnError, format_turn, parse_turn

G = default_grammar()


def test_trap_ids_come_from_the_library():
    ids = load_trap_ids()
    assert "false_urgency" in ids and G.traps == ids and "none" not in ids
    with pytest.raises(ValueError, match="plain identifiers"):
        TurnGrammar(("false urgency",))


@pytest.mark.parametrize("seed", range(4))
def test_sampled_turns_parse_leniently_and_strictly(seed):
    rng = random.Random(seed)
    for _ in range(500):
        text = G.sample(rng)
        assert G.matches(text), text
        lenient, strict = parse_turn(text), parse_turn(text, strict=True)
        assert lenient.ok, (text, lenient.errors)
        assert strict.ok, (text, strict.errors)
        assert lenient.reply and lenient.rationale and lenient.parts.action


# Accepted by the lenient parser, off the grammar: what strict mode adds (each gets OFF_GRAMMAR).
LENIENT_ONLY = {
    "good": "Trap: names the tactic in words, not by its id",
    "good with stop": "the same rationale",
    "answer tags": "<answer> tags around the reply",
    "only stop": "a bare stop token, no reply",
    "no action is no error": "no Action line",
}


@pytest.mark.parametrize("name,text,ok", [c[:3] for c in CASES], ids=[c[0] for c in CASES])
def test_hand_written_cases_strict_parse_equals_the_grammar(name, text, ok):
    matches = G.matches(text)
    strict = parse_turn(text, strict=True)
    assert strict.ok is matches
    if matches:
        assert parse_turn(text).ok  # the grammar is inside the lenient parser's language
    if ok and not matches:
        assert name in LENIENT_ONLY, f"{name}: lenient-only case without a documented reason"
        assert strict.codes == [TurnError.OFF_GRAMMAR] and "not in the turn grammar" in strict.errors[0]
    if not ok:
        assert TurnError.OFF_GRAMMAR not in strict.codes  # strict mode adds nothing to a rejected turn


def _turn(reply="No warranty. I can do $20,000.", stop=None, **overrides) -> str:
    parts = dict(agent="offers $22,400 with a warranty.", trap="false_urgency", concerns="price over budget.",
                 state=dict(trust=0.3, emotion=0.4, patience=0.5, participation=0.7), action="counter",
                 plan="refuse the warranty, counter at $20,000.", tone="firm, short.")  # fmt: skip
    parts.update(overrides)
    return format_turn(RationaleParts(**parts), reply, stop)


IN_GRAMMAR = [
    _turn(),
    _turn("Deal at $20,000.", stop=STOP, action="accept"),
    _turn("Deal at $20,000.", action="accept"),  # accepts a step and goes on to the next request
    _turn("Get me your manager.", action="escalate"),
    _turn("I want a human.", stop="###TRANSFER###", action="escalate"),
    _turn("Forget it, I'm leaving.", stop=STOP, action="end"),
    _turn("It's #W2378156, order #1."),
    _turn(trap=None),
    _turn("Pas de garantie. 20 000 €, c'est tout.", action="reject"),
    _turn("Ok#"),
    _turn(state=dict(trust=0.0, emotion=1.0, patience=0.05, participation=0.99)),
]
# A stop token the action does not allow, or none where it needs one (ACTION_CLASSES), with the line it names.
INCONSISTENT_STOPS = [
    (_turn(stop=STOP), "then no stop token (the action 'counter' goes on)"),
    (_turn("Still no.", stop="###OUT-OF-SCOPE###", action="reject"), "then no stop token (the action 'reject' goes on)"),
    (_turn("Forget it, I'm leaving.", action="end"), "then one stop token (the action 'end' ends it)"),
]  # fmt: skip
OFF_GRAMMAR = [text for text, _ in INCONSISTENT_STOPS] + [
    _turn() + "\n",  # a trailing newline
    " " + _turn(),
    _turn("Fine. ###STOP### one more thing"),
    _turn("No.\nAlso, bye."),  # a reply on two lines
    _turn("Nope ##"),
    _turn("a < b"),
    _turn("", stop=STOP),
    _turn(trap="false urgency"),
    _turn(action="counter at 20k"),
    _turn(agent="offers\n  more"),
    _turn().replace("trust=0.30", "trust=1.50"),
    _turn().replace("trust=0.30", "trust=0.305"),
    _turn().replace("Trap: false_urgency\n", ""),
    _turn().replace("Agent:", "Agent :"),
    _turn().replace("Plan: ", "Plan:  "),
    "\n".join(_turn().split("\n")[:3] + [_turn().split("\n")[4], _turn().split("\n")[3]] + _turn().split("\n")[5:]),
]  # fmt: skip


@pytest.mark.parametrize("text", IN_GRAMMAR)
def test_hand_written_turns_in_the_grammar(text):
    assert G.matches(text) and parse_turn(text, strict=True).ok and G.explain(text) is None


@pytest.mark.parametrize("text,expected", INCONSISTENT_STOPS)
def test_the_stop_token_follows_the_action(text, expected):
    assert parse_turn(text).ok  # the lenient parser takes it; the grammar (strict) does not
    assert parse_turn(text, strict=True).codes == [TurnError.OFF_GRAMMAR]
    assert G.explain(text) == f"line 10: expected a reply (no tags, no '##', not blank), {expected}"


@pytest.mark.parametrize("text", OFF_GRAMMAR)
def test_hand_written_turns_off_the_grammar(text):
    assert not G.matches(text)
    strict = parse_turn(text, strict=True)
    assert not strict.ok and G.explain(text).startswith("line ")


def test_mutations_of_sampled_turns_agree():
    """Random edits of grammar strings: strict parse accepts exactly the edits that stay in the grammar."""
    rng = random.Random(7)
    edits = [
        lambda t: t.replace("\n", "\n\n", 1),
        lambda t: t + rng.choice(["\n", " ", "<", "##", "<think>", " ###STOP###"]),
        lambda t: t.replace("=0", "=2", 1),
        lambda t: t.replace("Action: ", "Action: maybe ", 1),
        lambda t: t.replace("</think>\n", "</think>\n<think>x</think>", 1),
        lambda t: "\n".join(line for i, line in enumerate(t.split("\n")) if i != rng.randrange(1, 8)),
        lambda t: t[: rng.randrange(len(t))],
    ]
    for _ in range(400):
        text = rng.choice(edits)(G.sample(rng))
        assert parse_turn(text, strict=True).ok is G.matches(text), text
        if G.matches(text):
            assert parse_turn(text).ok


def test_synthetic_training_turns_are_in_the_grammar():
    from userlm.core.profile_store import examples_path, load_profiles
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import AgentTurn

    for profile in load_profiles(examples_path()):
        policy = UserPolicy(profile, random.Random(0))
        for msg, kind in [("Hello! How can I help?", "filler"), ("That price expires today.", "filler")]:
            move = policy.respond_if_open(AgentTurn(msg, kind))
            if move is not None:
                assert G.matches(move.text), (G.explain(move.text), move.text)


def test_regex_is_portable_and_lark_has_token_budgets():
    regex = G.regex()
    assert re.compile(regex).fullmatch(_turn())
    assert r"\ " not in regex and r"\#" not in regex and r"\-" not in regex  # not every engine takes them
    assert escape("a.b (c) ###STOP###") == r"a\.b \(c\) ###STOP###"
    lark = G.lark(192, 60)
    budgets = part_budgets(192, 60)
    assert f"plan[max_tokens={budgets['plan']}]" in lark
    for name in ("going", "ending", "leaving"):
        assert f"reply_{name}[max_tokens={budgets['reply']}]" in lark
    assert sum(budgets.values()) <= 192 - 60
    assert "max_tokens" not in G.lark()


def test_engines_compile_the_grammar(tiny_model_dir):
    import llguidance
    import llguidance.hf
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    ll_tok = llguidance.hf.from_tokenizer(tok)
    text = G.sample(random.Random(3))
    for grammar in (
        llguidance.LLMatcher.grammar_from_regex(G.regex()),
        llguidance.LLMatcher.grammar_from_lark(G.lark()),
        llguidance.LLMatcher.grammar_from_lark(G.lark(4000, 80)),  # budgets above these texts
    ):
        m = llguidance.LLMatcher(ll_tok, grammar)
        assert not m.is_error(), m.get_error()
        ids = tok.encode(text, add_special_tokens=False)
        assert m.consume_tokens(ids) and m.is_accepting(), m.get_error()
        for turn, ok in [(t, True) for t in IN_GRAMMAR[:6]] + [(t, False) for t, _ in INCONSISTENT_STOPS]:
            m = llguidance.LLMatcher(ll_tok, grammar)
            consumed = m.consume_tokens(tok.encode(turn, add_special_tokens=False))
            assert (consumed and m.is_accepting()) is ok, (turn, m.get_error())
    try:
        import xgrammar as xgr
    except Exception:  # optional: vLLM's default structured-output backend
        return
    compiled = xgr.GrammarCompiler(xgr.TokenizerInfo.from_huggingface(tok)).compile_regex(G.regex())
    matcher = xgr.GrammarMatcher(compiled)
    assert all(matcher.accept_token(i) for i in tok.encode(text, add_special_tokens=False))
    assert G.matches(GOOD_RATIONALE) is False
