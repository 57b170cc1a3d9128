"""Chat completions in both modes: turn a request into a prompt, run it, and shape the answer like OpenAI.

Simulator mode (``profile_id`` or ``profile`` in the body): the messages are the agent's side of the
conversation; they are flipped and put under the profile's system prompt (``simulator_chat``), and the
output is parsed with ``parse_turn`` into rationale, reply, stop token and state values.
Plain mode (no profile): the messages go to the model as they are (tau2-bench / UserRL send a system
message that already describes the user); the rationale is split off with ``split_reasoning``. A model trained
with offer notes (an ``_offers`` template) gets them in plain mode too, read against the limit the scenario
states (``plain_chat``).

The turn grammar (``userlm.core.grammar``) constrains generation by default (``ServeConfig.grammar``; a
request's ``grammar: false`` turns it off): in simulator mode and sessions always, in plain mode when the
model is a reasoning simulator (``ServeConfig.reasoning_simulator``, else the model folder's ``userlm.json``
that ``userlm train`` writes; see ``userlm.core.models.is_reasoning_simulator``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from starlette.concurrency import run_in_threadpool

from userlm.core.backends.base import Completion, PromptTooLongError, SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.repeats import Redraws, own_replies, redraw_limit, redraw_params
from userlm.core.simulator import plain_chat, simulator_chat
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
    reasoning: bool | None = None  # is the model a reasoning simulator (decided once; see is_reasoning)
    temperature: float | None = None  # the default temperature (decided once; see default_temperature)

    def is_reasoning(self) -> bool:
        """The config's ``reasoning_simulator``, else what the model folder says (read once)."""
        if self.reasoning is None:
            from userlm.core.models import is_reasoning_simulator

            configured = self.config.reasoning_simulator
            self.reasoning = (
                configured if configured is not None else is_reasoning_simulator(self.config.model)
            )
        return self.reasoning

    def default_temperature(self) -> float:
        """The config's ``default_temperature``, else the one the model recommends (read once)."""
        if self.temperature is None:
            from userlm.core.models import default_temperature

            configured = self.config.default_temperature
            self.temperature = configured if configured is not None else default_temperature(self.config.model)
        return self.temperature

    def grammar(self, requested: bool | None, simulator_mode: bool):
        """The turn grammar for a request (``requested``: its ``grammar`` field), or None for free generation."""
        if requested is False or (requested is None and not self.config.grammar):
            return None
        # a request that asks for it gets it; by default plain mode gets it only for a reasoning simulator
        if requested is None and not (simulator_mode or self.is_reasoning()):
            return None
        from userlm.core.grammar import default_grammar

        return default_grammar()


@dataclass
class Prepared:
    profile: UserProfile | None
    ids: list[int]
    params: SamplingParams
    n: int
    include_reasoning: bool
    previous: list[str] = field(default_factory=list)  # the model's earlier replies in the chat (repeat check)


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


def sampling(
    ctx: ServerContext, n_prompt: int, max_tokens, temperature, top_p, stop, seed, grammar=None
) -> SamplingParams:
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
        temperature=ctx.default_temperature() if temperature is None else temperature,
        top_p=1.0 if top_p is None else top_p,
        stop=list(stop or []),
        seed=seed,
        grammar=grammar,
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
        {"role": "system" if m.role == "developer" else m.role, "content": m.text(), **m.reasoning_field()}
        for m in req.messages
    ]
    if profile is not None:
        try:
            chat = simulator_chat(profile, messages, template=ctx.config.template)
        except ValueError as e:  # e.g. a tool message, which has no place in the user's view
            raise APIError(400, f"simulator mode: {e}", param="messages") from None
    else:
        chat = plain_chat(messages, ctx.config.template)
    ids = await encode(ctx, chat)
    max_tokens = req.max_completion_tokens or req.max_tokens
    grammar = ctx.grammar(req.grammar, profile is not None)
    params = sampling(ctx, len(ids), max_tokens, req.temperature, req.top_p, req.stop, req.seed, grammar)
    include = ctx.config.include_reasoning if req.include_reasoning is None else req.include_reasoning
    return Prepared(profile, ids, params, req.n, include, own_replies(chat))


def grammar_processors(ctx: ServerContext, params: SamplingParams):
    """For an engine that samples row by row (``ContinuousEngine``): ``index -> [processor]``, a fresh
    turn-grammar logits processor per choice (the grammar compiled once per backend and budget); None when
    the request is free or the engine applies ``params.grammar`` itself (micro-batcher, vLLM)."""
    from userlm.serving.engine_requests import grammar_processors_for

    return grammar_processors_for(getattr(ctx.engine, "backend", None), params)


def submit(ctx: ServerContext, prepared: Prepared, request_id: str | None = None):
    """Enqueue now; 429 with Retry-After when the queue is full."""
    try:
        processors = grammar_processors(ctx, prepared.params)
        if processors is not None:
            return ctx.engine.submit(prepared.ids, prepared.params, prepared.n, request_id, processors)
        return ctx.engine.submit(prepared.ids, prepared.params, prepared.n, request_id)
    except QueueFullError:
        raise APIError(
            429,
            "the server is busy: too many requests waiting; retry later",
            type="rate_limit_error",
            code="queue_full",
            headers={"Retry-After": str(ctx.config.retry_after_s)},
        ) from None


async def redraw_repeats(ctx: ServerContext, prepared: Prepared, completions: list[Completion], rid: str | None):
    """The choices whose reply repeats one of the model's earlier replies, drawn again (same sampling, a new
    seed; one request for all of them, so each gets its own draw) up to ``config.redraw_repeats`` times; the
    first draw that does not repeat is kept, else the first one (``userlm.core.repeats``). Only whole answers
    can be taken back: streams are not."""
    limit = redraw_limit(prepared.params, ctx.config.redraw_repeats) if prepared.previous else 0
    rounds = Redraws(completions, [prepared.previous] * len(completions), limit)
    for attempt in rounds:
        again = replace(prepared, params=redraw_params(prepared.params, attempt), n=len(rounds.pending))
        rounds.take(await ctx.engine.result(submit(ctx, again, rid)))
    return rounds.kept


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
