"""A backend wrapper that answers repeated requests from a JSONL cache, so a rerun after a crash only calls
what is missing (``userlm synth`` in teacher mode and with an agent endpoint).

    backend = CachedBackend(OpenAIBackend("qwen3-32b", url), "runs/synth/teacher_cache.jsonl")
    outs = backend.generate(chats, params)   # cached answers for known (model, chat, params) requests
    backend.save()                           # atomic write of every answer so far

Failed calls are never cached: a rerun asks again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from userlm.core.backends.base import Completion, GenerationBackend, SamplingParams


class CachedBackend:
    """``generate`` with a cache keyed by model, chat and sampling settings; counts calls and hits."""

    def __init__(self, backend: GenerationBackend, path: str | Path):
        from userlm.core.io import iter_jsonl

        self.backend, self.path = backend, Path(path)
        self.model = getattr(backend, "model_name", type(backend).__name__)
        self.name = f"cached:{self.model}"
        rows = iter_jsonl(self.path) if self.path.exists() else []
        self.cache: dict[str, str] = {r["key"]: r["text"] for _, r in rows}
        self.calls = self.hits = 0

    def key(self, chat: list[dict], params: SamplingParams) -> str:
        blob = json.dumps([self.model, chat, asdict(params)], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        keys = [self.key(chat, params) for chat in chats]
        missing = [i for i, k in enumerate(keys) if k not in self.cache]
        fresh = dict(
            zip(missing, self.backend.generate([chats[i] for i in missing], params) if missing else [])
        )
        self.calls += len(missing)
        self.hits += len(keys) - len(missing)
        out = []
        for i, k in enumerate(keys):
            if i in fresh:
                if not fresh[i].error:
                    self.cache[k] = fresh[i].text
                out.append(fresh[i])
            else:
                out.append(Completion(self.cache[k]))
        return out

    def save(self) -> None:
        from userlm.core.io import write_jsonl

        write_jsonl(self.path, ({"key": k, "text": v} for k, v in self.cache.items()))
