"""vLLM offline engine as a backend (GPU only; ``pip install userlm[vllm]``). Imported only when used."""

from __future__ import annotations

from userlm.core.backends.base import Completion, SamplingParams


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
        from vllm import SamplingParams as VSamplingParams

        sp = VSamplingParams(
            max_tokens=params.max_tokens,
            temperature=params.temperature,
            top_p=params.top_p,
            stop=params.stop or None,
            seed=params.seed,
        )
        outputs = self.llm.chat(chats, sp, use_tqdm=False)
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
