"""Token streaming: an engine's per-token events become reasoning and content deltas as they come."""

from __future__ import annotations

import asyncio
import json

from userlm.core.backends.base import Completion, SamplingParams
from userlm.core.turn import STOP, format_turn
from userlm.serving.completions import Prepared, ServerContext
from userlm.serving.config import ServeConfig
from userlm.serving.engine_requests import TokenEvent
from userlm.serving.streaming import stream_chunks

RATIONALE = "Agent: asks.\nTrap: none\nConcerns: price.\nState: trust=0.5 emotion=0.5 patience=0.5 participation=0.5\nAction: answer\nPlan: answer.\nTone: calm."  # fmt: skip
TURN = format_turn(RATIONALE, "It's $20k out the door.", STOP)


class TokenEngine:
    """Streams ``TURN`` a few characters at a time, cutting across the <think> tags."""

    def __init__(self, size: int = 5):
        self.size = size

    async def stream(self, item):
        pieces = [TURN[i : i + self.size] for i in range(0, len(TURN), self.size)]
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            done = Completion(TURN, prompt_tokens=10, completion_tokens=len(pieces)) if last else None
            yield TokenEvent(0, piece, finish_reason="stop" if last else None, completion=done)


def _events(engine, include_reasoning=True) -> list:
    ctx = ServerContext(ServeConfig(model="m"), engine)
    prepared = Prepared(None, list(range(10)), SamplingParams(max_tokens=64), 1, include_reasoning)

    async def collect():
        return [e async for e in stream_chunks(ctx, prepared, object(), "r1", include_usage=True)]

    raw = asyncio.run(collect())
    assert raw[-1] == "data: [DONE]\n\n"
    return [json.loads(e[len("data: ") :]) for e in raw[:-1]]


def test_token_deltas_split_rationale_and_reply():
    events = _events(TokenEngine())
    deltas = [c["delta"] for e in events for c in e["choices"]]
    reasoning = "".join(d.get("reasoning", "") for d in deltas)
    content = "".join(d.get("content", "") for d in deltas)
    assert reasoning.strip() == RATIONALE and content.strip() == f"It's $20k out the door. {STOP}"
    assert sum("reasoning" in d for d in deltas) > 10  # sent as made, not once at the end
    assert not any("<think>" in d.get("content", "") or "think>" in d.get("reasoning", "") for d in deltas)
    final = [c for e in events for c in e["choices"] if c.get("finish_reason")]
    assert final[0]["stop_reason"] == STOP and final[0]["conversation_ended"] is True
    assert events[-1]["usage"] == {"prompt_tokens": 10, "completion_tokens": len(TURN) // 5 + 1, "total_tokens": 10 + len(TURN) // 5 + 1}


def test_reasoning_can_be_left_out_of_the_stream():
    deltas = [c["delta"] for e in _events(TokenEngine(), include_reasoning=False) for c in e["choices"]]
    assert not any("reasoning" in d for d in deltas) and "".join(d.get("content", "") for d in deltas).strip()
