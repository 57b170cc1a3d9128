"""The continuous-batching engine on the tiny model: prefix reuse changes no output, requests join and leave
mid-batch, per-request sampling, streaming, logits processors, the prefix cache's budget.

    python -m pytest -q tests/test_serving_engine.py
"""

from __future__ import annotations

import asyncio

import pytest

from userlm.core.backends.base import SamplingParams
from userlm.serving.batcher import QueueFullError
from userlm.serving.engine import ContinuousEngine
from userlm.serving.prefix_cache import PrefixCache

GREEDY = SamplingParams(max_tokens=12, temperature=0)
SYSTEM = "You are a customer who wants a refund. Keep it short and firm. " * 6


def prompts(backend, n: int) -> list[list[int]]:
    return [
        backend.encode_chat(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"Order {i}: where is it?"}]
        )
        for i in range(n)
    ]


def run(backend, body, **engine_kw):
    """Start an engine over ``backend``, await ``body(engine)``, stop it."""

    async def go():
        engine = ContinuousEngine(backend, **engine_kw)
        await engine.start()
        try:
            return await body(engine)
        finally:
            await engine.stop()

    return asyncio.run(go())


def texts(outs) -> list[str]:
    return [o[0].text for o in outs]


def test_greedy_is_identical_with_and_without_prefix_reuse(lively):
    ids = prompts(lively, 6)
    reference = [c.text for c in lively.generate_ids(ids, GREEDY)]
    assert len(set(reference)) > 1  # the prompts really give different answers

    async def twice(engine):
        first = await asyncio.gather(*(engine.generate(x, GREEDY) for x in ids))
        second = await asyncio.gather(*(engine.generate(x, GREEDY) for x in ids))  # prefixes now cached
        return texts(first), texts(second), engine.stats

    on_1, on_2, stats = run(lively, twice, max_step_tokens=48)
    off_1, off_2, off_stats = run(lively, twice, max_step_tokens=48, prefix_cache_mb=0)
    assert stats.reused_tokens > 0 and off_stats.reused_tokens == 0
    assert on_1 == on_2 == off_1 == off_2 == reference


def test_a_request_joins_mid_batch_and_leaves_at_once(lively):
    ids = prompts(lively, 2)
    long = SamplingParams(max_tokens=30, min_tokens=30, temperature=0)
    short = SamplingParams(max_tokens=3, min_tokens=3, temperature=0)

    async def body(engine):
        alone = (await engine.generate(ids[1], short))[0].text
        first = engine.submit(ids[0], long)
        events = engine.stream(first)
        for _ in range(5):  # the first request is decoding
            await events.__anext__()
        joined = await engine.generate(ids[1], short)
        assert not first.future.done()  # the short one left while the long one runs on
        rest = [e async for e in events]
        return alone, joined[0], (await engine.result(first))[0], rest, engine.stats

    alone, joined, first, rest, stats = run(lively, body)
    assert joined.text == alone and joined.completion_tokens == 3 and joined.finish_reason == "length"
    assert first.completion_tokens == 30 and rest[-1].completion is first
    assert stats.largest_batch >= 2


def test_seeded_requests_do_not_depend_on_batch_mates(lively):
    ids = prompts(lively, 4)
    mixed = [
        SamplingParams(max_tokens=10, temperature=0.9, seed=1),
        SamplingParams(max_tokens=6, temperature=1.3, top_p=0.8, seed=2, stop=["e"]),
        SamplingParams(max_tokens=14, temperature=0),
        SamplingParams(max_tokens=8, temperature=0.7, seed=3, min_tokens=8),
    ]

    async def body(engine):
        alone = [(await engine.generate(x, p))[0] for x, p in zip(ids, mixed)]
        together = await asyncio.gather(*(engine.generate(x, p) for x, p in zip(ids, mixed)))
        return alone, [o[0] for o in together], engine.stats

    alone, together, stats = run(lively, body, prefix_cache_mb=0)
    assert [c.text for c in together] == [c.text for c in alone]
    assert [c.completion_tokens for c in together] == [c.completion_tokens for c in alone]
    assert stats.largest_batch >= 3
    assert together[3].completion_tokens == 8


def test_streaming_joins_to_the_completion(lively):
    ids = prompts(lively, 2)
    params = [
        SamplingParams(max_tokens=16, temperature=0.8, seed=5),
        SamplingParams(max_tokens=16, stop=["a"], seed=4),
    ]

    async def body(engine):
        out = []
        for x, p in zip(ids, params):
            plain = (await engine.generate(x, p))[0]
            item = engine.submit(x, p)
            deltas = [e async for e in engine.stream(item)]
            done = (await engine.result(item))[0]
            out.append((plain, deltas, done))
        return out

    for plain, deltas, done in run(lively, body):
        assert "".join(e.text for e in deltas) == done.text == plain.text
        assert deltas[-1].finish_reason == done.finish_reason and deltas[-1].completion == done
        assert sum(len(e.token_ids) for e in deltas) == done.completion_tokens


def test_per_request_logits_processors(lively):
    import torch

    ids = prompts(lively, 2)
    allowed = torch.tensor(lively.tokenizer.encode("no refund yes"))

    class OnlyAllowed:  # a transformers LogitsProcessor: (input_ids, scores) -> scores
        calls = 0

        def __call__(self, input_ids, scores):
            OnlyAllowed.calls += 1
            out = torch.full_like(scores, float("-inf"))
            out[:, allowed] = scores[:, allowed]
            return out

    async def body(engine):
        free_alone = (await engine.generate(ids[1], GREEDY))[0].text
        constrained, free = await asyncio.gather(
            engine.generate(ids[0], GREEDY, logits_processors=lambda i: [OnlyAllowed()]),
            engine.generate(ids[1], GREEDY),
        )
        return free_alone, constrained[0], free[0].text

    free_alone, constrained, free = run(lively, body)
    # Segment the text into the allowed tokens' own strings; re-encoding it could merge them differently.
    pieces = {lively.tokenizer.decode([t]) for t in allowed.tolist()}
    assert _segments(constrained.text, pieces), constrained.text
    assert OnlyAllowed.calls == constrained.completion_tokens
    assert free == free_alone


def _segments(text: str, pieces: set[str]) -> bool:
    """Whether ``text`` is a concatenation of ``pieces``."""
    ends = {0}
    for i in range(1, len(text) + 1):
        if any(i - len(p) in ends and text[i - len(p) : i] == p for p in pieces if p):
            ends.add(i)
    return len(text) in ends


def test_several_choices_and_the_queue_bound(lively):
    ids = prompts(lively, 1)[0]
    params = SamplingParams(max_tokens=8, temperature=1.0, seed=11)

    async def body(engine):
        a = await engine.generate(ids, params, n=3)
        b = await engine.generate(ids, params, n=3)
        held = [engine.submit(ids, GREEDY) for _ in range(2)]
        with pytest.raises(QueueFullError):
            for _ in range(8):
                held.append(engine.submit(ids, GREEDY))
        results = await asyncio.gather(*(engine.result(h) for h in held))
        return a, b, results, engine.stats

    a, b, results, stats = run(lively, body, max_queue=3, max_seqs=2)
    assert [c.text for c in a] == [c.text for c in b] and len({c.text for c in a}) > 1
    assert stats.rejected >= 1 and all(r[0].completion_tokens > 0 for r in results)


def test_cancelled_request_leaves(lively):
    ids = prompts(lively, 2)
    long = SamplingParams(max_tokens=200, min_tokens=200, temperature=0)

    async def body(engine):
        task = asyncio.ensure_future(engine.generate(ids[0], long))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        after = await engine.generate(ids[1], GREEDY)
        return after, engine.stats

    after, stats = run(lively, body)
    assert stats.cancelled == 1 and after[0].completion_tokens > 0


def test_stop_fails_every_choice_of_a_request_in_flight(lively):
    ids = prompts(lively, 1)[0]
    long = SamplingParams(max_tokens=200, min_tokens=200, temperature=1.0, seed=3)

    async def body():
        engine = ContinuousEngine(lively)
        await engine.start()
        req = engine.submit(ids, long, n=3)
        await asyncio.sleep(0.3)
        await engine.stop()
        await asyncio.sleep(0.05)  # the events are handed to the loop thread-safely: let them land
        events = []
        while not req.events.empty():
            events.append(req.events.get_nowait())
        with pytest.raises(RuntimeError, match="shutting down"):
            await engine.result(req)
        return events

    errors = [e for e in asyncio.run(body()) if e.error is not None]
    assert sorted(e.index for e in errors) == [0, 1, 2]


def test_prefix_cache_lru_budget():
    import torch

    layers, block = 2, 4
    kv = torch.arange(layers * 2 * 1 * 64 * 2, dtype=torch.float32).reshape(layers, 2, 1, 64, 2)
    per_block = layers * 2 * 1 * block * 2 * 4  # bytes
    cache = PrefixCache(budget_bytes=5 * per_block, block_size=block)
    a, b = list(range(20)), list(range(100, 120))
    assert cache.insert(a, kv, 20) == 5 and cache.match(a)[0] == 20
    assert cache.match(a, limit=19)[0] == 16  # only complete blocks, never past the limit
    n, blocks = cache.match(a[:10] + [999] * 10)
    assert n == 8 and torch.equal(blocks[1], kv[:, :, :, 4:8])
    cache.insert(b, kv, 12)  # 3 new blocks: the least recently used of a's chain go, leaves first
    assert cache.stats.bytes <= cache.budget_bytes and cache.match(b)[0] == 12
    assert cache.match(a)[0] == 8  # a's root blocks stayed, its tail went
    assert PrefixCache(budget_bytes=0).insert(a, kv, 20) == 0


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_reasoning_splitter_matches_split_reasoning(size):
    from userlm.core.turn import format_turn, split_reasoning
    from userlm.serving.stream_split import ReasoningSplitter

    for text in [
        format_turn("Agent: asks for my order.\nAction: answer", "It's #W123, thanks.", None),
        "No rationale here, just a reply.",
    ]:
        split, reasoning, content = ReasoningSplitter(), "", ""
        for i in range(0, len(text), size):
            r, c = split.feed(text[i : i + size])
            reasoning, content = reasoning + r, content + c
        r, c = split.flush()
        want_r, want_c = split_reasoning(text)
        assert (reasoning + r).strip() == (want_r or "").strip() and (content + c).strip() == want_c.strip()


def test_kv_budget_bounds_the_running_sequences(lively):
    """With room in the KV budget for one sequence, two requests run one after the other, both complete,
    and the outputs are those of running alone."""
    ids = prompts(lively, 2)
    params = SamplingParams(max_tokens=6, temperature=0)
    peak = []

    async def body(engine):
        alone = [(await engine.generate(i, params))[0].text for i in ids]
        orig = engine._plan

        def watched():
            peak.append(len(engine._running))
            return orig()

        engine._plan = watched
        both = await asyncio.gather(*(engine.generate(i, params) for i in ids))
        return alone, [b[0].text for b in both]

    one = (max(len(i) for i in ids) + params.max_tokens) * _token_bytes(lively)
    alone, both = run(lively, body, kv_budget_mb=one * 1.5 / 2**20)
    assert both == alone
    assert max(peak) == 1


def _token_bytes(backend) -> int:
    from userlm.serving.ragged import bytes_per_token

    return bytes_per_token(backend.model)
