"""Every engine enforces the turn grammar: transformers (llguidance, tiny random model), vLLM (the request it
builds), OpenAI-compatible endpoints (structured outputs, parse-and-retry), the server, the simulator; and
switching it off restores free generation."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from types import SimpleNamespace

import pytest

from userlm.core.backends import SamplingParams
from userlm.core.grammar import default_grammar
from userlm.core.turn import STOP, format_turn, parse_turn

G = default_grammar()
CHATS = [[{"role": "user", "content": "Hi"}], [{"role": "user", "content": "Where is my refund?"}]] * 3


def test_tiny_random_model_writes_parseable_turns_under_the_grammar(tiny_backend):
    params = SamplingParams(max_tokens=160, temperature=1.0, seed=1, grammar=G)
    out = tiny_backend.generate(CHATS, params)
    for c in out:
        parsed = parse_turn(c.text)
        assert parsed.ok, (parsed.errors, c.text)
        assert c.finish_reason == "stop" and c.completion_tokens <= 160
    assert sum(G.matches(c.text) for c in out) >= len(out) - 1  # strict too (a row cut mid-character aside)
    compiled = tiny_backend.constraint().compiled
    tiny_backend.generate(CHATS[:2], params)  # the same grammar and budget: nothing compiled again
    assert tiny_backend.constraint().compiled == compiled
    # switched off: the same random weights write noise again
    free = tiny_backend.generate(CHATS, replace(params, grammar=None))
    assert not any(parse_turn(c.text).ok for c in free)


def test_greedy_under_the_grammar_and_min_tokens_ignored(tiny_backend):
    params = SamplingParams(max_tokens=160, temperature=0.0, grammar=G, min_tokens=50)
    out = tiny_backend.generate(CHATS[:2], params)
    assert all(parse_turn(c.text).ok for c in out)


def test_simulator_uses_the_grammar_by_default(tiny_backend, example_profiles):
    from userlm.core.simulator import Conversation, Simulator

    sim = Simulator(tiny_backend, SamplingParams(max_tokens=160, temperature=1.0, seed=0))
    assert sim.params.grammar == G
    conv = Conversation(example_profiles[0])
    turn = conv.user_turn(sim, "Hello! How can I help?")
    assert turn.parsed.ok, turn.parsed.errors
    assert Simulator(tiny_backend, sim.params, grammar=False).params.grammar is None


def test_vllm_request_carries_the_regex():
    from userlm.core.backends.vllm_backend import vllm_sampling_kwargs

    free = vllm_sampling_kwargs(SamplingParams(max_tokens=64, min_tokens=8), n=2)
    assert "structured_outputs" not in free and free["min_tokens"] == 8 and free["n"] == 2
    kw = vllm_sampling_kwargs(SamplingParams(max_tokens=192, min_tokens=8, seed=3, grammar=G))
    assert kw["structured_outputs"] == {"regex": G.regex()} and "min_tokens" not in kw
    assert kw["max_tokens"] == 192 and kw["seed"] == 3


class FakeCompletions:
    """``client.chat.completions`` of the openai package: records requests, answers from a list."""

    def __init__(self, answers, refuse_structured=False):
        self.answers, self.requests, self.refuse = list(answers), [], refuse_structured

    def create(self, **kwargs):
        self.requests.append(kwargs)
        if self.refuse and "structured_outputs" in (kwargs.get("extra_body") or {}):
            err = RuntimeError("Error code: 400 - Unrecognized request argument supplied: structured_outputs")
            err.status_code = 400
            raise err
        text = self.answers.pop(0)
        message = SimpleNamespace(content=text, model_extra={})
        choice = SimpleNamespace(message=message, finish_reason="stop", model_extra={})
        return SimpleNamespace(choices=[choice], usage=SimpleNamespace(prompt_tokens=5, completion_tokens=7))


def openai_backend(answers, refuse=False, **kw):
    from userlm.core.backends.openai_backend import OpenAIBackend

    backend = OpenAIBackend("m", "http://localhost:1/v1", "k", **kw)
    backend.client = SimpleNamespace(chat=SimpleNamespace(completions=FakeCompletions(answers, refuse)))
    return backend, backend.client.chat.completions


GOOD = format_turn(
    "Agent: asks.\nTrap: none\nConcerns: refund.\nState: trust=0.50 emotion=0.40 patience=0.70 "
    "participation=0.80\nAction: answer\nPlan: give it.\nTone: short.",
    "It's #W2378156.",
    STOP,
)


def test_endpoint_gets_structured_outputs_and_retries_a_broken_turn():
    backend, fake = openai_backend(["Sure! Here is my reply.", GOOD])
    out = backend.generate([CHATS[0]], SamplingParams(max_tokens=192, seed=5, grammar=G))[0]
    assert out.text == GOOD and out.grammar_failures == ["no_rationale"]
    assert fake.requests[0]["extra_body"]["structured_outputs"] == {"regex": G.regex()}
    assert [r["seed"] for r in fake.requests] == [5, 6]  # each try with the next seed
    assert backend.grammar_stats == {"calls": 1, "retries": 1, "unparsed": 0, "structured_outputs_refused": 0}
    # free generation: no grammar field, no retry
    backend, fake = openai_backend(["Sure!"])
    out = backend.generate([CHATS[0]], SamplingParams(max_tokens=16))[0]
    assert out.text == "Sure!" and fake.requests[0]["extra_body"] is None


def test_endpoint_that_refuses_structured_outputs_falls_back_to_parse_and_retry():
    backend, fake = openai_backend(["no", "still no", "nope"], refuse=True, grammar_tries=3)
    out = backend.generate([CHATS[0]], SamplingParams(max_tokens=192, grammar=G))[0]
    assert out.error is None and out.grammar_failures == ["no_rationale"] * 3  # recorded, not raised
    assert backend.structured_outputs is False and backend.grammar_stats["unparsed"] == 1
    assert backend.grammar_stats["structured_outputs_refused"] == 1
    assert all("structured_outputs" not in (r["extra_body"] or {}) for r in fake.requests[1:])


def test_remote_simulator_sends_the_grammar_switch(example_profiles):
    from userlm.agents.env import RemoteSimulator

    on = RemoteSimulator("http://localhost:1/v1", "m")
    body = on.request_body(example_profiles[0])
    assert body["grammar"] is True and body["structured_outputs"] == {"regex": G.regex()}
    off = RemoteSimulator("http://localhost:1/v1", "m", grammar=False)
    assert off.request_body(example_profiles[0]) == {"grammar": False}


def test_cache_keys_without_a_grammar_are_unchanged(tmp_path):
    import hashlib

    from userlm.core.backends.cached import CachedBackend

    cached = CachedBackend(SimpleNamespace(model_name="m", generate=None), tmp_path / "c.jsonl")
    params = SamplingParams(max_tokens=8)
    old = {k: v for k, v in asdict(params).items() if k != "grammar"}
    want = hashlib.sha256(json.dumps(["m", CHATS[0], old], sort_keys=True).encode()).hexdigest()
    assert cached.key(CHATS[0], params) == want
    assert cached.key(CHATS[0], replace(params, grammar=G)) != want


def test_batcher_never_mixes_constrained_and_free_requests():
    from userlm.serving.batcher import settings_key

    p = SamplingParams(max_tokens=64)
    assert settings_key(p) != settings_key(replace(p, grammar=G))
    assert settings_key(replace(p, grammar=G)) == settings_key(replace(p, grammar=default_grammar()))


def test_grpo_turn_grammar_sets_trl_structured_outputs_regex():
    from userlm.core.io import DataError
    from userlm.training.grpo import set_turn_grammar

    args = SimpleNamespace(use_vllm=True, vllm_structured_outputs_regex=None)
    set_turn_grammar(args)
    assert args.vllm_structured_outputs_regex == G.regex()
    with pytest.raises(DataError, match="use_vllm"):
        set_turn_grammar(SimpleNamespace(use_vllm=False))
