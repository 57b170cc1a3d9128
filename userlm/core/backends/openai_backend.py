"""Any OpenAI-compatible endpoint (vLLM, a userlm server, GPT-4o, Qwen3 behind an API) as a backend.

This is how a prompted remote model serves as a baseline simulator. Calls run concurrently;
a call that still fails after the client's retries comes back as a ``Completion`` with ``error`` set.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from userlm.core.backends.base import Completion, SamplingParams
from userlm.core.turn import THINK_CLOSE, THINK_OPEN


def join_reasoning(message) -> str:
    """Rebuild ``<think>reasoning</think>content`` from a message that carries reasoning apart."""
    content = getattr(message, "content", None) or ""
    extra = getattr(message, "model_extra", None) or {}
    reasoning = (
        getattr(message, "reasoning", None) or extra.get("reasoning") or extra.get("reasoning_content")
    )
    if reasoning and THINK_OPEN not in content:
        return f"{THINK_OPEN}\n{reasoning.strip()}\n{THINK_CLOSE}\n{content}"
    return content


class OpenAIBackend:
    name = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        concurrency: int = 8,
        timeout: float = 60.0,
        max_retries: int = 2,
        extra_body: dict | None = None,
    ):
        from openai import OpenAI

        self.model_name = model
        self.client = OpenAI(
            base_url=base_url or os.environ.get("OPENAI_BASE_URL"),
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY",
            timeout=timeout,
            max_retries=max_retries,
        )
        self.concurrency = concurrency
        self.extra_body = extra_body or {}

    def _one(self, chat: list[dict], params: SamplingParams) -> Completion:
        try:
            resp = self.client.chat.completions.create(
                model=self.model_name,
                messages=chat,
                max_tokens=params.max_tokens,
                temperature=params.temperature,
                top_p=params.top_p,
                stop=params.stop or None,
                seed=params.seed,
                # min_tokens is a vLLM extension; plain OpenAI endpoints never see it unless asked for.
                extra_body={
                    **self.extra_body,
                    **({"min_tokens": params.min_tokens} if params.min_tokens else {}),
                }
                or None,
            )
            choice = resp.choices[0]
            usage = resp.usage
            return Completion(
                join_reasoning(choice.message),
                prompt_tokens=usage.prompt_tokens if usage else 0,
                completion_tokens=usage.completion_tokens if usage else 0,
                finish_reason=choice.finish_reason or "stop",
            )
        except Exception as e:  # recorded, never raised: one bad call must not end a batch
            return Completion("", finish_reason="error", error=f"{type(e).__name__}: {e}")

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        if len(chats) == 1:
            return [self._one(chats[0], params)]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(chats))) as pool:
            return list(pool.map(lambda c: self._one(c, params), chats))
