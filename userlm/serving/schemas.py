"""Request and response models of the server, in OpenAI's chat-completions shape.

Extra body fields (sent with the ``openai`` client as ``extra_body={...}``):
``profile_id`` or ``profile`` (simulator mode), ``include_reasoning`` (rationale on/off), ``grammar``
(``false``: free generation instead of the turn grammar the server applies by default to simulator turns).
Unknown OpenAI fields (``tools``, ``logprobs``, ...) are accepted and ignored, as vLLM does, so agent
harnesses work unchanged.

``ErrorResponse`` is the body of every error (OpenAI's shape); ``ChatCompletionChunk`` documents the events
of a streamed completion (``userlm.serving.streaming.stream_chunks`` writes them) in the OpenAPI spec.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from userlm.core.profile import UserProfile


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None

    def text(self) -> str:
        """Content as one string; OpenAI content parts of type text are joined."""
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", None))
        return self.content or ""

    def reasoning_field(self) -> dict[str, str]:
        """``{"reasoning_content": ...}`` when the message sends back a simulator turn's rationale (as this
        server returned it: ``reasoning``, or vLLM's older ``reasoning_content``), so that simulator mode
        carries the state values it stated; else ``{}``."""
        extra = self.model_extra or {}
        value = extra.get("reasoning_content") or extra.get("reasoning")
        return {"reasoning_content": value} if isinstance(value, str) and value else {}


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = Field(default=1, ge=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: str | None = None
    # userlm extensions
    profile_id: str | None = None
    profile: UserProfile | None = None
    include_reasoning: bool | None = None
    grammar: bool | None = Field(
        default=None,
        description="Constrain the turn to the turn grammar (default: the server's `grammar` setting; "
        "applies in simulator mode, and in plain mode when the model is a reasoning simulator).",
    )

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, v):
        if isinstance(v, str):
            return [v]
        if v is not None and len(v) > 4:
            raise ValueError("at most 4 stop sequences")
        return v


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ResponseMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    reasoning: str | None = None


class Choice(BaseModel):
    index: int
    message: ResponseMessage
    finish_reason: str
    stop_reason: str | None = None  # the stop token or stop string that ended the turn (vLLM's field)
    conversation_ended: bool = False  # the simulated user ended the conversation with a stop token
    state: dict[str, float] | None = None  # simulator mode: state values after this turn
    format_errors: list[str] | None = None  # simulator mode: what parse_turn found wrong, if anything


class ChatCompletion(BaseModel):
    id: str = Field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex}")
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[Choice]
    usage: Usage


class ChunkDelta(BaseModel):
    role: Literal["assistant"] | None = None
    content: str | None = None
    reasoning: str | None = None


class ChunkChoice(BaseModel):
    index: int
    delta: ChunkDelta
    finish_reason: str | None
    # the last chunk of a choice also carries these (see Choice)
    stop_reason: str | None = None
    conversation_ended: bool | None = None
    state: dict[str, float] | None = None


class ChatCompletionChunk(BaseModel):
    """One ``data:`` event of a streamed completion; with ``include_usage`` the last one has no choices."""

    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = Field(default_factory=lambda: int(time.time()))
    owned_by: str = "userlm"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class SessionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile_id: str | None = None
    profile: UserProfile | None = None
    model: str | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = None
    opening: str | None = Field(default=None, description="The agent's first message (default: a greeting).")
    grammar: bool | None = Field(
        default=None, description="Constrain every turn to the turn grammar (default: the server's setting)."
    )


class SessionTurnRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: str = Field(min_length=1, description="The agent's message.")


class SessionTurn(BaseModel):
    object: Literal["session.turn"] = "session.turn"
    session_id: str
    turn_index: int
    reply: str
    content: str  # reply with its stop token, as the agent sees it
    reasoning: str | None
    stop_reason: str | None
    done: bool
    state: dict[str, float]
    finish_reason: str
    format_errors: list[str]
    usage: Usage


class SessionInfo(BaseModel):
    object: Literal["session"] = "session"
    id: str
    profile_id: str
    model: str
    created: int
    turns: int
    done: bool
    state: dict[str, float]
    messages: list[dict[str, Any]]


class SessionDeleted(BaseModel):
    id: str
    object: Literal["session.deleted"] = "session.deleted"
    deleted: bool = True


class HealthStatus(BaseModel):
    status: Literal["ok"] = "ok"
    model: str
    engine: str
    queued: int
    sessions: int
    batcher: dict[str, Any] | None = Field(description="The micro-batcher's counters (None under vLLM).")


class ErrorDetail(BaseModel):
    message: str
    type: str = Field(
        description="invalid_request_error, not_found_error, rate_limit_error, server_error, ..."
    )
    param: str | None = Field(description="The request field at fault, if any.")
    code: str | None = Field(description="A machine-readable code (invalid_value, model_not_found, ...).")


class ErrorResponse(BaseModel):
    """Every error the server answers, in OpenAI's shape."""

    error: ErrorDetail
