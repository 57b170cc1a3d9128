"""The FastAPI app: an OpenAI-compatible simulator endpoint with batching, sessions, auth and limits.

    from userlm.serving.app import create_app
    app = create_app(ServeConfig(model="smollm2-135m"))      # then: uvicorn.run(app)

Routes: POST /v1/chat/completions, GET /v1/models, GET /health, and the session routes of
``userlm.serving.sessions``. ``create_app`` takes a ready backend (tests pass the tiny model) or builds
one from the config: vLLM's async engine on a GPU when installed, else transformers + the micro-batcher.

``/openapi.json`` documents every status a route answers (``responses=`` per kind of route, from
``userlm.serving.openapi``; errors as ``ErrorResponse``) and no 422, which this server never answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import Body, FastAPI, Request
from fastapi.responses import StreamingResponse

from userlm.core.profile import UserProfile
from userlm.serving.batcher import MicroBatcher
from userlm.serving.completions import ServerContext, make_completion, prepare, redraw_repeats, submit
from userlm.serving.config import ServeConfig
from userlm.serving.errors import APIError, ServingMiddleware, install_error_handlers
from userlm.serving.openapi import (
    AUTH_ERRORS,
    BODY_ERRORS,
    GENERATION_ERRORS,
    NOT_FOUND,
    SESSION_CONFLICT,
    STREAM_RESPONSE,
    document,
    examples,
)
from userlm.serving.schemas import (
    ChatCompletion,
    ChatCompletionRequest,
    HealthStatus,
    ModelCard,
    ModelList,
    SessionCreate,
    SessionDeleted,
    SessionInfo,
    SessionTurn,
    SessionTurnRequest,
)
from userlm.serving.sessions import SessionStore, create_session, session_turn
from userlm.serving.streaming import stream_chunks

log = logging.getLogger("userlm.serving")
DISCONNECT_POLL_S = 0.2


def build_engine(config: ServeConfig, backend=None, batching: str = "continuous"):
    """An engine (``submit``/``result``/``encode_chat``/``check_length``/``max_context``) for the server.

    A transformers model (``config.model``, or a ``TransformersBackend`` passed in) is served by the
    continuous-batching engine with prefix reuse (``userlm.serving.engine``) unless ``batching="micro"``;
    any other backend object (test doubles with ``generate_ids`` only) goes through the micro-batcher.
    """
    if backend is not None and hasattr(backend, "submit"):
        return backend  # already an engine (a VLLMEngine, or a batcher set up by the caller)
    if backend is None:
        use_vllm = config.engine == "vllm"
        if config.engine == "auto":
            from userlm.serving.vllm_engine import vllm_available

            use_vllm = vllm_available()
        if use_vllm:
            from userlm.serving.vllm_engine import VLLMEngine

            return VLLMEngine(config)
        from userlm.core.backends.hf import TransformersBackend

        backend = TransformersBackend(
            model_name=config.model, threads=config.threads, max_batch_size=config.max_batch_size
        )
    batching = getattr(config, "batching", None) or batching
    if batching == "continuous" and hasattr(backend, "model") and hasattr(backend, "tokenizer"):
        from userlm.serving.engine import ContinuousEngine

        return ContinuousEngine(
            backend,
            max_seqs=config.max_batch_size,
            max_queue=config.max_queue,
            max_step_tokens=getattr(config, "max_step_tokens", 512),
            prefix_cache_mb=getattr(config, "prefix_cache_mb", 256.0),
            kv_budget_mb=getattr(config, "kv_budget_mb", 0.0),
        )
    return MicroBatcher(
        backend,
        max_batch_size=config.max_batch_size,
        max_wait_ms=config.max_wait_ms,
        max_queue=config.max_queue,
    )


def _load_profiles(config: ServeConfig, profiles) -> dict[str, UserProfile]:
    if profiles is None:
        from userlm.core.profile_store import examples_path, load_profiles

        profiles = load_profiles(config.profiles or examples_path())
    if isinstance(profiles, dict):
        return dict(profiles)
    return {p.id: p for p in profiles}


async def _unless_disconnected(request: Request, coro):
    """Await ``coro``; if the client hangs up first, cancel it (freeing its queue slot) and stop."""
    task = asyncio.ensure_future(coro)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=DISCONNECT_POLL_S)
            if done:
                return task.result()
            if await request.is_disconnected():
                log.info("client of %s disconnected; request cancelled", request.state.request_id)
                raise APIError(499, "client closed request", code="client_closed_request")
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def create_app(config: ServeConfig | None = None, backend=None, profiles=None) -> FastAPI:
    """The server app. ``backend``: a TransformersBackend (batched here), an engine, or None to load ``config.model``."""
    config = config or ServeConfig()
    if config.template is None:  # the template the model was trained on (the shipped simulator's: compact_offers)
        from userlm.core.simulator import template_for

        config.template = template_for(config.model)
    ctx = ServerContext(config, build_engine(config, backend), _load_profiles(config, profiles))
    store = SessionStore(config.max_sessions, config.session_ttl_s)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        await ctx.engine.start()
        try:
            yield
        finally:
            await ctx.engine.stop()

    app = FastAPI(title="userlm simulator server", version="1", lifespan=lifespan)
    app.state.ctx, app.state.sessions = ctx, store
    install_error_handlers(app)
    app.add_middleware(ServingMiddleware, api_key=config.api_key, max_body_bytes=config.max_body_bytes)
    document(app, api_key=bool(config.api_key))
    auth = AUTH_ERRORS if config.api_key else {}
    generation = {**auth, **BODY_ERRORS, **NOT_FOUND, **GENERATION_ERRORS}
    by_id = {**auth, **NOT_FOUND}
    chat_examples, session_examples = examples(config.model_id, next(iter(ctx.profiles), None))
    turn_example = {
        "summary": "The agent's next message",
        "value": {"content": "Could I have your order number?"},
    }
    chat_body = Body(openapi_examples=chat_examples)
    session_body = Body(openapi_examples=session_examples or None)
    turn_body = Body(openapi_examples={"turn": turn_example})

    @app.get("/health", response_model=HealthStatus)
    async def health() -> HealthStatus:
        stats = getattr(ctx.engine, "stats", None)
        return HealthStatus(
            model=config.model_id,
            engine=getattr(ctx.engine, "name", "?"),
            queued=ctx.engine.queued,
            sessions=len(store),
            batcher=stats.as_dict() if stats is not None else None,
        )

    @app.get("/v1/models", response_model=ModelList, responses=auth)
    async def models() -> ModelList:
        return ModelList(data=[ModelCard(id=config.model_id)])

    @app.post(
        "/v1/chat/completions",
        response_model=ChatCompletion,
        response_model_exclude_none=True,
        responses={**STREAM_RESPONSE, **generation},
    )
    async def chat_completions(request: Request, body: ChatCompletionRequest = chat_body):
        rid = request.state.request_id
        prepared = await prepare(ctx, body)
        item = submit(ctx, prepared, rid)
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(
                stream_chunks(ctx, prepared, item, rid, include_usage),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        completions = await _unless_disconnected(request, ctx.engine.result(item))
        completions = await _unless_disconnected(request, redraw_repeats(ctx, prepared, completions, rid))
        return make_completion(ctx, prepared, completions, rid)

    @app.post("/v1/sessions", response_model=SessionTurn, responses=generation)
    async def new_session(request: Request, body: SessionCreate = session_body) -> SessionTurn:
        return await create_session(ctx, store, body, request.state.request_id)

    @app.post(
        "/v1/sessions/{session_id}/turns",
        response_model=SessionTurn,
        responses={**generation, **SESSION_CONFLICT},
    )
    async def new_turn(
        session_id: str,
        request: Request,
        body: SessionTurnRequest = turn_body,
    ) -> SessionTurn:
        return await session_turn(ctx, store, session_id, body.content, request.state.request_id)

    @app.get("/v1/sessions/{session_id}", response_model=SessionInfo, responses=by_id)
    async def get_session(session_id: str) -> SessionInfo:
        return store.get(session_id).info(config.model_id)

    @app.delete("/v1/sessions/{session_id}", response_model=SessionDeleted, responses=by_id)
    async def delete_session(session_id: str) -> SessionDeleted:
        store.delete(session_id)
        return SessionDeleted(id=session_id)

    return app
