"""The serving engine behind the batch interface: a ``GenerationBackend`` that runs ``userlm serve``'s
continuous batching and prefix reuse in-process, for callers that hold chats, not HTTP requests.

    from userlm.core.backends.hf import TransformersBackend
    from userlm.serving.engine_backend import EngineBackend

    backend = EngineBackend(TransformersBackend(model_name="smollm2-135m-userlm"))
    completions = backend.generate([chat_a, chat_b], SamplingParams(max_tokens=192, seed=0))
    backend.close()

Why: an evaluation that plays many conversations in lockstep asks, every round, for turns whose prompts
extend the previous round's (the same system prompt and earlier turns, a new agent message). Batched
``generate`` recomputes every prompt from its first token; here the prefix cache holds each conversation's
earlier prompt, so a round computes only its new tokens, and a finished sequence leaves its batch at once
instead of waiting for the longest one. The outputs are what ``userlm serve`` samples for the same request.

Seeds: a seeded call samples each chat with a seed drawn from ``params.seed`` and the chat's own tokens, so a
chat answers the same whatever else is in the batch and wherever it stands in it; the same chat asked twice in
one call (several samples) is sampled twice, with two seeds.
"""

from __future__ import annotations

import asyncio
import zlib
from collections import Counter

from userlm.core.backends.base import Completion, SamplingParams

__all__ = ["EngineBackend", "prompt_seed"]


def prompt_seed(seed: int | None, ids: list[int], copy: int = 0) -> int | None:
    """The sampling seed of one prompt in a seeded call: fixed by the call's seed, the prompt and, for a
    prompt asked several times in one call, which copy it is.

    >>> prompt_seed(0, [1, 2, 3]) == prompt_seed(0, [1, 2, 3]) != prompt_seed(0, [1, 2, 4])
    True
    >>> prompt_seed(0, [1, 2, 3], copy=1) != prompt_seed(0, [1, 2, 3])
    True
    >>> prompt_seed(None, [1, 2, 3]) is None
    True
    """
    if seed is None:
        return None
    data = b"".join(t.to_bytes(4, "little", signed=False) for t in [copy, *ids])
    return zlib.crc32(data, seed & 0xFFFFFFFF) & 0x7FFFFFFF


class EngineBackend:
    """``generate(chats, params) -> completions`` through a ``ContinuousEngine`` that lives as long as this
    object (its prefix cache too). ``engine_kw`` are ``ContinuousEngine``'s settings (``max_seqs``,
    ``prefix_cache_mb``, ...)."""

    name = "continuous"

    def __init__(self, backend, **engine_kw):
        from userlm.serving.engine import ContinuousEngine

        self.backend = backend
        self.engine = ContinuousEngine(backend, **engine_kw)
        asyncio.run(self.engine.start())  # starts the engine's own thread; each call runs its own loop

    @classmethod
    def from_pretrained(cls, name: str, **engine_kw) -> EngineBackend:
        from userlm.core.backends.hf import TransformersBackend

        return cls(TransformersBackend(model_name=name), **engine_kw)

    @property
    def tokenizer(self):
        return self.backend.tokenizer

    def encode_chat(self, chat: list[dict]) -> list[int]:
        return self.backend.encode_chat(chat)

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        encoded = [self.encode_chat(c) for c in chats]
        for ids in encoded:  # PromptTooLongError before anything runs, as the batched backend does
            self.backend.check_length(len(ids), params.max_tokens)
        return self.generate_ids(encoded, params)

    def generate_ids(self, encoded: list[list[int]], params: SamplingParams) -> list[Completion]:
        from dataclasses import replace

        from userlm.serving.engine_requests import grammar_processors_for

        async def run() -> list[Completion]:
            calls, copies = [], Counter()
            for ids in encoded:
                copy = copies[tuple(ids)]
                copies[tuple(ids)] += 1
                p = replace(params, seed=prompt_seed(params.seed, ids, copy))
                if p.grammar is not None:  # the grammar alone decides where a turn ends, as in the batched backend
                    p = replace(p, min_tokens=0)
                calls.append(self.engine.generate(ids, p, logits_processors=grammar_processors_for(self.backend, p)))
            answers = await asyncio.gather(*calls, return_exceptions=True)
            return [
                a[0] if not isinstance(a, BaseException) else Completion("", len(ids), 0, "error", f"{a}")
                for a, ids in zip(answers, encoded)
            ]

        return asyncio.run(run())

    @property
    def stats(self) -> dict:
        return self.engine.stats.as_dict()

    def close(self) -> None:
        asyncio.run(self.engine.stop())

    def __enter__(self) -> EngineBackend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
