"""Offer notes: each price an agent names, read against the user's limit under its message, for models trained
on them (an ``_offers`` template), in synthesis as at inference, and never in the plain (tau2-bench) prompt."""

from __future__ import annotations

import json
import re

import pytest

from userlm.core.offer_notes import offer_note, verdict, with_offer_notes
from userlm.core.profile import HardLimit, ScenarioGoal, StaticRole, UserProfile
from userlm.core.simulator import simulator_chat
from userlm.synth.synth import SynthConfig, synthesize


def _profile(kind: str = "max_price", value: float = 20000, unit: str = "USD") -> UserProfile:
    goal = ScenarioGoal(domain="car dealer", reason_for_contact="Buy a used car.",
                        hard_limits=[HardLimit(kind=kind, value=value, unit=unit)])  # fmt: skip
    return UserProfile(id="p", role=StaticRole(name="Ana"), goal=goal)


@pytest.mark.parametrize(
    ("amount", "buyer", "expected"),
    [(20000, True, "within"), (19000, True, "within"), (23000, True, "close"), (23001, True, "far"),
     (20000, False, "within"), (17000, False, "close"), (16999, False, "far"), (25000, False, "within")],
)  # fmt: skip
def test_verdict_uses_the_reference_users_reach(amount, buyer, expected):
    assert verdict(amount, 20000, buyer) == expected


def test_a_note_reads_every_amount_and_a_seller_reads_against_the_floor():
    buyer, seller = _profile(), _profile("min_price", 300, "GBP")
    assert offer_note(buyer, "Normally $26,000, but for you 19.5k.") == (
        "[$26,000 vs your limit $20,000: far over] [19.5k vs your limit $20,000: within it]"
    )
    assert offer_note(seller, "I can give you GBP 280 for it.") == "[GBP 280 vs your floor GBP 300: under, but close]"
    assert offer_note(buyer, "Which colour would you like?") is None
    assert offer_note(buyer, "Options: $18,000, $19,000, $21,000 or $24,000.") is None  # a price list, not an offer
    no_limit = UserProfile(id="q", role=StaticRole(name="Bo"), goal=ScenarioGoal(domain="bank", reason_for_contact="x"))
    assert offer_note(no_limit, "That's $30.") is None


def test_simulator_chat_adds_notes_for_an_offers_template_only_and_only_once():
    p = _profile()
    msgs = [{"role": "assistant", "content": "Hi"}, {"role": "user", "content": "I want the Civic."},
            {"role": "assistant", "content": "The best I can do is $21,500."}]  # fmt: skip
    plain = simulator_chat(p, msgs, template="simulator_compact")
    noted = simulator_chat(p, msgs, template="simulator_compact_offers")
    assert plain[-1]["content"] == "The best I can do is $21,500."
    assert noted[-1]["content"] == "The best I can do is $21,500.\n[$21,500 vs your limit $20,000: over, but close]"
    assert "Prices: under an agent message" in noted[0]["content"] and "Prices:" not in plain[0]["content"]
    assert [m["content"] for m in plain[1:-1]] == [m["content"] for m in noted[1:-1]]  # the user's own turn
    assert with_offer_notes(p, noted) == noted  # a client's chat that has its notes already keeps one of each
    assert simulator_chat(p, msgs, system="plain prompt", offer_notes=False)[-1] == plain[-1]


def test_synthesis_writes_notes_where_inference_will_show_them(tmp_path):
    cfg = dict(conversations=9, seed=3, trap_rate=0.0, cooperative=0.5, system_prompt="mixed", max_turns=9)
    synthesize(SynthConfig(out=str(tmp_path / "on"), offer_notes=True, **cfg))
    synthesize(SynthConfig(out=str(tmp_path / "off"), **cfg))

    def rows(name):
        return [json.loads(line) for line in (tmp_path / name / "sft_turns.jsonl").read_text().splitlines()]

    on, off = rows("on"), rows("off")
    def actions(rs):
        return [re.search(r"Action: (\w+)", r["completion"][0]["reasoning_content"]).group(1) for r in rs]

    assert actions(on) == actions(off)  # the same users decide the same; only what they read changed
    noted = plain = 0
    for r in on:
        system, agent = r["prompt"][0]["content"], r["prompt"][-1]["content"]
        if "<scenario>" in system:  # tau2-bench's plain shape: no notes, no rule about them
            assert not any("vs your" in m["content"] for m in r["prompt"]) and "Prices:" not in system
            plain += 1
        elif r["agent_move"] == "offer" and "Prices:" in system and any(c.isdigit() for c in agent):
            assert "\n[" in agent and " vs your limit " in agent, agent  # every priced offer, read
            words = agent.rsplit(": ", 1)[1].rstrip("]")
            agent_line = re.search(r"Agent: .*", r["completion"][0]["reasoning_content"]).group(0)
            assert f": {words}" in agent_line, (agent, agent_line)  # the rationale copies the note's words
            noted += 1
    assert noted >= 3 and plain >= 3
    assert not any("vs your" in m["content"] for r in off for m in r["prompt"])
