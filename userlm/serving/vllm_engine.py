"""vLLM's async engine behind the server, for GPUs (``pip install 'userlm[vllm]'``; imported only when used).

vLLM does its own continuous batching, so this engine submits every request straight to
``AsyncLLMEngine.generate`` and the server's micro-batcher is not used. The interface matches
``MicroBatcher``: ``submit`` (admission control: 429 past ``max_queue`` requests in flight), ``result``
(cancelling it aborts the request in vLLM), ``encode_chat``, ``check_length``, ``max_context``.
A request under the turn grammar carries it as vLLM structured outputs (its regex; see
``userlm.core.backends.vllm_backend.vllm_sampling_kwargs``).
"""

from __future__ import annotations

import asyncio
import uuid

from userlm.core.backends.base import Completion, PromptTooLongError, SamplingParams
from userlm.serving.batcher import QueueFullError


def vllm_available() -> bool:
    """True when vLLM is installed and a CUDA device is present (checked without importing vLLM)."""
    import importlib.util

    if importlib.util.find_spec("vllm") is None:
        return False
    try:
        import torch

        return torch.cuda.is_available()
    except Exception:
        return False


class VLLMEngine:
    name = "vllm"

    def __init__(self, config):
        try:
            from vllm import AsyncEngineArgs, AsyncLLMEngine
        except ImportError as e:
            raise ImportError(
                "the vLLM engine needs the optional extra: pip install 'userlm[vllm]' (GPU only)"
            ) from e
        from userlm.core.models import resolve_model

        # Automatic prefix caching: the guidelines, a profile's system prompt and a conversation's earlier turns are
        # shared by most requests (prefill is ~90% of a simulator turn).
        args = AsyncEngineArgs(
            model=str(resolve_model(config.model)), max_num_seqs=config.max_batch_size, enable_prefix_caching=True
        )
        self.engine = AsyncLLMEngine.from_engine_args(args)
        self.max_queue = config.max_queue
        self.stats = None
        self._in_flight = 0
        from transformers import AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(resolve_model(config.model)))
        self.max_context = int(args.max_model_len or getattr(self.tokenizer, "model_max_length", 4096))

    @property
    def queued(self) -> int:
        return self._in_flight

    async def start(self) -> None:
        try:  # the engine's own limit wins over the tokenizer's
            model_config = await self.engine.get_model_config()
            self.max_context = int(model_config.max_model_len)
        except Exception:
            pass

    async def stop(self) -> None:
        shutdown = getattr(self.engine, "shutdown", None)
        if shutdown is not None:
            shutdown()

    def encode_chat(self, chat: list[dict]) -> list[int]:
        messages = [{"role": m["role"], "content": m.get("content") or ""} for m in chat]
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        return list(ids["input_ids"] if hasattr(ids, "keys") else ids)

    def check_length(self, n_prompt: int, max_tokens: int) -> None:
        if n_prompt + max_tokens > self.max_context:
            raise PromptTooLongError(
                f"prompt has {n_prompt} tokens; with max_tokens={max_tokens} it exceeds the context of "
                f"{self.max_context} tokens"
            )

    def submit(self, ids: list[int], params: SamplingParams, n: int = 1, request_id: str | None = None):
        if self._in_flight >= self.max_queue:
            raise QueueFullError(f"{self._in_flight} requests in flight")
        self._in_flight += 1
        return (list(ids), params, n, request_id or uuid.uuid4().hex)

    async def result(self, item) -> list[Completion]:
        from userlm.core.backends.vllm_backend import vllm_sampling_params

        ids, params, n, rid = item
        sp = vllm_sampling_params(params, n)  # the turn grammar as vLLM structured outputs, when set
        final = None
        try:
            async for out in self.engine.generate({"prompt_token_ids": ids}, sp, rid):
                final = out
        except asyncio.CancelledError:
            await self.engine.abort(rid)  # the client is gone: free the sequence's KV blocks
            raise
        finally:
            self._in_flight -= 1
        if final is None:
            return [Completion("", len(ids), 0, "stop", error="vLLM returned no output")]
        return [
            Completion(
                o.text,
                len(ids),
                len(o.token_ids),
                o.finish_reason if o.finish_reason in ("stop", "length") else "stop",
                stop_reason=o.stop_reason if isinstance(o.stop_reason, str) else None,
            )
            for o in final.outputs
        ]

    async def generate(self, ids, params: SamplingParams, n: int = 1, request_id: str | None = None):
        return await self.result(self.submit(ids, params, n, request_id))
