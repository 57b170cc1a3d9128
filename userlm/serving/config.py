"""Server settings: a TRL-style dataclass loaded from ``serving/server.yaml`` plus ``--key value`` overrides.

    from userlm.serving.config import load_serve_config
    cfg = load_serve_config("serving/server.yaml", ["--port", "9000"])

``userlm serve --help`` lists every field with its help string (see ``userlm.core.config.config_help``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from userlm.core.config import load_config
from userlm.core.io import DataError

PROMPT_TEMPLATES = ("simulator_system", "simulator_compact")


@dataclass
class ServeConfig:
    """Everything the server reads at start-up. Defaults suit one CPU host; the YAML documents each field."""

    model: str = field(
        default="smollm2-135m", metadata={"help": "Simulator model: embedded name, folder or hub id."}
    )
    served_model_name: str | None = field(
        default=None, metadata={"help": "Model id clients send and /v1/models lists (default: --model)."}
    )
    profiles: str | None = field(
        default=None,
        metadata={
            "help": "Profile file (JSONL/JSON/YAML) whose ids requests may name (default: bundled examples)."
        },
    )
    template: str = field(
        default="simulator_system",
        metadata={
            "help": "Prompt template profiles are rendered with in simulator mode and sessions: "
            "simulator_system (full) or simulator_compact (what small trained models saw in training)."
        },
    )
    host: str = field(default="127.0.0.1", metadata={"help": "Interface to bind (0.0.0.0 to listen on all)."})
    port: int = field(default=8000, metadata={"help": "Port to listen on."})
    api_key: str | None = field(
        default=None,
        metadata={"help": "Bearer key required on /v1/* (default: $USERLM_API_KEY; none = open server)."},
    )
    engine: str = field(
        default="auto",
        metadata={"help": "auto (vLLM on a GPU when installed, else transformers), transformers or vllm."},
    )
    threads: int | None = field(default=None, metadata={"help": "CPU threads for torch (default: torch's)."})
    max_batch_size: int = field(default=32, metadata={"help": "Most sequences in one shared generate call."})
    max_wait_ms: float = field(
        default=10.0,
        metadata={"help": "How long the batcher waits for more requests before it starts a batch."},
    )
    max_queue: int = field(
        default=256, metadata={"help": "Requests waiting for a batch; beyond this the server answers 429."}
    )
    retry_after_s: int = field(default=1, metadata={"help": "Retry-After seconds sent with a 429."})
    max_tokens_cap: int = field(default=1024, metadata={"help": "Largest max_tokens a request may ask for."})
    default_max_tokens: int = field(default=256, metadata={"help": "max_tokens when a request gives none."})
    default_temperature: float = field(
        default=0.7,
        metadata={"help": "Temperature when a request gives none (the simulator's usual setting)."},
    )
    max_n: int = field(default=4, metadata={"help": "Largest n (choices per request)."})
    max_body_bytes: int = field(default=1_000_000, metadata={"help": "Largest request body; beyond it 413."})
    include_reasoning: bool = field(
        default=True,
        metadata={"help": "Return the rationale in message.reasoning unless a request says not to."},
    )
    max_sessions: int = field(
        default=1024, metadata={"help": "Open sessions kept; the least recently used goes."}
    )
    session_ttl_s: float = field(
        default=3600.0, metadata={"help": "Idle seconds after which a session expires."}
    )
    log_level: str = field(default="info", metadata={"help": "Log level of the access log and uvicorn."})

    def __post_init__(self):
        if self.api_key is None:
            self.api_key = os.environ.get("USERLM_API_KEY") or None
        checks = {
            "max_batch_size": self.max_batch_size >= 1,
            "max_queue": self.max_queue >= 1,
            "max_tokens_cap": self.max_tokens_cap >= 1,
            "default_max_tokens": 1 <= self.default_max_tokens <= self.max_tokens_cap,
            "max_n": self.max_n >= 1,
            "max_wait_ms": self.max_wait_ms >= 0,
            "max_body_bytes": self.max_body_bytes >= 1024,
            "engine": self.engine in ("auto", "transformers", "vllm"),
            "port": 0 <= self.port < 65536,
            "template": self.template in PROMPT_TEMPLATES,
        }
        for name, ok in checks.items():
            if not ok:
                raise DataError(f"invalid value {getattr(self, name)!r}", "server config", None, name)

    @property
    def model_id(self) -> str:
        return self.served_model_name or self.model


def load_serve_config(
    path: str | os.PathLike | None = None, overrides: list[str] | None = None
) -> ServeConfig:
    """Defaults < YAML at ``path`` < overrides; errors name the file, line and field."""
    return load_config(ServeConfig, path, overrides)
