"""An asyncio micro-batcher: concurrent requests share ``TransformersBackend.generate_ids`` calls.

    batcher = MicroBatcher(backend, max_batch_size=32, max_wait_ms=10, max_queue=256)
    await batcher.start()
    completions = await batcher.generate(prompt_ids, SamplingParams(max_tokens=64), n=1)

Requests wait in a bounded queue (``QueueFullError`` when full -> the server answers 429). One worker
task takes the oldest request, waits up to ``max_wait_ms`` for company, and runs every waiting request
with the *same sampling settings* (greedy and sampled never mix; neither do seeds, stop strings or
grammars) in
one left-padded generate call on a dedicated thread, so the event loop keeps answering meanwhile.
A request whose caller is cancelled (the client went away) leaves the queue at once and frees its slot;
one already inside a running batch is finished and its result dropped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from userlm.core.backends.base import Completion, SamplingParams

log = logging.getLogger("userlm.serving")


class QueueFullError(RuntimeError):
    """The waiting queue is at its bound; the caller should retry later."""


def settings_key(params: SamplingParams) -> tuple:
    """Requests with equal keys can share one generate call."""
    sampled = params.temperature > 0
    return (
        params.max_tokens,
        sampled,
        round(params.temperature, 6) if sampled else 0.0,
        round(params.top_p, 6) if sampled else 1.0,
        tuple(params.stop or ()),
        params.seed,
        params.grammar,  # a constrained and a free request never share a generate call
    )


@dataclass
class _Item:
    ids: list[int]
    params: SamplingParams
    n: int
    future: asyncio.Future
    key: tuple = field(init=False)
    enqueued: float = field(default_factory=time.monotonic)

    def __post_init__(self):
        self.key = settings_key(self.params)


@dataclass
class BatcherStats:
    batches: int = 0
    rows: int = 0
    largest_batch: int = 0
    cancelled: int = 0
    rejected: int = 0
    generate_s: float = 0.0

    def as_dict(self) -> dict:
        mean = self.rows / self.batches if self.batches else 0.0
        return {**self.__dict__, "mean_batch": round(mean, 2), "generate_s": round(self.generate_s, 3)}


class BackendView:
    """What the server asks any engine about its model: context size, tokenization, length checks, queue."""

    backend: object
    _waiting: deque

    # The server's view of the model, whatever engine is behind it.
    @property
    def max_context(self) -> int:
        return self.backend.max_context

    def encode_chat(self, chat: list[dict]) -> list[int]:
        return self.backend.encode_chat(chat)

    def check_length(self, n_prompt: int, max_tokens: int) -> None:
        self.backend.check_length(n_prompt, max_tokens)

    @property
    def queued(self) -> int:
        return len(self._waiting)


class MicroBatcher(BackendView):
    """Groups concurrent requests into shared generate calls on one worker thread."""

    name = "transformers"

    def __init__(self, backend, *, max_batch_size: int = 32, max_wait_ms: float = 10.0, max_queue: int = 256):
        self.backend = backend
        self.max_batch_size = max_batch_size
        self.max_wait = max_wait_ms / 1000.0
        self.max_queue = max_queue
        self.stats = BatcherStats()
        self._waiting: deque[_Item] = deque()
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._executor: ThreadPoolExecutor | None = None
        self.busy = False

    async def start(self) -> None:
        # Made here, not in __init__: stop() shuts it down, and an app can start again (tests, reloads).
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="userlm-generate")
        self._wakeup = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="userlm-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        for item in self._waiting:
            if not item.future.done():
                item.future.set_exception(RuntimeError("server shutting down"))
        self._waiting.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._task = None

    def submit(self, ids: list[int], params: SamplingParams, n: int = 1, request_id: str | None = None):
        """Enqueue one prompt now (before any await, so admission is decided at once); await ``result``."""
        if self._task is None:
            raise RuntimeError("MicroBatcher.start() was not awaited")
        if len(self._waiting) >= self.max_queue:
            self.stats.rejected += 1
            raise QueueFullError(f"{len(self._waiting)} requests already waiting")
        item = _Item(list(ids), params, n, asyncio.get_running_loop().create_future())
        self._waiting.append(item)
        self._wakeup.set()
        return item

    async def result(self, item: _Item) -> list[Completion]:
        try:
            return await item.future
        except asyncio.CancelledError:
            # The caller is gone: leave the queue now so the slot is free for someone else.
            if item in self._waiting:
                self._waiting.remove(item)
                self.stats.cancelled += 1
            raise

    async def generate(
        self, ids: list[int], params: SamplingParams, n: int = 1, request_id: str | None = None
    ) -> list[Completion]:
        """``n`` completions of one prompt. Raises QueueFullError when the queue is full."""
        return await self.result(self.submit(ids, params, n, request_id))

    def _rows_waiting(self) -> int:
        return sum(i.n for i in self._waiting)

    def _take_batch(self) -> list[_Item]:
        """The oldest live request and every waiting one with its settings, up to max_batch_size rows."""
        while self._waiting and self._waiting[0].future.done():
            self._waiting.popleft()
        if not self._waiting:
            return []
        key = self._waiting[0].key
        batch, rest, rows = [], deque(), 0
        for item in self._waiting:
            if item.future.done():
                continue
            if item.key == key and (not batch or rows + item.n <= self.max_batch_size):
                batch.append(item)
                rows += item.n
            else:
                rest.append(item)
        self._waiting = rest
        return batch

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            while not self._waiting:
                self._wakeup.clear()
                await self._wakeup.wait()
            # Wait a little for more requests, unless a full batch is already here.
            deadline = self._waiting[0].enqueued + self.max_wait
            while self._waiting and self._rows_waiting() < self.max_batch_size:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._wakeup.clear()
                try:
                    await asyncio.wait_for(self._wakeup.wait(), remaining)
                except asyncio.TimeoutError:
                    break
            batch = self._take_batch()
            if not batch:
                continue
            prompts = [item.ids for item in batch for _ in range(item.n)]
            started = time.perf_counter()
            self.busy = True
            try:
                results = await loop.run_in_executor(
                    self._executor, self.backend.generate_ids, prompts, batch[0].params
                )
            except Exception as e:  # the batch fails, the server does not
                log.exception("generate failed for a batch of %d", len(prompts))
                for item in batch:
                    if not item.future.done():
                        item.future.set_exception(e)
                continue
            finally:
                self.busy = False
            self.stats.batches += 1
            self.stats.rows += len(prompts)
            self.stats.largest_batch = max(self.stats.largest_batch, len(prompts))
            self.stats.generate_s += time.perf_counter() - started
            at = 0
            for item in batch:
                if not item.future.done():  # a cancelled caller's result is dropped
                    item.future.set_result(results[at : at + item.n])
                at += item.n
