"""The serving engine behind the batch interface (``userlm.serving.engine_backend``), on the tiny model:
the batched backend's greedy answers, prefix reuse across lockstep rounds, seeds that do not depend on the
batch, the turn grammar, and a prompt too long refused before anything runs.

    python -m pytest -q tests/test_serving_engine_backend.py
"""

from __future__ import annotations

import pytest

from userlm.core.backends.base import PromptTooLongError, SamplingParams
from userlm.core.grammar import default_grammar
from userlm.core.turn import parse_turn
from userlm.serving.engine_backend import EngineBackend

SYSTEM = "You are a customer who wants a refund. Keep it short and firm. " * 6
# Chats differ in more than a digit: a random tiny model's greedy answers must differ between them for the
# batch comparisons to mean anything, whatever tokenizer the templates' text trains.
ASKS = ["where is my parcel?", "Why was I charged twice!", "cancel the blue kettle now", "Refund, please; it broke."]
GREEDY = SamplingParams(max_tokens=12, temperature=0)


def chats(n: int, turns: int = 1) -> list[list[dict]]:
    out = []
    for i in range(n):
        chat = [{"role": "system", "content": SYSTEM}]
        for t in range(turns):
            chat += [{"role": "user", "content": f"Order {i}, turn {t}: {ASKS[(i + t) % len(ASKS)]}"}]
            if t < turns - 1:
                chat += [{"role": "assistant", "content": f"It left on day {t}."}]
        out.append(chat)
    return out


def test_greedy_answers_match_the_batched_backend_round_after_round(lively):
    with EngineBackend(lively, max_step_tokens=48) as engine:
        for turns in (1, 2, 3):  # each round's prompts extend the previous round's
            batch = chats(4, turns)
            expected = [c.text for c in lively.generate(batch, GREEDY)]
            got = engine.generate(batch, GREEDY)
            assert [c.text for c in got] == expected
            assert all(c.prompt_tokens == len(lively.encode_chat(x)) for c, x in zip(got, batch))
        assert len(set(expected)) > 1
        assert engine.stats["reused_tokens"] > 0  # the earlier rounds' prompts were not computed again


def test_a_seeded_chat_answers_the_same_alone_or_in_any_batch(lively):
    params = SamplingParams(max_tokens=10, temperature=1.0, seed=3)
    batch = chats(5)
    with EngineBackend(lively) as engine:
        together = [c.text for c in engine.generate(batch, params)]
        alone = engine.generate([batch[3]], params)[0].text
        reordered = [c.text for c in engine.generate(batch[::-1], params)][::-1]
        other_seed = [c.text for c in engine.generate(batch, SamplingParams(max_tokens=10, temperature=1.0, seed=4))]
        twice = [c.text for c in engine.generate([batch[0], batch[0]], params)]
    assert alone == together[3] and reordered == together
    assert other_seed != together
    assert twice[0] == together[0] != twice[1]  # two samples of one chat, not one sample twice


def test_the_turn_grammar_holds_through_the_engine(tiny_backend):
    params = SamplingParams(max_tokens=160, temperature=1.0, seed=1, grammar=default_grammar(), min_tokens=50)
    with EngineBackend(tiny_backend) as engine:
        out = engine.generate(chats(3), params)
    for c in out:
        assert parse_turn(c.text).ok, (parse_turn(c.text).errors, c.text)
        assert c.finish_reason == "stop"


def test_a_prompt_too_long_is_refused_before_anything_runs(tiny_backend):
    huge = [[{"role": "user", "content": "word " * 5000}]]
    with EngineBackend(tiny_backend) as engine:
        with pytest.raises(PromptTooLongError):
            engine.generate(chats(1) + huge, SamplingParams(max_tokens=8))
        assert engine.stats["completed"] == 0
