"""Chat completions in both modes: turn a request into a prompt, run it, and shape the answer like OpenAI.

Simulator mode (``profile_id`` or ``profile`` in the body): the messages are the agent's side of the
conversation; they are flipped and put under the profile's system prompt (``simulator_chat``), and the
output is parsed with ``parse_turn`` into rationale, reply, stop token and state values.
Plain mode (no profile): the messages go to the model as they are (tau2-bench / UserRL send a system
message that already describes the user); the rationale is split off with ``split_reasoning``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from userlm.core.backends.base import Completion, PromptTooLongError, SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.simulator import simulator_chat
from userlm.core.state import SimulatorState
from userlm.core.turn import parse_turn, split_reasoning
from userlm.serving.batcher import QueueFullError
from userlm.serving.config import ServeConfig
from userlm.serving.errors import APIError
from userlm.serving.schemas import ChatCompletion, ChatCompletionRequest, Choice, ResponseMessage, Usage

log = logging.getLogger("userlm.serving")


@dataclass
class ServerContext:
    config: ServeConfig
    engine: object  # MicroBatcher or VLLMEngine: encode_chat, check_length, max_context, submit, result
    profiles: dict[str, UserProfile] = field(default_factory=dict)


@dataclass
class Prepared:
    profile: UserProfile | None
    ids: list[int]
    params: SamplingParams
    n: int
    include_reasoning: bool


def check_model(ctx: ServerContext, model: str | None) -> None:
    if model is not None and model != ctx.config.model_id:
        raise APIError(404, f"the model {model!r} does not exist", param="model", code="model_not_found")


def resolve_profile(
    ctx: ServerContext, profile_id: str | None, profile: UserProfile | None
) -> UserProfile | None:
    if profile_id is not None and profile is not None:
        raise APIError(400, "give profile_id or profile, not both", param="profile")
    if profile_id is not None:
        if profile_id not in ctx.profiles:
            raise APIError(
                404,
                f"no profile with id {profile_id!r} is loaded",
                param="profile_id",
                code="profile_not_found",
            )
        return ctx.profiles[profile_id]
    return profile


def sampling(ctx: ServerContext, n_prompt: int, max_tokens, temperature, top_p, stop, seed) -> SamplingParams:
    """Sampling settings with the server's caps; raises 400 when the prompt leaves no room."""
    cfg = ctx.config
    if max_tokens is not None and max_tokens > cfg.max_tokens_cap:
        raise APIError(
            400,
            f"max_tokens={max_tokens} is above this server's cap of {cfg.max_tokens_cap}",
            param="max_tokens",
        )
    if max_tokens is None:
        max_tokens = max(1, min(cfg.default_max_tokens, ctx.engine.max_context - n_prompt))
    try:
        ctx.engine.check_length(n_prompt, max_tokens)
    except PromptTooLongError as e:
        raise APIError(400, str(e), param="messages", code="context_length_exceeded") from None
    return SamplingParams(
        max_tokens=max_tokens,
        temperature=cfg.default_temperature if temperature is None else temperature,
        top_p=1.0 if top_p is None else top_p,
        stop=list(stop or []),
        seed=seed,
    )


async def encode(ctx: ServerContext, chat: list[dict]) -> list[int]:
    # Chat templating and tokenising run off the event loop: a long prompt must not stall other clients.
    return await run_in_threadpool(ctx.engine.encode_chat, chat)


async def prepare(ctx: ServerContext, req: ChatCompletionRequest) -> Prepared:
    check_model(ctx, req.model)
    if req.n > ctx.config.max_n:
        raise APIError(400, f"n={req.n} is above this server's cap of {ctx.config.max_n}", param="n")
    profile = resolve_profile(ctx, req.profile_id, req.profile)
    messages = [
        {"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in req.messages
    ]
    if profile is not None:
        try:
            chat = simulator_chat(profile, messages, template=ctx.config.template)
        except ValueError as e:  # e.g. a tool message, which has no place in the user's view
            raise APIError(400, f"simulator mode: {e}", param="messages") from None
    else:
        chat = messages
    ids = await encode(ctx, chat)
    max_tokens = req.max_completion_tokens or req.max_tokens
    params = sampling(ctx, len(ids), max_tokens, req.temperature, req.top_p, req.stop, req.seed)
    include = ctx.config.include_reasoning if req.include_reasoning is None else req.include_reasoning
    return Prepared(profile, ids, params, req.n, include)


def submit(ctx: ServerContext, prepared: Prepared, request_id: str | None = None):
    """Enqueue now; 429 with Retry-After when the queue is full."""
    try:
        return ctx.engine.submit(prepared.ids, prepared.params, prepared.n, request_id)
    except QueueFullError:
        raise APIError(
            429,
            "the server is busy: too many requests waiting; retry later",
            type="rate_limit_error",
            code="queue_full",
            headers={"Retry-After": str(ctx.config.retry_after_s)},
        ) from None


def make_choice(prepared: Prepared, index: int, completion: Completion) -> Choice:
    if completion.error:
        raise APIError(500, f"generation failed: {completion.error}", type="server_error")
    parsed = parse_turn(completion.text)
    rationale, content = split_reasoning(completion.text)
    state, errors = None, None
    if prepared.profile is not None:
        sim_state = SimulatorState.from_values(prepared.profile.goal.initial_state)
        sim_state.apply(parsed)
        state, errors = dict(sim_state.values), list(parsed.errors) or None
    return Choice(
        index=index,
        message=ResponseMessage(content=content, reasoning=rationale if prepared.include_reasoning else None),
        finish_reason=completion.finish_reason if completion.finish_reason in ("stop", "length") else "stop",
        stop_reason=parsed.stop or completion.stop_reason,
        conversation_ended=parsed.stop is not None,
        state=state,
        format_errors=errors,
    )


def make_completion(
    ctx: ServerContext, prepared: Prepared, completions: list[Completion], rid: str
) -> ChatCompletion:
    choices = [make_choice(prepared, i, c) for i, c in enumerate(completions)]
    prompt = completions[0].prompt_tokens if completions else len(prepared.ids)
    generated = sum(c.completion_tokens for c in completions)
    return ChatCompletion(
        id=f"chatcmpl-{rid}",
        model=ctx.config.model_id,
        choices=choices,
        usage=Usage(prompt_tokens=prompt, completion_tokens=generated, total_tokens=prompt + generated),
    )


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


async def stream_chunks(
    ctx: ServerContext, prepared: Prepared, item, rid: str, include_usage: bool
) -> AsyncIterator[str]:
    """SSE events: role, reasoning, content pieces, finish (with stop_reason), usage, ``[DONE]``.

    The batcher returns whole completions, so the deltas follow once the batch is done; the headers go
    out at once. An error after that is sent as ``data: {"error": ...}`` and the stream still ends in [DONE].
    """
    base = {"id": f"chatcmpl-{rid}", "object": "chat.completion.chunk", "model": ctx.config.model_id}
    base["created"] = int(time.time())

    def chunk(choices: list[dict], **extra) -> str:
        return _sse({**base, "choices": choices, **extra})

    try:
        completions = await ctx.engine.result(item)
        choices = [make_choice(prepared, i, c) for i, c in enumerate(completions)]
        for c in choices:
            yield chunk(
                [{"index": c.index, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
            )
            if c.message.reasoning:
                yield chunk(
                    [{"index": c.index, "delta": {"reasoning": c.message.reasoning}, "finish_reason": None}]
                )
            for piece in _pieces(c.message.content):
                yield chunk([{"index": c.index, "delta": {"content": piece}, "finish_reason": None}])
            final = {
                "index": c.index,
                "delta": {},
                "finish_reason": c.finish_reason,
                "stop_reason": c.stop_reason,
            }
            final["conversation_ended"] = c.conversation_ended
            if c.state is not None:
                final["state"] = c.state
            yield chunk([final])
        if include_usage:
            prompt = completions[0].prompt_tokens if completions else len(prepared.ids)
            generated = sum(c.completion_tokens for c in completions)
            usage = {
                "prompt_tokens": prompt,
                "completion_tokens": generated,
                "total_tokens": prompt + generated,
            }
            yield chunk([], usage=usage)
    except asyncio.CancelledError:
        raise  # the client went away; the batcher already freed the slot
    except APIError as e:
        yield _sse(e.body())
    except Exception:
        log.exception("stream %s failed", rid)
        yield _sse(APIError(500, f"internal server error (request id {rid})", type="server_error").body())
    yield _sse("[DONE]")
