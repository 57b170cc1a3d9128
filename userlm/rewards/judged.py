"""Judged rewards: the same criteria scored by any OpenAI-compatible model, with rubrics from files.

``JudgedReward(criterion, model, base_url)`` is a TRL reward. The rubric is
``rewards/rubrics/<criterion>.md`` (the judge's system prompt); the user message holds the profile's
goal, the agent's message, the trap label and the completion. The judge ends with ``Score: N`` (0-10),
returned as N/10 in [0, 1]. A batch goes out concurrently through
``userlm.core.backends.OpenAIBackend``; answers are cached by prompt; a failed call or an answer
without a score is ``None`` (logged in ``failures``), never an exception.

    from userlm.rewards import get_reward
    judge = get_reward("judged:realism", model="Qwen/Qwen3-32B", base_url="http://localhost:8000/v1")
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import OrderedDict
from pathlib import Path
from typing import Any

from userlm.core.backends.base import SamplingParams
from userlm.core.io import DataError
from userlm.core.resources import find_data
from userlm.rewards.analysis import column, completion_text

_SCORE_RE = re.compile(r"score\s*[:=]\s*(\d+(?:\.\d+)?)\s*(?:/\s*10)?", re.IGNORECASE)


def load_rubric(criterion: str, rubric_dir: str | os.PathLike | None = None) -> str:
    path = Path(rubric_dir) / f"{criterion}.md" if rubric_dir else find_data("rewards", f"rubrics/{criterion}.md")
    if not path.exists():
        raise DataError(f"no rubric for criterion {criterion!r}", path)
    return path.read_text(encoding="utf-8")


def parse_score(text: str) -> float | None:
    """The last ``Score: N`` (0-10) in the judge's answer, as N/10; None when absent or out of range."""
    found = _SCORE_RE.findall(text or "")
    if not found:
        return None
    value = float(found[-1])
    return value / 10.0 if 0.0 <= value <= 10.0 else None


def judge_prompt(completion: Any, row: dict[str, Any]) -> str:
    """The judge's user message for one completion and its row of columns."""
    profile = row.get("profile")
    goal: Any = None
    if profile:
        try:
            data = json.loads(profile) if isinstance(profile, str) else profile
            goal = {"role": data.get("role", {}), "goal": data.get("goal", {})}
        except (ValueError, AttributeError):
            goal = profile
    parts = [
        "## User profile\n" + json.dumps(goal, ensure_ascii=False) if goal else "",
        "## Earlier user replies\n" + "\n".join(row.get("previous_user_replies") or [])
        if row.get("previous_user_replies")
        else "",
        f"## Agent's last message\n{row.get('agent_message') or ''}",
        f"## Trap label\n{row.get('trap') or 'none'}",
        "## Labels\n"
        + json.dumps({k: row.get(k) for k in ("offer", "goal_met", "limit_hit", "expected_action")}),
        f"## Simulator output to score\n{completion_text(completion)}",
        "End your answer with a line `Score: N` where N is 0-10.",
    ]
    return "\n\n".join(p for p in parts if p)


class JudgedReward:
    """TRL reward scored by a judge model: ``(completions, **columns) -> list[float | None]`` in [0, 1]."""

    def __init__(
        self,
        criterion: str,
        model: str = "gpt-4o-mini",
        base_url: str | None = None,
        api_key: str | None = None,
        rubric_dir: str | None = None,
        concurrency: int = 8,
        max_tokens: int = 256,
        timeout: float = 60.0,
        max_retries: int = 2,
        cache_size: int = 100_000,
    ):
        self.criterion, self.model, self.base_url, self.api_key = criterion, model, base_url, api_key
        self.rubric_dir, self.concurrency, self.max_tokens = rubric_dir, concurrency, max_tokens
        self.timeout, self.max_retries, self.cache_size = timeout, max_retries, cache_size
        self.__name__ = f"judged_{criterion}"
        self.rubric = load_rubric(criterion, rubric_dir)  # fail at construction, not mid-training
        self._backend = None
        self._cache: OrderedDict[str, float | None] = OrderedDict()
        self.failures: list[str] = []
        self.calls = 0

    def __getstate__(self) -> dict:
        # The client holds sockets and locks: rebuild it after unpickling, keep the cache.
        state = self.__dict__.copy()
        state["_backend"] = None
        return state

    @property
    def backend(self):
        if self._backend is None:
            from userlm.core.backends.openai_backend import OpenAIBackend

            self._backend = OpenAIBackend(
                self.model, self.base_url, self.api_key, concurrency=self.concurrency,
                timeout=self.timeout, max_retries=self.max_retries,
            )  # fmt: skip
        return self._backend

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        keys = list(kwargs)
        prompts = [
            judge_prompt(c, {k: column(kwargs, k, i) for k in keys}) for i, c in enumerate(completions)
        ]
        ids = [hashlib.sha1(f"{self.model}\0{self.criterion}\0{p}".encode()).hexdigest() for p in prompts]
        todo = list(dict.fromkeys(k for k in ids if k not in self._cache))  # each distinct prompt once
        if todo:
            first = {k: p for k, p in zip(ids, prompts)}
            chats = [
                [{"role": "system", "content": self.rubric}, {"role": "user", "content": first[k]}]
                for k in todo
            ]
            params = SamplingParams(max_tokens=self.max_tokens, temperature=0.0)
            self.calls += len(chats)
            for k, comp in zip(todo, self.backend.generate(chats, params)):
                score = None if comp.error else parse_score(comp.text)
                if score is None:
                    self.failures.append(comp.error or f"no score in answer: {comp.text[:80]!r}")
                    continue  # failures are not cached: a later batch may succeed
                self._cache[k] = score
                if len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return [self._cache.get(k) for k in ids]

    def __repr__(self) -> str:
        return f"JudgedReward(criterion={self.criterion!r}, model={self.model!r}, base_url={self.base_url!r})"
