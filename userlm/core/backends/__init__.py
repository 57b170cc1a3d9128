"""Generation backends behind one interface (``GenerationBackend.generate(chats, params)``).

``make_backend`` picks one from a model spec: an endpoint (``base_url``) -> OpenAI client,
``backend="vllm"`` -> vLLM engine, anything else -> transformers (the embedded default, a folder, a hub id).
"""

from __future__ import annotations

from userlm.core.backends.base import (
    Completion,
    GenerationBackend,
    PromptTooLongError,
    SamplingParams,
    cut_at_stop,
)

__all__ = [
    "Completion",
    "GenerationBackend",
    "PromptTooLongError",
    "SamplingParams",
    "cut_at_stop",
    "make_backend",
]


def make_backend(
    model: str | None = None,
    *,
    backend: str = "auto",
    base_url: str | None = None,
    api_key: str | None = None,
    **kwargs,
) -> GenerationBackend:
    """A backend for ``model``: ``backend`` is auto, transformers, openai or vllm."""
    if backend == "openai" or (backend == "auto" and base_url):
        from userlm.core.backends.replicas import endpoint_backend

        if not model:
            raise ValueError("an endpoint backend needs a model name")
        return endpoint_backend(model, base_url, api_key, **kwargs)  # comma-separated URLs: replicas
    if backend == "vllm":
        from userlm.core.backends.vllm_backend import VLLMBackend

        return VLLMBackend(model, **kwargs)
    if backend in ("auto", "transformers"):
        from userlm.core.backends.hf import TransformersBackend

        return TransformersBackend(model_name=model, **kwargs)
    raise ValueError(f"unknown backend {backend!r}: expected auto, transformers, openai or vllm")
