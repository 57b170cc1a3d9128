"""Server-side conversations: the server keeps the transcript and the state, the agent sends one message a turn.

    POST   /v1/sessions              {"profile_id": "car-buyer-01"}  -> the user's opening message
    POST   /v1/sessions/{id}/turns   {"content": "<agent message>"}  -> reply, reasoning, state, done
    GET    /v1/sessions/{id}                                         -> transcript and state
    DELETE /v1/sessions/{id}

Sessions live in memory, bounded by ``max_sessions`` (least recently used dropped) and ``session_ttl_s``.
Every turn is constrained to the turn grammar unless the server (``grammar: false``) or the session's
creation request (``"grammar": false``) turns it off.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

from userlm.core.backends.base import SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.repeats import own_replies
from userlm.core.simulator import AGENT_GREETING, simulator_chat
from userlm.core.state import SimulatorState
from userlm.core.turn import parse_turn, split_reasoning
from userlm.serving.completions import (
    Prepared,
    ServerContext,
    check_model,
    encode,
    redraw_repeats,
    resolve_profile,
    sampling,
    submit,
)
from userlm.serving.errors import APIError
from userlm.serving.schemas import SessionCreate, SessionInfo, SessionTurn, Usage


@dataclass
class Session:
    id: str
    profile: UserProfile
    request: SessionCreate
    state: SimulatorState
    messages: list[dict] = field(default_factory=list)  # agent-side: agent = assistant, user = user
    created: float = field(default_factory=time.time)
    last_used: float = field(default_factory=time.monotonic)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def info(self, model: str) -> SessionInfo:
        return SessionInfo(
            id=self.id,
            profile_id=self.profile.id,
            model=model,
            created=int(self.created),
            turns=sum(1 for m in self.messages if m["role"] == "user"),
            done=self.state.ended,
            state=dict(self.state.values),
            messages=self.messages,
        )


class SessionStore:
    def __init__(self, max_sessions: int, ttl_s: float):
        self.max_sessions, self.ttl_s = max_sessions, ttl_s
        self._sessions: OrderedDict[str, Session] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def _expire(self) -> None:
        now = time.monotonic()
        for sid in [s.id for s in self._sessions.values() if now - s.last_used > self.ttl_s]:
            del self._sessions[sid]
        while len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)

    def add(self, session: Session) -> None:
        self._sessions[session.id] = session
        self._expire()

    def get(self, sid: str) -> Session:
        self._expire()
        session = self._sessions.get(sid)
        if session is None:
            raise APIError(
                404, f"no session {sid!r} (it may have expired)", param="session_id", code="session_not_found"
            )
        session.last_used = time.monotonic()
        self._sessions.move_to_end(sid)
        return session

    def delete(self, sid: str) -> None:
        self.get(sid)
        del self._sessions[sid]


async def create_session(
    ctx: ServerContext, store: SessionStore, body: SessionCreate, rid: str
) -> SessionTurn:
    check_model(ctx, body.model)
    profile = resolve_profile(ctx, body.profile_id, body.profile)
    if profile is None:
        raise APIError(400, "a session needs profile_id or profile", param="profile_id")
    session = Session(
        id=f"sess-{uuid.uuid4().hex}",
        profile=profile,
        request=body,
        state=SimulatorState.from_values(profile.goal.initial_state),
    )
    turn = await _turn(ctx, session, body.opening or AGENT_GREETING, rid)
    store.add(session)  # only a session whose opening turn worked is kept
    return turn


async def session_turn(
    ctx: ServerContext, store: SessionStore, sid: str, content: str, rid: str
) -> SessionTurn:
    session = store.get(sid)
    if session.state.ended:
        raise APIError(
            409, "the simulated user has ended this conversation", param="session_id", code="session_ended"
        )
    if session.lock.locked():
        raise APIError(
            409, "a turn of this session is already running", param="session_id", code="turn_in_progress"
        )
    return await _turn(ctx, session, content, rid)


async def _turn(ctx: ServerContext, session: Session, agent_message: str, rid: str) -> SessionTurn:
    async with session.lock:
        messages = session.messages + [{"role": "assistant", "content": agent_message}]
        chat = simulator_chat(session.profile, messages, template=ctx.config.template)
        ids = await encode(ctx, chat)
        b = session.request
        grammar = ctx.grammar(b.grammar, simulator_mode=True)
        params: SamplingParams = sampling(
            ctx, len(ids), b.max_tokens, b.temperature, b.top_p, None, b.seed, grammar
        )
        prepared = Prepared(session.profile, ids, params, 1, True, own_replies(chat))
        completion = (await ctx.engine.result(submit(ctx, prepared, rid)))[0]
        completion = (await redraw_repeats(ctx, prepared, [completion], rid))[0]
        if completion.error:
            raise APIError(500, f"generation failed: {completion.error}", type="server_error")
        parsed = parse_turn(completion.text)
        rationale, content = split_reasoning(completion.text)
        session.state.apply(parsed)
        # Commit the exchange only once the reply exists, so a failed turn can simply be retried.
        session.messages = messages + [{"role": "user", "content": content, "reasoning_content": rationale}]
        return SessionTurn(
            session_id=session.id,
            turn_index=sum(1 for m in session.messages if m["role"] == "user") - 1,
            reply=parsed.reply,
            content=content,
            reasoning=rationale,
            stop_reason=parsed.stop,
            done=session.state.ended,
            state=dict(session.state.values),
            finish_reason=completion.finish_reason,
            format_errors=list(parsed.errors),
            usage=Usage(
                prompt_tokens=completion.prompt_tokens,
                completion_tokens=completion.completion_tokens,
                total_tokens=completion.prompt_tokens + completion.completion_tokens,
            ),
        )
