"""Offline synthesis: the user policy, the scripted agent, synth files, teacher mode, the training template."""

from __future__ import annotations

import json
import random

import pytest

from userlm.core.backends.base import Completion
from userlm.core.rows import GRPO_COLUMNS, GRPORow, SFTConversationRow, SFTTurnRow, read_rows
from userlm.core.turn import STOP, format_turn, parse_turn
from userlm.synth.policy import UserPolicy, _rewrite
from userlm.synth.scenario_agent import AgentTurn, ScenarioAgent, load_phrases
from userlm.synth.synth import SynthConfig, synthesize


def _profiles(example_profiles):
    """The examples plus a few generated ones (other domains, min_price limits) when the generator exists."""
    try:
        from userlm.profiles.generate import generate
        from userlm.profiles.library import load_library

        return list(example_profiles) + generate(load_library(), 12, seed=3)
    except ImportError:
        return list(example_profiles)


def _play(profile, seed, trap_rate=0.3):
    rng = random.Random(seed)
    agent, policy = ScenarioAgent(profile, rng, trap_rate=trap_rate), UserPolicy(profile, rng)
    while (turn := agent.next_turn(policy.ended)) is not None:
        yield turn, policy.respond(turn)


def test_policy_respects_hard_limits_and_stops(example_profiles):
    profiles = _profiles(example_profiles)
    accepted = ended = 0
    for p in profiles:
        lo, hi = p.goal.min_price(), p.goal.max_price()
        forbidden = [str(h.value).lower() for h in p.goal.hard_limits if h.kind == "must_not"]
        for seed in range(8):
            moves = list(_play(p, seed))
            for turn, move in moves:
                assert parse_turn(move.text).ok, move.text
                if move.action == "accept":
                    accepted += 1
                    assert move.stop == STOP
                    if turn.offer is not None:
                        assert hi is None or turn.offer <= hi
                        assert lo is None or turn.offer >= lo
                    assert turn.thing is None or turn.thing.lower() not in forbidden
                if move.action == "counter":  # a counteroffer never crosses the limit itself
                    price = (
                        float(move.reply.split("$")[-1].split()[0].rstrip(".?").replace(",", ""))
                        if "$" in move.reply
                        else None
                    )
                    if price is not None and hi is not None:
                        assert price <= hi
            last = moves[-1][1]
            ended += last.stop is not None
            assert all(m.stop is None for _, m in moves[:-1])  # nothing after a stop
    assert accepted > 0 and ended > 0


def test_policy_never_volunteers_hidden_info(example_profiles):
    table = load_phrases()["first_person"]
    for p in _profiles(example_profiles):
        for seed in range(6):
            for turn, move in _play(p, seed):
                for fact in p.goal.hidden_info:
                    said = fact.rstrip(".") in move.reply or _rewrite(fact, table).rstrip(".") in move.reply
                    if turn.kind != "ask_hidden":
                        assert not said, (turn.kind, move.reply)
                        assert not move.disclosed


def test_policy_recognises_traps_and_loses_trust(example_profiles):
    p = example_profiles[0]
    policy = UserPolicy(p, random.Random(0))
    policy.respond(AgentTurn("Hello! How can I help you today?", "greet"))
    before = policy.state.values["trust"]
    move = policy.respond(
        AgentTurn("Decide now, another buyer is coming in ten minutes.", "trap", trap="false_urgency")
    )
    assert move.parts.trap == "false_urgency" and move.action == "reject"
    assert policy.state.values["trust"] < before


def test_a_question_about_nothing_known_gets_a_clarification(example_profiles):
    """An endpoint agent's question is labelled ask_known; a profile that knows nothing must not crash."""
    p = example_profiles[0].model_copy(deep=True)
    p.goal.known_info = []
    policy = UserPolicy(p, random.Random(0))
    policy.respond(AgentTurn("Hello! How can I help you today?", "greet"))
    move = policy.respond(AgentTurn("What is your order number?", "ask_known", labelled=False))
    assert move.action == "clarify" and not policy.ended


def test_facts_written_to_the_user_are_said_in_the_users_own_voice(example_profiles):
    """tau2-bench writes a user's facts in the second person; the policy's replies say them in the first."""
    import re

    p = example_profiles[0].model_copy(deep=True)
    p.goal.reason_for_contact = "You want to cancel your flight because you're sick"
    p.goal.known_info = ["You are Anya Garcia.", "Your user id is anya_garcia_5901."]
    policy = UserPolicy(p, random.Random(0))
    replies = [policy.respond(AgentTurn("Hello! How can I help you today?", "greet")).reply]
    for _ in range(2):
        replies.append(policy.respond(AgentTurn("Could you share the specifics, please?", "ask_known")).reply)
    said = " ".join(replies)
    assert "cancel my flight because I'm sick" in said and "I am Anya Garcia" in said
    assert "My user id is anya_garcia_5901" in said and not re.search(r"\b[Yy]ou(r|'re)?\b", said)


def test_the_agent_resolves_a_tau2_task_by_telling_its_value(example_profiles):
    """tau2-bench's values to communicate ("The agent tells you: 60") come out of the scripted agent as the
    value itself, and its typo "You name is" reaches the user's voice as "My name is"."""
    from userlm.synth.policy import own_voice
    from userlm.synth.scenario_agent import _criterion

    p = example_profiles[0].model_copy(deep=True)
    p.goal.success_criteria = ["The agent tells you: 167.87", "The agent tells you: mastercard"]
    assert _criterion(p) == "The answer is 167.87."
    p.goal.success_criteria = ["The agent confirms the refund is issued"]
    assert _criterion(p) == "The refund is issued"
    assert own_voice("You name is Lei Wilson.", load_phrases()) == "My name is Lei Wilson."


@pytest.mark.parametrize(
    "note, said",
    [
        ("Has checked a bag on the outbound leg already.", "I have checked a bag on the outbound leg already."),
        ("Is a member of the loyalty programme.", "I am a member of the loyalty programme."),
        ("Their current lease ends in 33 days.", "My current lease ends in 33 days."),
        ("Filed claim CLM-1 and has heard nothing.", "I filed claim CLM-1 and have heard nothing."),
        ("Got quote Q-1 and thinks it is too high.", "I got quote Q-1 and I think it is too high."),
    ],
)
def test_the_generators_notes_about_the_user_are_said_in_the_first_person(note, said):
    """A generated fact is a note about the user; the policy's reply says it as the user would."""
    from userlm.synth.policy import own_voice

    assert own_voice(note, load_phrases()) == said


def test_the_rationale_names_a_paragraph_long_concern_by_its_first_sentence(example_profiles):
    """A tau2 request is a paragraph; copied whole into ``Concerns:`` it cut turns at the token budget."""
    p = example_profiles[0].model_copy(deep=True)
    long = "I want a refund for the travel insurance on my flight. " + "I also want to check the total price. " * 20
    p.goal.primary_concerns = [long]
    for _turn, move in _play(p, seed=0, trap_rate=0.0):
        concerns = move.parts.concerns
        assert "I want a refund for the travel insurance on my flight." in concerns and len(concerns) < 160
        assert "check the total price" not in concerns


def test_unlabelled_traps_are_detected_with_the_trap_library(example_profiles):
    from userlm.rewards.traps import detect_trap, load_traps, render_trap

    p, rng = example_profiles[1], random.Random(2)
    found = 0
    for trap in load_traps():
        text = render_trap(trap, p, rng)
        policy = UserPolicy(p, random.Random(0))
        move = policy.respond(AgentTurn(text, "filler", labelled=False))
        assert move.parts.trap == detect_trap(text)
        if move.parts.trap:
            found += 1
            assert move.action in ("reject", "end")
    assert found > 0


def test_offer_above_limit_is_never_accepted(example_profiles):
    p = example_profiles[0]  # max_price 20,500
    policy = UserPolicy(p, random.Random(1))
    actions = [
        policy.respond(AgentTurn(f"How about ${v:,}?", "offer", offer=v)).action for v in (21500, 21200)
    ]
    assert actions == ["counter", "counter"]
    final = policy.respond(AgentTurn("$21,000 is final.", "offer", offer=21000))
    assert final.action == "end" and final.limit_hit and final.stop == STOP


def test_the_agent_line_reads_each_offer_against_the_limit_and_counts_refusals(example_profiles):
    """The rationale's Agent: line names the agent's price (not the user's counter) and the limit, so the
    action that follows is grounded in a comparison written out in the turn; a second refusal says so."""
    p = example_profiles[0]  # a buyer, max_price 20,500
    policy = UserPolicy(p, random.Random(1))
    moves = []
    for v in (21500, 21200, 21000, 20400):
        if policy.ended:
            policy = UserPolicy(p, random.Random(1))
        moves.append(policy.respond(AgentTurn(f"How about ${v:,}?", "offer", offer=v)))
        agent = moves[-1].parts.agent
        assert f"${v:,}" in agent and "$20,500" in agent, agent
    assert [m.action for m in moves] == ["counter", "counter", "end", "accept"]
    counter_price = moves[0].reply.split("$")[1].split()[0].rstrip(".?")
    assert counter_price not in moves[0].parts.agent  # the user's own counter is not the agent's offer
    assert "far" not in moves[0].parts.agent and "within" not in moves[0].parts.agent
    assert any(w in moves[3].parts.agent for w in ("within", "inside", "fits"))
    fresh = UserPolicy(p, random.Random(2))
    first = fresh.respond(AgentTurn("That's not something we can do.", "refuse"))
    second = fresh.respond(AgentTurn("I'm afraid I can't do that.", "refuse"))
    assert (first.action, second.action) == ("reject", "escalate")
    assert not any(w in first.parts.agent for w in ("again", "second", "twice"))
    assert any(w in second.parts.agent for w in ("again", "second", "twice"))


def test_synth_is_deterministic_and_follows_the_contract(tmp_path):
    a = synthesize(SynthConfig(out=str(tmp_path / "a"), conversations=12, seed=5, trap_rate=0.3))
    synthesize(SynthConfig(out=str(tmp_path / "b"), conversations=12, seed=5, trap_rate=0.3))
    synthesize(SynthConfig(out=str(tmp_path / "c"), conversations=12, seed=6, trap_rate=0.3))
    for name in ("sft.jsonl", "grpo.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (tmp_path / "a" / "grpo.jsonl").read_bytes() != (tmp_path / "c" / "grpo.jsonl").read_bytes()
    rows = read_rows(tmp_path / "a" / "grpo.jsonl", GRPORow)  # every row fits the one schema
    assert len(rows) == a["turns"] and a["trap_turns"] > 0
    assert all(set(r) == set(GRPO_COLUMNS) for r in rows)
    turns = read_rows(tmp_path / "a" / "sft_turns.jsonl", SFTTurnRow)
    # each turn row names the agent move it answers, in step with the GRPO row of the same turn
    assert [t["turn_index"] for t in turns] == [r["turn_index"] for r in rows]
    for t, r in zip(turns, rows):
        if r["trap"]:
            assert t["agent_move"] == "trap"
        elif r["goal_met"] and r["offer"] is None:  # a resolution without a price
            assert t["agent_move"] == "resolve"
        assert (t["agent_move"] == "greet") == (r["turn_index"] == 0)
    read_rows(tmp_path / "a" / "sft.jsonl", SFTConversationRow)
    assert rows[0]["prompt"][0]["role"] == "system" and rows[0]["prompt"][-1]["role"] == "user"
    convs = [json.loads(line) for line in (tmp_path / "a" / "sft.jsonl").read_text().splitlines()]
    for conv in convs:
        msgs = conv["messages"]
        assert msgs[0]["role"] == "system" and msgs[1]["role"] == "user" and msgs[-1]["role"] == "assistant"
        for m in msgs:
            if m["role"] == "assistant":  # rationale apart, reply in content; together they parse
                assert parse_turn(format_turn(m["reasoning_content"], m["content"])).ok


class FakeTeacher:
    """An OpenAI-compatible stand-in: well-formed turns, except every third call is malformed."""

    model_name = "fake-teacher"

    def __init__(self):
        self.calls = 0

    def generate(self, chats, params):
        out = []
        for _ in chats:
            self.calls += 1
            text = (
                "just a reply, no rationale"
                if self.calls % 3 == 0
                else format_turn(
                    "Agent: asks.\nTrap: none\nConcerns: open\nState: trust=0.5 emotion=0.5 patience=0.5 "
                    "participation=0.5\nAction: answer\nPlan: answer.\nTone: calm",
                    "Sure, here you go.",
                )
            )
            out.append(Completion(text))
        return out


def test_teacher_mode_rejects_malformed_output_and_caches(tmp_path):
    cfg = SynthConfig(
        out=str(tmp_path), conversations=4, mode="teacher", retries=0, trap_rate=0.0, max_turns=3
    )
    teacher = FakeTeacher()
    stats = synthesize(cfg, backend=teacher)
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert stats["rejected_turns"] == len(rejects) > 0
    assert all(r["errors"] and "rationale" in r["errors"][0] for r in rejects)
    rows = [json.loads(line) for line in (tmp_path / "grpo.jsonl").read_text().splitlines()]
    assert rows and all("Note for the teacher" not in r["prompt"][0]["content"] for r in rows)
    calls = teacher.calls
    again = synthesize(cfg, backend=teacher)  # a rerun answers from the cache
    assert teacher.calls == calls and again["cached"] > 0 and again["calls"] == 0



def test_teacher_mode_carries_the_teacher_s_stated_state_into_the_student_s_prompts(tmp_path):
    cfg = SynthConfig(out=str(tmp_path), conversations=3, mode="teacher", retries=1, trap_rate=0.0, max_turns=3,
                      system_prompt="compact", carry_state=True)  # fmt: skip
    synthesize(cfg, backend=FakeTeacher())
    rows = [json.loads(line) for line in (tmp_path / "sft_turns.jsonl").read_text().splitlines()]
    later = [r["prompt"][0]["content"] for r in rows if r["turn_index"] > 0]
    assert later and all("Note for the teacher" not in s for s in later)
    assert all("State: trust=0.50 emotion=0.50 patience=0.50 participation=0.50" in s for s in later)


class SeedEcho:
    """Answers with the seed it was asked with; cut off ("length") when the chat says so."""

    model_name = "seed-echo"

    def __init__(self):
        self.batches = []

    def generate(self, chats, params):
        self.batches.append(len(chats))
        return [
            Completion(f"seed {params.seed}", finish_reason="length" if "cut" in c[-1]["content"] else "stop")
            for c in chats
        ]


def test_cache_samples_identical_requests_apart_and_keeps_finish_reason(tmp_path):
    from userlm.core.backends.base import SamplingParams
    from userlm.core.backends.cached import CachedBackend

    a, b, cut = (
        [{"role": "user", "content": "hi"}],
        [{"role": "user", "content": "yo"}],
        [{"role": "user", "content": "cut"}],
    )
    inner = SeedEcho()
    backend = CachedBackend(inner, tmp_path / "cache.jsonl")
    outs = backend.generate([a, b, a, cut, a], SamplingParams(seed=7))
    assert [o.text for o in outs] == ["seed 7", "seed 7", "seed 8", "seed 7", "seed 9"]
    assert inner.batches == [3, 1, 1]  # first copies in one batch
    assert outs[3].finish_reason == "length"
    backend.save()
    again = CachedBackend(inner, tmp_path / "cache.jsonl")
    outs2 = again.generate([a, b, a, cut, a], SamplingParams(seed=7))
    assert [o.text for o in outs2] == [o.text for o in outs] and again.calls == 0
    assert outs2[3].finish_reason == "length"


def test_teacher_rejects_truncated_turns_and_records_backend_errors(tmp_path):
    class Cut(FakeTeacher):
        def generate(self, chats, params):
            self.calls += len(chats)
            good = super().generate(chats[:1], params)[0].text  # well formed, but cut off
            return [
                Completion(good, finish_reason="length"),
                *[Completion("", error="HTTP 503: busy", finish_reason="error")] * (len(chats) - 1),
            ]

    cfg = SynthConfig(
        out=str(tmp_path), conversations=2, mode="teacher", retries=0, trap_rate=0.0, max_turns=2
    )
    stats = synthesize(cfg, backend=Cut())
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert stats["rejected_turns"] == 2
    assert rejects[0]["errors"][0].startswith("truncated at max_tokens")
    assert rejects[1]["errors"] == ["HTTP 503: busy"]


@pytest.fixture(scope="module")
def smollm_tokenizer():
    from transformers import AutoTokenizer

    from userlm.core.models import resolve_model

    return AutoTokenizer.from_pretrained(resolve_model("smollm2-135m"))


def test_training_template_renders_stock_text_and_masks_only_simulator_turns(smollm_tokenizer):
    from userlm.training.sft import training_template

    tok = smollm_tokenizer
    template = training_template(tok)
    assert "{%- generation -%}" in template
    rationale = "Agent: asks.\nState: trust=0.5"
    chat = [
        {"role": "system", "content": "You are Dana."},
        {"role": "user", "content": "Hello! How can I help?"},
        {"role": "assistant", "content": "I want the CR-V. ###STOP###", "reasoning_content": rationale},
    ]
    plain = [
        dict(m, content=format_turn(m["reasoning_content"], m["content"]))
        if m.get("reasoning_content")
        else m
        for m in chat
    ]
    plain = [{k: v for k, v in m.items() if k != "reasoning_content"} for m in plain]
    for gen in (False, True):
        assert tok.apply_chat_template(
            chat, chat_template=template, tokenize=False, add_generation_prompt=gen
        ) == tok.apply_chat_template(plain, tokenize=False, add_generation_prompt=gen)
    enc = tok.apply_chat_template(
        chat, chat_template=template, tokenize=True, return_dict=True, return_assistant_tokens_mask=True
    )
    masked = [t for t, m in zip(enc["input_ids"], enc["assistant_masks"]) if m]
    assert tok.decode(masked) == format_turn(rationale, "I want the CR-V. ###STOP###") + "<|im_end|>"


class FakeAgent:
    """An agent endpoint stand-in: questions and an absurd offer, and one failed call (a transient HTTP 500)."""

    model_name = "fake-agent"

    def __init__(self):
        self.calls, self.chats = 0, []

    def generate(self, chats, params):
        out = []
        for chat in chats:
            self.calls += 1
            self.chats.append(chat)
            if self.calls == 3:
                out.append(Completion("", finish_reason="error", error="HTTP 500"))
            elif self.calls % 2:
                out.append(Completion("Could you tell me a bit more about what you need?"))
            else:
                out.append(Completion("Honestly, the best I can do is $1,000,000."))
        return out


@pytest.mark.parametrize("mode", ["offline", "teacher"])
def test_agent_endpoint_plays_the_agent_with_scripted_traps(tmp_path, mode):
    from userlm.core.simulator import AGENT_GREETING

    cfg = SynthConfig(out=str(tmp_path), conversations=6, mode=mode, trap_rate=0.4, max_turns=5, seed=2)
    agent = FakeAgent()
    stats = synthesize(cfg, backend=FakeTeacher() if mode == "teacher" else None, agent_backend=agent)
    rows = [json.loads(line) for line in (tmp_path / "grpo.jsonl").read_text().splitlines()]
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert [r for r in rejects if r["side"] == "agent"] == [
        {"side": "agent", "conversation": rejects[0]["conversation"], "turn_index": rejects[0]["turn_index"],
         "text": "", "errors": ["HTTP 500"]}
    ]  # fmt: skip
    assert all(r["agent_message"] == AGENT_GREETING for r in rows if r["turn_index"] == 0)
    said = {r["agent_message"] for r in rows if r["turn_index"] > 0}
    assert "Could you tell me a bit more about what you need?" in said
    assert any(r["trap"] for r in rows)  # trap turns are still scripted, labelled
    offers = [r for r in rows if r["agent_message"].endswith("$1,000,000.")]
    assert offers and all(r["offer"] in (None, 1_000_000.0) for r in offers)  # None: no price limit
    for chat in agent.chats:  # the agent sees replies only: no rationale, no profile
        assert chat[0]["role"] == "system" and chat[-1]["role"] == "user"
        assert all(set(m) == {"role", "content"} and "<think>" not in m["content"] for m in chat)
        assert "reason_for_contact" not in chat[0]["content"] and "Trap:" not in str(chat)
    assert stats["agent_calls"] == agent.calls
    again = synthesize(cfg, backend=FakeTeacher() if mode == "teacher" else None, agent_backend=agent)
    # The failed call was not cached: the rerun asks it (and what follows) again; the rest is cached.
    assert again["agent_cached"] > 0 and 1 <= again["agent_calls"] < stats["agent_calls"]
    assert again["rejected_turns"] <= stats["rejected_turns"] - 1


def test_agent_text_labels(example_profiles):
    from userlm.synth.agent_endpoint import label_agent_text

    buyer = next(p for p in example_profiles if p.goal.max_price() is not None)
    other = next(p for p in example_profiles if p.goal.max_price() is None and p.goal.min_price() is None)
    turn = label_agent_text("It lists at $24,000 but I can do $21,500 today.", buyer)
    assert (turn.kind, turn.offer, turn.labelled) == ("offer", 21500.0, False)
    assert label_agent_text("What's the order number?", buyer).kind == "ask_known"
    assert label_agent_text("A $10 voucher is all I can offer.", other).kind == "filler"  # no price limit


@pytest.mark.parametrize(
    "setting, field", [({"concurrency": 0}, "concurrency"), ({"retries": -1}, "retries"),
                       ({"trap_rate": 1.5}, "trap_rate"), ({"conversations": 0}, "conversations")],
)  # fmt: skip
def test_bad_synth_settings_are_named_and_nothing_is_written(tmp_path, setting, field):
    from pydantic import ValidationError

    from userlm.core.config import load_config
    from userlm.core.io import DataError

    argv = ["--out", str(tmp_path / "out")] + [f"--{k}={v}" for k, v in setting.items()]
    with pytest.raises(DataError) as err:
        synthesize(load_config(SynthConfig, None, argv))
    assert err.value.field == field and "command line" in str(err.value) and not (tmp_path / "out").exists()
    (tmp_path / "bad.yaml").write_text(f"seed: 1\n{field}: {setting[field]}\n")
    with pytest.raises(DataError) as err:
        load_config(SynthConfig, tmp_path / "bad.yaml")
    assert (err.value.field, err.value.line) == (field, 2)
    with pytest.raises(ValidationError):  # the same check when built in Python
        SynthConfig(out=str(tmp_path / "out"), **setting)


def test_an_empty_profile_file_is_an_error(tmp_path):
    from userlm.core.io import DataError

    (tmp_path / "none.jsonl").write_text("")
    with pytest.raises(DataError, match="no profiles"):
        synthesize(SynthConfig(profiles=str(tmp_path / "none.jsonl"), out=str(tmp_path / "out")))


def test_training_template_prefers_trl_s_version_of_a_known_template(smollm_tokenizer):
    """A Qwen3 tokenizer (ChatML too) gets TRL's training Qwen3 template, not the SmolLM2 one; a template
    whose training version drops the rationale is not used."""
    import copy
    from pathlib import Path

    import trl

    from userlm.training.sft import CHATML_TEMPLATE, training_template

    templates = Path(trl.__file__).parent / "chat_templates"
    tok = copy.deepcopy(smollm_tokenizer)
    tok.chat_template = (templates / "qwen3.jinja").read_text()
    assert training_template(tok) == (templates / "qwen3_training.jinja").read_text()
    assert training_template(smollm_tokenizer) == CHATML_TEMPLATE.read_text()
    # TRL's Qwen2.5 training template drops reasoning_content: the rationale would silently lose its loss
    tok.chat_template = (templates / "qwen2_5.jinja").read_text()
    assert training_template(tok) == CHATML_TEMPLATE.read_text()
    from userlm.core.io import DataError

    for unusable in (
        (templates / "llama3.jinja").read_text(),
        "{% for m in messages %}{{ m['content'] }}{% endfor %}",
    ):
        tok.chat_template = unusable  # no rationale in TRL's version / unknown and not ChatML
        with pytest.raises(DataError, match="training_template"):
            training_template(tok)


def test_mixed_prompts_include_the_tau2_shape(tmp_path, example_profiles):
    from userlm.core.prompts import plain_guidelines, render_plain

    synthesize(SynthConfig(out=str(tmp_path), conversations=6, system_prompt="mixed", seed=1))
    systems = [r["prompt"][0]["content"] for r in read_rows(tmp_path / "grpo.jsonl", GRPORow)]
    plain = [s for s in systems if "<scenario>" in s]
    assert plain and len(plain) < len(systems)  # the three styles in turn
    for text in plain:  # a harness's prompt: guidelines and scenario, no turn-format instructions
        assert text.rstrip().endswith("</scenario>") and "<think>" not in text
        assert "Reason for call:" in text and "###STOP###" in text
    profile = example_profiles[0]
    variants = {render_plain(profile, v) for v in range(len(plain_guidelines()))}
    assert len(variants) == len(plain_guidelines()) >= 3
    own = render_plain(profile, guidelines="HARNESS GUIDELINES")
    assert own.startswith("HARNESS GUIDELINES") and profile.goal.reason_for_contact in own



def test_carried_state_shows_each_turn_the_state_of_the_turn_before(tmp_path):
    """With ``carry_state``, a user turn's prompt shows the state values the previous rationale stated, and
    is exactly the prompt ``simulator_chat`` builds at inference with the ``_state`` template from a
    transcript that keeps the simulator's rationales; without it, prompts are the plain templates'."""
    from userlm.core.profile import UserProfile
    from userlm.core.simulator import simulator_chat
    from userlm.core.turn import flip_roles, rationale_state

    common = dict(conversations=6, seed=5, trap_rate=0.3, system_prompt="mixed", max_turns=6)
    synthesize(SynthConfig(out=str(tmp_path / "plain"), **common))
    synthesize(SynthConfig(out=str(tmp_path / "carry"), carry_state=True, **common))
    plain = read_rows(tmp_path / "plain" / "sft_turns.jsonl", SFTTurnRow)
    carry = read_rows(tmp_path / "carry" / "sft_turns.jsonl", SFTTurnRow)
    profiles = {r["profile_id"]: r["profile"] for r in read_rows(tmp_path / "carry" / "grpo.jsonl", GRPORow)}
    assert [r["completion"] for r in plain] == [r["completion"] for r in carry]  # the same conversations
    changed = 0
    for p, c in zip(plain, carry):
        assert p["prompt"][1:] == c["prompt"][1:]  # only the system prompt differs
        system = c["prompt"][0]["content"]
        style = ("full", "compact", "plain")[int(c["conversation"].split("-")[1]) % 3]
        if style == "plain" or c["turn_index"] == 0:  # tau2-style prompts never show state; nor a first turn
            assert system == p["prompt"][0]["content"]
            continue
        changed += system != p["prompt"][0]["content"]
        earlier = [r for r in carry if r["conversation"] == c["conversation"] and r["turn_index"] < c["turn_index"]]
        # the agent-side transcript an inference caller keeps: the simulator's turns with their rationales
        transcript = flip_roles(c["prompt"][1:])
        mine = [m for m in transcript if m["role"] == "user"]
        for m, r in zip(mine, earlier, strict=True):
            m["reasoning_content"] = r["completion"][0]["reasoning_content"]
        template = {"full": "simulator_system_state", "compact": "simulator_compact_state"}[style]
        profile = UserProfile.model_validate_json(profiles[c["profile_id"]])
        assert simulator_chat(profile, transcript, template=template) == c["prompt"]
        stated = rationale_state(earlier[-1]["completion"][0]["reasoning_content"])
        assert " ".join(f"{k}={v:.2f}" for k, v in stated.items()) in system
    assert changed > 3
