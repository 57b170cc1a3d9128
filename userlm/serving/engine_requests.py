"""What the continuous-batching engine hands out: request handles, per-step token events, counters.

    item = engine.submit(ids, params)      # an EngineRequest
    async for ev in engine.stream(item):   # TokenEvents: ev.text deltas, then ev.completion on the last one
        ...

``EngineRequest`` carries the caller's event loop: the engine's generation thread reports through
``loop.call_soon_threadsafe`` (``emit`` a TokenEvent, ``finish`` with the completions or an error).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from userlm.core.backends.base import Completion, SamplingParams

ProcessorsArg = list | Callable[[int], list] | None


def grammar_processors_for(backend, params: SamplingParams) -> ProcessorsArg:
    """For an engine that samples row by row: ``index -> [processor]``, a fresh turn-grammar logits processor
    per choice (compiled once per backend and budget); None when ``params`` is free or ``backend`` has no
    grammar constraint of its own."""
    if params.grammar is None or not hasattr(backend, "constraint"):
        return None
    constraint = backend.constraint()
    return lambda index: [constraint.processor(params.grammar, params.max_tokens, 1)]


@dataclass
class TokenEvent:
    """What one step produced for one choice. The ``text`` deltas of a choice join to its completion's text."""

    index: int
    text: str = ""
    token_ids: list[int] = field(default_factory=list)
    finish_reason: str | None = None  # set on the choice's last event, with ``completion``
    stop_reason: str | None = None
    completion: Completion | None = None
    error: BaseException | None = None


@dataclass(eq=False)
class EngineRequest:
    """The handle ``submit`` returns: pass it to ``result`` and ``stream``."""

    ids: list[int]
    params: SamplingParams
    n: int
    request_id: str | None
    processors: ProcessorsArg
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future
    events: asyncio.Queue
    enqueued: float = field(default_factory=time.monotonic)
    results: list = field(default_factory=list)
    cancelled: bool = False
    streaming: bool = False

    def _call(self, fn, *args) -> None:
        try:
            self.loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            pass

    def emit(self, event: TokenEvent) -> None:
        self._call(self.events.put_nowait, event)

    def finish(self, completions: list | None = None, error: BaseException | None = None) -> None:
        def settle():
            if self.future.done():
                return
            if error is not None:
                self.future.set_exception(error)
            else:
                self.future.set_result(completions)

        self._call(settle)


@dataclass
class EngineStats:
    batches: int = 0  # steps
    rows: int = 0  # sequence-steps
    largest_batch: int = 0
    cancelled: int = 0
    rejected: int = 0
    completed: int = 0
    prefill_tokens: int = 0
    decode_tokens: int = 0
    reused_tokens: int = 0
    generate_s: float = 0.0
    prefix_cache: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        mean = self.rows / self.batches if self.batches else 0.0
        return {**self.__dict__, "mean_batch": round(mean, 2), "generate_s": round(self.generate_s, 3)}
