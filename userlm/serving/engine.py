"""The CPU serving engine: continuous batching with prefix reuse and per-token streaming.

    engine = ContinuousEngine(TransformersBackend(model_name="smollm2-135m"), max_seqs=32)
    await engine.start()
    item = engine.submit(prompt_ids, SamplingParams(max_tokens=64, seed=7))   # admission now, 429 past max_queue
    async for event in engine.stream(item):      # optional: TokenEvent per step (text deltas, then the finish)
        ...
    completions = await engine.result(item)      # list[Completion], one per choice

It has the surface the server calls on the micro-batcher (``submit``/``result``/``encode_chat``/
``check_length``/``max_context``/``start``/``stop``/``queued``/``stats``) plus ``stream``. One thread runs
steps: each step packs one token of every decoding sequence and a chunk of prompt of the sequences being
prefilled (at most ``max_step_tokens`` in all) into one forward pass (``userlm.serving.ragged``). A request
joins at the next step and a finished sequence leaves at once. Sampling is per sequence
(``userlm.serving.sampling``): temperature, top_p, stop strings, max_tokens, min_tokens, its own seeded
generator and its own logits processors, so requests with any settings share steps.

Before a sequence's prompt is computed, the longest prefix already in the ``PrefixCache`` is copied into
its KV buffer (the shared guidelines, a profile's system prompt, a session's earlier turns); once a prompt
is computed its blocks are stored, and so are the generated tokens when the sequence ends.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from userlm.core.backends.base import Completion, SamplingParams, cut_at_stop
from userlm.serving.batcher import BackendView, QueueFullError
from userlm.serving.engine_requests import EngineRequest, EngineStats, ProcessorsArg, TokenEvent
from userlm.serving.prefix_cache import PrefixCache

__all__ = ["ContinuousEngine", "EngineRequest", "EngineStats", "TokenEvent"]
log = logging.getLogger("userlm.serving")


@dataclass(eq=False)
class _Seq:
    req: EngineRequest
    index: int
    prompt: list[int]
    generator: object
    processors: list
    after: _Seq | None = None  # choice 0 of the same request: its prompt blocks are reused once computed
    generated: list[int] = field(default_factory=list)
    kv: object = None
    n_cached: int = 0
    text: str = ""
    emitted: int = 0
    finish_reason: str | None = None
    stop_reason: str | None = None

    @property
    def prefilled(self) -> bool:
        return self.kv is not None and self.n_cached >= len(self.prompt)


class ContinuousEngine(BackendView):
    """Continuous batching over a ``TransformersBackend``'s model, with an LRU prefix cache of KV."""

    name = "continuous"

    def __init__(
        self,
        backend,
        *,
        max_seqs: int = 32,
        max_queue: int = 256,
        max_step_tokens: int = 512,
        prefix_cache_mb: float = 256.0,
        block_size: int = 16,
        cache_generated: bool = True,
        kv_budget_mb: float = 0.0,
    ):
        from userlm.serving.ragged import install

        self.backend = backend
        self.model, self.tokenizer = backend.model, backend.tokenizer
        install(self.model)
        from userlm.serving.ragged import bytes_per_token

        self.max_seqs, self.max_queue = max_seqs, max_queue
        # Running sequences' KV buffers stay within this budget (0: no bound): on CPU they are most of the
        # server's memory, a buffer of (prompt + max_tokens) tokens each.
        self.kv_budget = int(kv_budget_mb * 2**20)
        self.token_bytes = bytes_per_token(self.model)
        self.max_step_tokens = max(1, max_step_tokens)
        self.cache = PrefixCache(int(prefix_cache_mb * 2**20), block_size)
        self.cache_generated = cache_generated
        eos = self.model.generation_config.eos_token_id
        eos = eos if isinstance(eos, (list, tuple)) else [eos]
        self.eos = {e for e in eos if e is not None} or {self.tokenizer.eos_token_id}
        self.stats = EngineStats()
        self._cv = threading.Condition()
        self._waiting: deque[EngineRequest] = deque()
        self._running: list[_Seq] = []
        self._thread: threading.Thread | None = None
        self._stopping = False

    async def start(self) -> None:
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="userlm-engine", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        with self._cv:
            self._stopping = True
            self._cv.notify_all()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, 30)
        self._thread = None
        error = RuntimeError("server shutting down")
        with self._cv:
            waiting, self._waiting = list(self._waiting), deque()
        for req in waiting + list({s.req: None for s in self._running}):
            req.finish(error=error)
            for index in range(req.n):  # every choice's reader learns it, not only choice 0's
                req.emit(TokenEvent(index, error=error))
        self._running = []

    def submit(
        self,
        ids: list[int],
        params: SamplingParams,
        n: int = 1,
        request_id: str | None = None,
        logits_processors: ProcessorsArg = None,
    ) -> EngineRequest:
        """Enqueue one prompt (``n`` choices) now; QueueFullError past ``max_queue`` waiting requests.

        ``logits_processors``: a list applied to every choice's row each step, or a callable
        ``index -> list`` that makes a fresh (stateful) list per choice.
        """
        if self._thread is None:
            raise RuntimeError("ContinuousEngine.start() was not awaited")
        loop = asyncio.get_running_loop()
        req = EngineRequest(
            list(ids), params, n, request_id, logits_processors, loop, loop.create_future(), asyncio.Queue()
        )
        with self._cv:
            if len(self._waiting) >= self.max_queue:
                self.stats.rejected += 1
                raise QueueFullError(f"{len(self._waiting)} requests already waiting")
            self._waiting.append(req)
            self._cv.notify()
        return req

    async def result(self, item: EngineRequest) -> list[Completion]:
        try:
            return await item.future
        except asyncio.CancelledError:
            self.cancel(item)
            raise

    async def stream(self, item: EngineRequest) -> AsyncIterator[TokenEvent]:
        """TokenEvents as steps produce them, until every choice has finished (its last event has ``completion``)."""
        item.streaming = True
        finished = 0
        try:
            while finished < item.n:
                event = await item.events.get()
                if event.error is not None:
                    raise event.error
                finished += event.completion is not None
                yield event
        except (asyncio.CancelledError, GeneratorExit):
            self.cancel(item)
            raise

    async def generate(
        self, ids, params: SamplingParams, n: int = 1, request_id=None, logits_processors=None
    ):
        return await self.result(self.submit(ids, params, n, request_id, logits_processors))

    def cancel(self, item: EngineRequest) -> None:
        """The caller is gone: leave the queue, or leave the running batch at the next step."""
        if item.future.done() and not item.future.cancelled():
            return
        with self._cv:
            if item in self._waiting:
                self._waiting.remove(item)
            if not item.cancelled:
                self.stats.cancelled += 1
            item.cancelled = True

    # ---- the generation thread ----

    def _run(self) -> None:
        import torch

        with torch.inference_mode():
            while True:
                with self._cv:
                    while not (self._stopping or self._waiting or self._running):
                        self._cv.wait()
                    if self._stopping:
                        return
                    admitted = self._admit()
                self._running.extend(admitted)
                self._running = [s for s in self._running if not s.req.cancelled]
                if not self._running:
                    continue
                try:
                    self._step()
                except Exception as e:  # the step fails, the server does not
                    log.exception("engine step failed for %d sequences", len(self._running))
                    for req in {s.req: None for s in self._running}:
                        req.finish(error=e)
                        req.emit(TokenEvent(0, error=e))
                    self._running = []

    def _admit(self) -> list[_Seq]:
        from userlm.serving.sampling import seeded_generator

        out: list[_Seq] = []
        while self._waiting:
            req = self._waiting[0]
            if req.cancelled or req.future.done():
                self._waiting.popleft()
                continue
            if self._running or out:
                if len(self._running) + len(out) + req.n > self.max_seqs:
                    break
                if self.kv_budget and self._kv_bytes(out) + self._kv_need(req) > self.kv_budget:
                    break  # waits for a running sequence to finish and free its buffer
            self._waiting.popleft()
            req.results = [None] * req.n
            first = None
            for i in range(req.n):
                procs = req.processors(i) if callable(req.processors) else list(req.processors or [])
                seq = _Seq(req, i, req.ids, seeded_generator(req.params.seed, i), procs, after=first)
                first = first or seq
                out.append(seq)
        return out

    def _kv_need(self, req: EngineRequest) -> int:
        return req.n * (len(req.ids) + req.params.max_tokens) * self.token_bytes

    def _kv_bytes(self, planned: list[_Seq]) -> int:
        """Bytes of the running sequences' buffers and of those about to start."""
        seqs = [*self._running, *planned]
        return sum((len(s.prompt) + s.req.params.max_tokens) * self.token_bytes for s in seqs)

    def _attach(self, seq: _Seq) -> None:
        """Give ``seq`` its KV buffer, filled with the longest cached prefix of its prompt."""
        from userlm.serving.ragged import new_buffer

        seq.kv = new_buffer(self.model, len(seq.prompt) + seq.req.params.max_tokens)
        n, blocks = self.cache.match(seq.prompt, limit=len(seq.prompt) - 1)
        b = self.cache.block_size
        for j, block in enumerate(blocks):
            seq.kv[:, :, :, j * b : (j + 1) * b] = block
        seq.n_cached = n
        self.stats.reused_tokens += n

    def _plan(self):
        from userlm.serving.ragged import Segment

        segments, owners = [], []
        for s in self._running:
            if s.prefilled:
                segments.append(Segment(s.kv, s.n_cached, [s.generated[-1]]))
                owners.append(s)
        budget = self.max_step_tokens - len(segments)
        for s in self._running:
            if budget <= 0:
                break
            if s.prefilled or self._waits(s):
                continue
            if s.kv is None:
                self._attach(s)
            rest = len(s.prompt) - s.n_cached
            take = min(rest, budget)
            segments.append(Segment(s.kv, s.n_cached, s.prompt[s.n_cached : s.n_cached + take], take == rest))
            owners.append(s)
            budget -= take
        return segments, owners

    @staticmethod
    def _waits(s: _Seq) -> bool:
        """A later choice waits for choice 0's prompt (then reuses its blocks), unless choice 0 is done."""
        first = s.after
        return first is not None and first.finish_reason is None and not first.prefilled

    def _step(self) -> None:
        from userlm.serving.ragged import forward_step

        started = time.perf_counter()
        segments, owners = self._plan()
        if not segments:
            return
        # Sampling runs on the CPU, whatever the model's device: each request's seeded generator is a CPU one,
        # so a seed draws the same tokens on any machine, and the grammar's masks are CPU tensors.
        logits = forward_step(self.model, segments).float().cpu()
        row = 0
        for seg, s in zip(segments, owners):
            was_prefilled = s.prefilled
            s.n_cached += len(seg.tokens)
            if was_prefilled:
                self.stats.decode_tokens += 1
            else:
                self.stats.prefill_tokens += len(seg.tokens)
                if s.prefilled:
                    self.cache.insert(s.prompt, s.kv, len(s.prompt))
            if seg.want_logits:
                self._advance(s, logits[row])
                row += 1
        self._running = [s for s in self._running if s.finish_reason is None]
        st = self.stats
        st.batches += 1
        st.rows += len(segments)
        st.largest_batch = max(st.largest_batch, len(segments))
        st.generate_s += time.perf_counter() - started
        st.prefix_cache = self.cache.stats.as_dict()

    def _advance(self, s: _Seq, row) -> None:
        """Sample the next token of ``s``, check whether it is done, and tell its request."""
        from userlm.serving.sampling import apply_processors, sample_row

        p = s.req.params
        row = apply_processors(s.processors, s.prompt + s.generated, row)
        if len(s.generated) < p.min_tokens:
            row[list(self.eos)] = float("-inf")
        token = sample_row(row, p.temperature, p.top_p, s.generator)
        s.generated.append(token)
        if token in self.eos:
            s.finish_reason = "stop"
        elif len(s.generated) >= p.max_tokens:
            s.finish_reason = "length"
        if s.finish_reason or p.stop or s.req.streaming:
            s.text = self.tokenizer.decode(s.generated, skip_special_tokens=True)
            if p.stop:
                s.text, matched = cut_at_stop(s.text, p.stop)
                if matched:
                    s.finish_reason, s.stop_reason = "stop", matched
        if s.finish_reason:
            self._finish(s)
            return
        hold = max((len(x) for x in p.stop), default=1) - 1 if p.stop else 0
        safe = len(s.text) - hold
        while safe > s.emitted and s.text[safe - 1] == "\ufffd":  # an incomplete UTF-8 character
            safe -= 1
        delta = s.text[s.emitted : safe] if safe > s.emitted else ""
        s.emitted += len(delta)
        s.req.emit(TokenEvent(s.index, delta, [token]))

    def _finish(self, s: _Seq) -> None:
        if self.cache_generated:
            self.cache.insert(s.prompt + s.generated, s.kv, s.n_cached)
        s.kv = None
        completion = Completion(
            s.text, len(s.prompt), len(s.generated), s.finish_reason, stop_reason=s.stop_reason
        )
        req = s.req
        req.results[s.index] = completion
        req.emit(
            TokenEvent(
                s.index, s.text[s.emitted :], [s.generated[-1]], s.finish_reason, s.stop_reason, completion
            )
        )
        self.stats.completed += 1
        if all(r is not None for r in req.results):
            req.finish(list(req.results))
