"""Server-sent events of a streamed chat completion, in vLLM's shape.

Events: the role, then ``delta.reasoning`` (the rationale) and ``delta.content`` (the reply), then a final
event per choice with ``finish_reason``, ``stop_reason``, ``conversation_ended`` (and ``state`` in simulator
mode), a usage event when ``stream_options.include_usage`` is set, and ``data: [DONE]``. An error after the
headers went out is sent as ``data: {"error": ...}``, and the stream still ends in ``[DONE]``.

An engine with a per-token stream (the continuous-batching CPU engine) sends deltas as tokens are made;
``ReasoningSplitter`` routes them to ``reasoning`` or ``content`` as the ``<think>`` tags go by. Engines
that return whole completions (the micro-batcher, vLLM here) send the same events once the turn is done.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator

from userlm.core.backends.base import Completion
from userlm.serving.completions import Prepared, ServerContext, make_choice
from userlm.serving.errors import APIError

log = logging.getLogger("userlm.serving")


def _sse(obj: dict | str) -> str:
    return f"data: {obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)}\n\n"


def _pieces(text: str, size: int = 24) -> list[str]:
    """Content deltas cut after whitespace, about ``size`` characters each; they join back to ``text``."""
    out, cur = [], ""
    for word in re.findall(r"\S+\s*|\s+", text):
        cur += word
        if len(cur) >= size:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def _final(prepared: Prepared, index: int, completion: Completion) -> dict:
    c = make_choice(prepared, index, completion)
    final = {"index": c.index, "delta": {}, "finish_reason": c.finish_reason, "stop_reason": c.stop_reason}
    final["conversation_ended"] = c.conversation_ended
    if c.state is not None:
        final["state"] = c.state
    return final


async def _token_events(ctx: ServerContext, prepared: Prepared, item, out: list) -> AsyncIterator[list[dict]]:
    """Choices' deltas as the engine makes tokens; fills ``out`` with the completions."""
    from userlm.serving.stream_split import ReasoningSplitter

    out.extend([None] * prepared.n)
    splitters: dict[int, ReasoningSplitter] = {}
    for i in range(prepared.n):
        yield [{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
    async for event in ctx.engine.stream(item):
        split = splitters.setdefault(event.index, ReasoningSplitter())
        reasoning, content = split.feed(event.text)
        if event.completion is not None:
            r, c = split.flush()
            reasoning, content = reasoning + r, content + c
        delta = {"reasoning": reasoning} if reasoning and prepared.include_reasoning else {}
        if content:
            delta["content"] = content
        if delta:
            yield [{"index": event.index, "delta": delta, "finish_reason": None}]
        if event.completion is not None:
            out[event.index] = event.completion
            yield [_final(prepared, event.index, event.completion)]


async def _whole_events(ctx: ServerContext, prepared: Prepared, item, out: list) -> AsyncIterator[list[dict]]:
    """The same events from an engine that returns whole completions."""
    completions = await ctx.engine.result(item)
    out.extend(completions)
    for i, completion in enumerate(completions):
        c = make_choice(prepared, i, completion)
        yield [{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
        if c.message.reasoning:
            yield [{"index": i, "delta": {"reasoning": c.message.reasoning}, "finish_reason": None}]
        for piece in _pieces(c.message.content):
            yield [{"index": i, "delta": {"content": piece}, "finish_reason": None}]
        yield [_final(prepared, i, completion)]


async def stream_chunks(
    ctx: ServerContext, prepared: Prepared, item, rid: str, include_usage: bool
) -> AsyncIterator[str]:
    """The SSE body of a streamed completion (see the module docstring)."""
    base = {"id": f"chatcmpl-{rid}", "object": "chat.completion.chunk", "model": ctx.config.model_id}
    base["created"] = int(time.time())
    completions: list[Completion] = []
    events = _token_events if hasattr(ctx.engine, "stream") else _whole_events
    try:
        async for choices in events(ctx, prepared, item, completions):
            yield _sse({**base, "choices": choices})
        if include_usage:
            prompt = completions[0].prompt_tokens if completions else len(prepared.ids)
            generated = sum(c.completion_tokens for c in completions if c is not None)
            usage = {"prompt_tokens": prompt, "completion_tokens": generated, "total_tokens": prompt + generated}
            yield _sse({**base, "choices": [], "usage": usage})
    except asyncio.CancelledError:
        raise  # the client went away; the engine already freed the slot
    except APIError as e:
        yield _sse(e.body())
    except Exception:
        log.exception("stream %s failed", rid)
        yield _sse(APIError(500, f"internal server error (request id {rid})", type="server_error").body())
    yield _sse("[DONE]")
