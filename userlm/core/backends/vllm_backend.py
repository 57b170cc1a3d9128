"""vLLM offline engine as a backend (GPU only; ``pip install userlm[vllm]``). Imported only when used.

The turn grammar goes to vLLM's structured outputs (``SamplingParams(structured_outputs=
StructuredOutputsParams(regex=...))``, vLLM >= 0.12; xgrammar or guidance, whichever vLLM picks) as the
grammar's regular expression. ``vllm_sampling_kwargs`` builds the request without importing vLLM (the
tests check it on a CPU); ``vllm_sampling_params`` turns it into vLLM's object. Unlike the transformers
backend, a regex bounds no part in tokens: give a turn enough ``max_tokens`` (a cut turn still parses when
its rationale is closed).
"""

from __future__ import annotations

from userlm.core.backends.base import Completion, SamplingParams


def vllm_sampling_kwargs(params: SamplingParams, n: int = 1) -> dict:
    """The keyword arguments of ``vllm.SamplingParams`` for ``params`` (structured outputs as a dict)."""
    kwargs = dict(
        n=n,
        max_tokens=params.max_tokens,
        temperature=params.temperature,
        top_p=params.top_p,
        stop=params.stop or None,
        seed=params.seed,
    )
    if params.grammar is not None:
        kwargs["structured_outputs"] = {"regex": params.grammar.regex()}
    elif params.min_tokens:
        kwargs["min_tokens"] = params.min_tokens
    return kwargs


def vllm_sampling_params(params: SamplingParams, n: int = 1):
    """``vllm.SamplingParams`` for ``params`` (imports vLLM)."""
    from vllm import SamplingParams as VSamplingParams

    kwargs = vllm_sampling_kwargs(params, n)
    if "structured_outputs" in kwargs:
        from vllm.sampling_params import StructuredOutputsParams

        kwargs["structured_outputs"] = StructuredOutputsParams(**kwargs["structured_outputs"])
    return VSamplingParams(**kwargs)


class VLLMBackend:
    name = "vllm"

    def __init__(self, model: str | None = None, **engine_kwargs):
        try:
            from vllm import LLM
        except ImportError as e:
            raise ImportError(
                "the vLLM backend needs the optional extra: pip install 'userlm[vllm]' (GPU only)"
            ) from e
        from userlm.core.models import resolve_model

        self.model_name = model
        self.llm = LLM(model=resolve_model(model), **engine_kwargs)
        self.tokenizer = self.llm.get_tokenizer()

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        outputs = self.llm.chat(chats, vllm_sampling_params(params), use_tqdm=False)
        results = []
        for out in outputs:
            o = out.outputs[0]
            results.append(
                Completion(
                    o.text,
                    len(out.prompt_token_ids),
                    len(o.token_ids),
                    o.finish_reason or "stop",
                    stop_reason=o.stop_reason if isinstance(o.stop_reason, str) else None,
                )
            )
        return results
