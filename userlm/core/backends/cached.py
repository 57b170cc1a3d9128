"""A backend wrapper that answers repeated requests from a JSONL cache, so a rerun after a crash only calls
what is missing (``userlm synth`` in teacher mode and with an agent endpoint).

    backend = CachedBackend(OpenAIBackend("qwen3-32b", url), "runs/synth/teacher_cache.jsonl")
    outs = backend.generate(chats, params)   # cached answers for known (model, chat, params) requests
    backend.save()                           # atomic write of every answer so far

Failed calls are never cached: a rerun asks again. Identical requests in one batch (two conversations at the
same point) are separate samples, not one answer copied: the n-th copy is sampled with ``seed + n``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, replace
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
        self.cache: dict[str, dict] = {
            r["key"]: {"text": r["text"], "finish_reason": r.get("finish_reason", "stop")} for _, r in rows
        }
        self.calls = self.hits = 0

    def key(self, chat: list[dict], params: SamplingParams, copy: int = 0) -> str:
        settings = asdict(params)
        if settings.get("grammar") is None:  # keys of caches written before grammars existed stay valid
            settings.pop("grammar", None)
        blob = json.dumps([self.model, chat, settings] + ([copy] if copy else []), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        seen: dict[str, int] = {}
        copies = []
        for chat in chats:
            blob = json.dumps(chat, sort_keys=True)
            copies.append(seen.get(blob, 0))
            seen[blob] = copies[-1] + 1
        keys = [self.key(chat, params, n) for chat, n in zip(chats, copies)]
        fresh: dict[int, Completion] = {}
        for n in sorted(set(copies)):  # one backend batch per copy number, so batching is kept
            todo = [i for i, k in enumerate(keys) if copies[i] == n and k not in self.cache]
            if todo:
                p = params if n == 0 or params.seed is None else replace(params, seed=params.seed + n)
                fresh.update(zip(todo, self.backend.generate([chats[i] for i in todo], p)))
        self.calls += len(fresh)
        self.hits += len(keys) - len(fresh)
        out = []
        for i, k in enumerate(keys):
            if i in fresh:
                if not fresh[i].error:
                    self.cache[k] = {"text": fresh[i].text, "finish_reason": fresh[i].finish_reason}
                out.append(fresh[i])
            else:
                out.append(Completion(self.cache[k]["text"], finish_reason=self.cache[k]["finish_reason"]))
        return out

    def save(self) -> None:
        from userlm.core.io import write_jsonl

        write_jsonl(self.path, ({"key": k, **v} for k, v in self.cache.items()))
