"""Offer notes: each price an agent names, read against the user's limit under its message, for models trained
on them (an ``_offers`` template), in synthesis as at inference; in the plain (tau2-bench) prompt, read against
the limit its scenario states."""

from __future__ import annotations

import json
import re

import pytest

from userlm.core.amounts import format_price
from userlm.core.offer_notes import offer_note, price_limit, scenario_price_limit, verdict, with_offer_notes
from userlm.core.profile import HardLimit, ScenarioGoal, StaticRole, UserProfile
from userlm.core.prompts import render_plain
from userlm.core.simulator import plain_chat, simulator_chat
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
        if "<scenario>" in system:  # tau2-bench's plain shape: the harness's text, no rule about notes
            assert "Prices:" not in system and plain_chat(r["prompt"], "simulator_compact_offers") == r["prompt"]
            plain += 1
        elif r["agent_move"] == "offer" and "Prices:" in system and any(c.isdigit() for c in agent):
            assert "\n[" in agent and " vs your limit " in agent, agent  # every priced offer, read
            words = agent.rsplit(": ", 1)[1].rstrip("]")
            agent_line = re.search(r"Agent: .*", r["completion"][0]["reasoning_content"]).group(0)
            assert f": {words}" in agent_line, (agent, agent_line)  # the rationale copies the note's words
            noted += 1
    assert noted >= 3 and plain >= 3
    assert not any("vs your" in m["content"] for r in off for m in r["prompt"])


def test_the_plain_scenario_states_the_limit_the_profile_has():
    """Plain prompts are noted from the scenario text at inference and from the profile in synthesis: the two
    must read the same limit, or a model trains on notes it will never be served (the generator's domains, with
    their currencies, and every tau2-bench task)."""
    from pathlib import Path

    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library
    from userlm.profiles.tau2 import import_tau2

    tau2 = Path(__file__).parents[2] / "shared" / "data" / "tau2"
    profiles = generate(load_library(), 400, seed=11)
    profiles += [p for f in sorted(tau2.glob("*.tasks.json")) for p in import_tau2(f)]
    limited = 0
    for p in profiles:
        expected, read = price_limit(p), scenario_price_limit(render_plain(p))
        if expected is None:
            assert read is None, (p.id, read)
            continue
        limited += 1
        assert read is not None and read[:2] == expected[:2], (p.id, expected, read)
        assert format_price(read[0], read[2]) == format_price(expected[0], expected[2]), (p.id, expected, read)
    assert limited >= 300


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [("Limit: at most 406000 MXN total.", (406000.0, True, "MXN")),
     ("You want a fair price.\n\tLimit: at most 2000 INR.\n\tYou want it at or under 1,800 INR.", (2000.0, True, "INR")),
     ("Your budget is $1,200 and you will not pay more than $1,100.", (1100.0, True, "USD")),
     ("You won't take less than £300 for the bike.", (300.0, False, "GBP")),
     ("You want to return 2 items from order #W8812204 and keep the rest.", None),
     ("Cancel the flight booked in 2024; you have 3 bags and at most 2 passengers.", None)],
)  # fmt: skip
def test_scenario_price_limit_reads_the_stated_limit_and_nothing_else(scenario, expected):
    assert scenario_price_limit(f"Guidelines.\n<scenario>\n{scenario}\n</scenario>") == expected


def test_plain_chat_notes_priced_agent_messages_for_an_offers_model_only():
    system = render_plain(_profile())
    chat = [{"role": "system", "content": system}, {"role": "user", "content": "How about $21,500?"},
            {"role": "assistant", "content": "Too much."}, {"role": "user", "content": "Fine, $19,800."}]  # fmt: skip
    noted = plain_chat(chat, "simulator_compact_offers")
    assert noted[1]["content"] == "How about $21,500?\n[$21,500 vs your limit $20,000: over, but close]"
    assert noted[3]["content"] == "Fine, $19,800.\n[$19,800 vs your limit $20,000: within it]"
    assert noted[0] == chat[0] and noted[2] == chat[2]  # the system prompt and the user's replies as sent
    assert plain_chat(chat, "simulator_compact") == chat  # a model trained without notes gets none
    assert plain_chat(noted, "simulator_compact_offers") == noted  # a chat that has its notes keeps one each
    no_limit = [{"role": "system", "content": "<scenario>Return a lamp.</scenario>"}, chat[1]]
    assert plain_chat(no_limit, "simulator_compact_offers") == no_limit


def test_plain_synthesis_notes_offers_as_the_server_will(tmp_path):
    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library

    path = tmp_path / "profiles.jsonl"
    path.write_text("".join(p.model_dump_json() + "\n" for p in generate(load_library(), 6, seed=2)))
    synthesize(SynthConfig(out=str(tmp_path / "s"), profiles=str(path), offer_notes=True, conversations=6, seed=1,
                           trap_rate=0.0, cooperative=1.0, system_prompt="plain", max_turns=9))  # fmt: skip
    rows = [json.loads(line) for line in (tmp_path / "s" / "sft_turns.jsonl").read_text().splitlines()]
    offers = [r for r in rows if r["agent_move"] == "offer"]
    assert len(offers) >= 6
    for r in rows:  # notes synthesis wrote from the profile = notes the server writes from the scenario text
        bare = [{**m, "content": m["content"].split("\n[")[0]} if m["role"] == "user" else m for m in r["prompt"]]
        assert plain_chat(bare, "simulator_compact_offers") == r["prompt"]
    assert all(" vs your " in r["prompt"][-1]["content"] for r in offers)


@pytest.mark.parametrize(("template", "noted"), [("simulator_compact_offers", True), ("simulator_compact", False)]
)
def test_the_server_notes_plain_requests_for_a_model_trained_with_notes(template, noted):
    import asyncio

    from userlm.serving.completions import ServerContext, prepare
    from userlm.serving.config import ServeConfig
    from userlm.serving.schemas import ChatCompletionRequest

    class Recorder:  # the engine's prompt side only: what the model would be fed
        max_context = 2048

        def encode_chat(self, chat):
            self.chat = chat
            return [1, 2, 3]

        def check_length(self, n_prompt, max_tokens):
            pass

    engine = Recorder()
    context = ServerContext(ServeConfig(template=template, reasoning_simulator=True), engine=engine)
    messages = [{"role": "system", "content": render_plain(_profile())},
                {"role": "user", "content": "I can offer it at $20,900."}]  # fmt: skip
    asyncio.run(prepare(context, ChatCompletionRequest(model=context.config.model_id, messages=messages)))
    note = "\n[$20,900 vs your limit $20,000: over, but close]"
    assert engine.chat[-1]["content"] == messages[-1]["content"] + (note if noted else "")
