"""Server settings: a pydantic model loaded from ``serving/server.yaml`` plus ``--key value`` overrides.

    from userlm.serving.config import load_serve_config
    cfg = load_serve_config("serving/server.yaml", ["--port", "9000"])

``userlm serve --help`` lists every field with its help string (see ``userlm.core.config.config_help``).
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import Field, field_validator, model_validator

from userlm.core.config import ConfigModel, load_config
from userlm.core.prompts import SIMULATOR_TEMPLATES


class ServeConfig(ConfigModel):
    """Everything the server reads at start-up. Defaults suit one CPU host; the YAML documents each field."""

    model: str = Field("smollm2-135m-userlm", description='Simulator model: a shipped simulator (the default, smollm2-135m-userlm), the embedded base (smollm2-135m), a folder or a hub id.')
    served_model_name: str | None = Field(None, description='Model id clients send and /v1/models lists (default: --model).')
    profiles: str | None = Field(None, description='Profile file (JSONL/JSON/YAML) whose ids requests may name (default: bundled examples).')
    template: Literal[SIMULATOR_TEMPLATES] | None = Field(None, description='Prompt template profiles are rendered with in simulator mode and sessions: simulator_system (full) or simulator_compact (what small trained models saw in training); a _state one shows the state values the simulator stated on its previous turn (sent back as the message\'s reasoning, or kept by a session). null: the one the model was trained on (its userlm.json), else the full one.')
    host: str = Field("127.0.0.1", description='Interface to bind (0.0.0.0 to listen on all).')
    port: int = Field(8000, ge=0, lt=65536, description='Port to listen on.')
    api_key: str | None = Field(None, description='Bearer key required on /v1/* (default: $USERLM_API_KEY; none = open server).')
    engine: Literal["auto", "transformers", "vllm"] = Field("auto", description='auto (vLLM on a GPU when installed, else transformers), transformers or vllm.')
    threads: int | None = Field(None, ge=1, description="CPU threads for torch (default: torch's).")
    max_batch_size: int = Field(32, ge=1, description='Most sequences in one shared generate call.')
    max_wait_ms: float = Field(10.0, ge=0, description='How long the batcher waits for more requests before it starts a batch.')
    max_queue: int = Field(256, ge=1, description='Requests waiting for a batch; beyond this the server answers 429.')
    retry_after_s: int = Field(1, ge=0, description='Retry-After seconds sent with a 429.')
    max_tokens_cap: int = Field(1024, ge=1, description='Largest max_tokens a request may ask for.')
    default_max_tokens: int = Field(256, ge=1, description='max_tokens when a request gives none.')
    default_temperature: float | None = Field(None, ge=0, description="Temperature when a request gives none. null: the one the model recommends (sampling.temperature in its userlm.json; the shipped simulator's card says why), else 0.7.")
    max_n: int = Field(4, ge=1, description='Largest n (choices per request).')
    max_body_bytes: int = Field(1_000_000, ge=1024, description='Largest request body; beyond it 413.')
    redraw_repeats: int = Field(3, ge=0, description="Draw a reply that repeats one of the simulator's earlier replies in the chat again (same sampling, a new seed), up to this many times (userlm.core.repeats); 0: never. Streamed and greedy answers are not redrawn.")
    include_reasoning: bool = Field(True, description='Return the rationale in message.reasoning unless a request says not to.')
    grammar: bool = Field(True, description='Constrain simulator turns to the turn grammar (simulator mode, sessions, and plain mode for a reasoning simulator); a request may send grammar: false. --no-grammar turns it off.')
    reasoning_simulator: bool | None = Field(None, description="Whether the model is a reasoning user simulator: plain-mode requests then get the turn grammar, the rationale in message.reasoning and the reply in content. null: read the model folder's userlm.json (written by userlm train).")
    max_sessions: int = Field(1024, ge=1, description='Open sessions kept; the least recently used goes.')
    session_ttl_s: float = Field(3600.0, gt=0, description='Idle seconds after which a session expires.')
    batching: Literal["continuous", "micro"] = Field("continuous", description="CPU engine: continuous batching with prefix reuse (requests join at the next step), or the older micro-batcher.")
    prefix_cache_mb: float = Field(128.0, ge=0, description="Budget of the KV prefix cache in MB (LRU; 0 turns reuse off).")
    kv_budget_mb: float = Field(512.0, ge=0, description="CPU engine: most MB of KV the running sequences' buffers may hold (each is prompt + max_tokens long); a request past it waits for one to finish. 0: only max_batch_size bounds them.")
    max_step_tokens: int = Field(512, ge=1, description="Most tokens in one engine step (decoding tokens plus prompt chunks).")
    log_level: str = Field("info", description='Log level of the access log and uvicorn.')

    @field_validator("api_key", mode="after")
    @classmethod
    def _key_from_environment(cls, key: str | None) -> str | None:
        return key or os.environ.get("USERLM_API_KEY") or None

    @model_validator(mode="after")
    def _defaults_within_caps(self) -> ServeConfig:
        if self.default_max_tokens > self.max_tokens_cap:
            raise ValueError(
                f"default_max_tokens ({self.default_max_tokens}) is above max_tokens_cap ({self.max_tokens_cap})"
            )
        return self

    @property
    def model_id(self) -> str:
        return self.served_model_name or self.model


def load_serve_config(
    path: str | os.PathLike | None = None, overrides: list[str] | None = None
) -> ServeConfig:
    """Defaults < YAML at ``path`` < overrides; errors name the file, line and field."""
    return load_config(ServeConfig, path, overrides)
