"""Any OpenAI-compatible endpoint (vLLM, a userlm server, GPT-4o, Qwen3 behind an API) as a backend.

This is how a prompted remote model serves as a baseline simulator. Calls run concurrently;
a call that still fails after the client's retries comes back as a ``Completion`` with ``error`` set.

Under the turn grammar (``SamplingParams.grammar``) the request carries it where the endpoint accepts it:
vLLM's ``extra_body={"structured_outputs": {"regex": ...}}`` (``structured_outputs=True``, or ``None``: try
it and, when the endpoint answers 400, stop sending it). Either way each answer is parsed, and one that
``parse_turn`` rejects is asked for again, up to ``grammar_tries`` calls in all (each with the next seed);
the answer kept records the ``TurnError`` code of every rejected try in ``grammar_failures``, and
``grammar_stats`` counts calls, retries and turns that never parsed.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from userlm.core.backends.base import Completion, SamplingParams
from userlm.core.turn import THINK_CLOSE, THINK_OPEN, parse_turn


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
        structured_outputs: bool | None = None,
        grammar_tries: int = 3,
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
        self.structured_outputs = structured_outputs  # None: unknown until the endpoint answers
        self.grammar_tries = max(1, grammar_tries)
        self.grammar_stats = {"calls": 0, "retries": 0, "unparsed": 0, "structured_outputs_refused": 0}
        self._stats_lock = threading.Lock()

    def request_body(self, params: SamplingParams) -> dict | None:
        """The extra body of one request: ``extra_body``, vLLM's ``min_tokens``, the grammar's regex."""
        body = dict(self.extra_body)
        if params.grammar is not None and self.structured_outputs is not False:
            body["structured_outputs"] = {"regex": params.grammar.regex()}
        elif params.min_tokens:  # a vLLM extension; plain OpenAI endpoints never see it unless asked for
            body["min_tokens"] = params.min_tokens
        return body or None

    def _one(self, chat: list[dict], params: SamplingParams) -> Completion:
        if params.grammar is None:
            return self._call(chat, params)
        failures: list[str] = []
        for attempt in range(self.grammar_tries):
            p = params if attempt == 0 or params.seed is None else replace(params, seed=params.seed + attempt)
            out = self._call(chat, p)
            if out.error is not None:
                break  # a failed call is reported as such, not retried as a bad turn
            parsed = parse_turn(out.text)
            if parsed.ok:
                break
            failures.append(parsed.codes[0].value if parsed.codes else "rejected")
        out.grammar_failures = failures
        with self._stats_lock:
            self.grammar_stats["calls"] += 1
            self.grammar_stats["retries"] += min(len(failures), self.grammar_tries - 1)
            self.grammar_stats["unparsed"] += len(failures) == self.grammar_tries
        return out

    def _call(self, chat: list[dict], params: SamplingParams) -> Completion:
        try:
            return self._request(chat, params)
        except Exception as e:
            refused = params.grammar is not None and self.structured_outputs is None and is_unknown_field_error(e)
            if refused:  # the endpoint does not take vLLM's structured outputs: parse-and-retry only
                self.structured_outputs = False
                with self._stats_lock:
                    self.grammar_stats["structured_outputs_refused"] += 1
                try:
                    return self._request(chat, params)
                except Exception as e2:
                    e = e2
            return Completion("", finish_reason="error", error=f"{type(e).__name__}: {e}")

    def _request(self, chat: list[dict], params: SamplingParams) -> Completion:
        resp = self.client.chat.completions.create(
            model=self.model_name,
            messages=chat,
            max_tokens=params.max_tokens,
            temperature=params.temperature,
            top_p=params.top_p,
            stop=params.stop or None,
            seed=params.seed,
            extra_body=self.request_body(params),
        )
        choice = resp.choices[0]
        usage = resp.usage
        return Completion(
            join_reasoning(choice.message),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            finish_reason=choice.finish_reason or "stop",
        )

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        if len(chats) == 1:
            return [self._one(chats[0], params)]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(chats))) as pool:
            return list(pool.map(lambda c: self._one(c, params), chats))


def is_unknown_field_error(e: Exception) -> bool:
    """A 400/422 about a field the endpoint does not know (``structured_outputs``), not a network failure."""
    words = ("structured", "extra", "unrecognized", "unknown", "not permitted")
    return getattr(e, "status_code", None) in (400, 422) and any(w in str(e).lower() for w in words)
