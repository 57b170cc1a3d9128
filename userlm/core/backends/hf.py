"""Transformers backend: batched ``generate`` with left padding, on CPU or GPU.

A model is the embedded name (``TransformersBackend("smollm2-135m")``, also what
``userlm.core.backends.make_backend("smollm2-135m")`` builds), a folder or a hub id. Here a tiny random
model folder, built locally in a second, generates for a batch of two chats:

    >>> import tempfile
    >>> from userlm.core.backends import SamplingParams
    >>> from userlm.core.backends.hf import TransformersBackend
    >>> from userlm.core.tiny import build_tiny_model
    >>> tmp = tempfile.TemporaryDirectory()
    >>> backend = TransformersBackend(model_name=str(build_tiny_model(tmp.name)))
    >>> chats = [[{"role": "user", "content": "Hi"}], [{"role": "user", "content": "Where is my refund?"}]]
    >>> out = backend.generate(chats, SamplingParams(max_tokens=8, min_tokens=8))
    >>> [(c.completion_tokens, c.finish_reason) for c in out]  # random weights: 8 tokens of noise each
    [(8, 'length'), (8, 'length')]
    >>> tmp.cleanup()

With ``SamplingParams(grammar=...)`` every row is constrained to the turn grammar by a llguidance logits
processor (``userlm.core.backends.constrained``; the grammar compiled once per backend and token budget).
"""

from __future__ import annotations

import threading

from userlm.core.backends.base import Completion, PromptTooLongError, SamplingParams, cut_at_stop


def default_dtype(device: str):
    import torch

    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    # bf16 is the fastest on CPUs with AVX-512 bf16 (measured: 260 vs 187 tok/s at batch 32).
    try:
        from userlm.core.device import cpu_has_bf16

        return torch.bfloat16 if torch.backends.mkldnn.is_available() and cpu_has_bf16() else torch.float32
    except Exception:
        return torch.float32



class TransformersBackend:
    """Generation with a transformers causal LM. Thread-safe: calls are serialised."""

    name = "transformers"

    def __init__(
        self,
        model=None,
        tokenizer=None,
        *,
        model_name: str | None = None,
        device: str | None = None,
        dtype=None,
        threads: int | None = None,
        max_batch_size: int = 32,
    ):
        import torch

        if threads:
            torch.set_num_threads(threads)
        if model is None or isinstance(model, str):
            from transformers import AutoModelForCausalLM, AutoTokenizer

            from userlm.core.models import resolve_model

            model_name = model_name or model
            path = resolve_model(model_name)
            device = device or ("cuda" if torch.cuda.is_available() else "cpu")
            dtype = dtype or default_dtype(device)
            model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype).to(device)
            tokenizer = tokenizer or AutoTokenizer.from_pretrained(path)
        if tokenizer is None:
            raise ValueError("a tokenizer is needed when a model object is passed")
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.model_name = model_name or getattr(model.config, "_name_or_path", "model")
        self.device = next(model.parameters()).device
        self.max_batch_size = max_batch_size
        self.max_context = int(getattr(model.config, "max_position_embeddings", 2048) or 2048)
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        self._lock = threading.Lock()
        self._constraint = None  # the llguidance view of the tokenizer, made on the first grammar request

    def eos_ids(self) -> list[int]:
        return _as_list(self.model.generation_config.eos_token_id) or [self.tokenizer.eos_token_id]

    def constraint(self):
        """The turn-grammar compiler of this backend (``userlm.core.backends.constrained``), made once."""
        if self._constraint is None:
            from userlm.core.backends.constrained import TurnConstraint

            vocab = self.model.get_output_embeddings().weight.shape[0]
            self._constraint = TurnConstraint(self.tokenizer, vocab, self.eos_ids())
        return self._constraint

    @classmethod
    def from_pretrained(cls, name: str | None = None, **kwargs) -> TransformersBackend:
        return cls(model_name=name, **kwargs)

    def encode_chat(self, chat: list[dict]) -> list[int]:
        """Token ids of a chat rendered with the generation prompt."""
        messages = [{"role": m["role"], "content": m.get("content") or ""} for m in chat]
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        if hasattr(ids, "keys"):  # transformers >= 5 returns a BatchEncoding
            ids = ids["input_ids"]
        return list(ids)

    def check_length(self, n_prompt: int, max_tokens: int) -> None:
        if n_prompt + max_tokens > self.max_context:
            raise PromptTooLongError(
                f"prompt has {n_prompt} tokens; with max_tokens={max_tokens} it exceeds the context of "
                f"{self.max_context} tokens"
            )

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        encoded = [self.encode_chat(c) for c in chats]
        for ids in encoded:
            self.check_length(len(ids), params.max_tokens)
        return self.generate_ids(encoded, params)

    def generate_ids(self, encoded: list[list[int]], params: SamplingParams) -> list[Completion]:
        out: list[Completion] = []
        for start in range(0, len(encoded), self.max_batch_size):
            # each chunk its own seed: one seed for all would give chunk k the same draws as chunk 0
            seed = None if params.seed is None else params.seed + start
            out.extend(self._generate_batch(encoded[start : start + self.max_batch_size], params, seed))
        return out

    def _generate_batch(self, encoded: list[list[int]], params: SamplingParams, seed: int | None) -> list[Completion]:
        import torch

        pad = self.tokenizer.pad_token_id
        width = max(len(e) for e in encoded)
        input_ids = torch.full((len(encoded), width), pad, dtype=torch.long)
        attention = torch.zeros((len(encoded), width), dtype=torch.long)
        for i, ids in enumerate(encoded):  # left padding keeps every prompt's end aligned
            input_ids[i, width - len(ids) :] = torch.tensor(ids)
            attention[i, width - len(ids) :] = 1
        kwargs = dict(max_new_tokens=params.max_tokens, pad_token_id=pad)
        if params.grammar is not None:
            from transformers import LogitsProcessorList

            proc = self.constraint().processor(params.grammar, params.max_tokens, len(encoded))
            kwargs["logits_processor"] = LogitsProcessorList([proc])
        elif params.min_tokens:
            kwargs["min_new_tokens"] = min(params.min_tokens, params.max_tokens)
        if params.temperature > 0:
            # top_k=0: transformers otherwise adds its global default top-k 50 when sampling, which the
            # serving engine, vLLM's OpenAI server and OpenAI's API do not, so chat, eval and serve sample alike
            kwargs.update(do_sample=True, temperature=params.temperature, top_p=params.top_p, top_k=0)
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if params.stop:
            kwargs.update(stop_strings=list(params.stop), tokenizer=self.tokenizer)
        with self._lock, torch.inference_mode():
            if seed is not None:
                torch.manual_seed(seed)
            generated = self.model.generate(
                input_ids=input_ids.to(self.device), attention_mask=attention.to(self.device), **kwargs
            )
        new = generated[:, width:].cpu()
        eos = set(self.eos_ids())
        results = []
        for i, ids in enumerate(encoded):
            toks = new[i].tolist()
            n, hit_eos = len(toks), False
            for j, t in enumerate(toks):
                if t in eos:
                    n, hit_eos = j + 1, True
                    break
            if not hit_eos:  # trailing pad after a stop string
                while n and toks[n - 1] == pad and pad not in eos:
                    n -= 1
            text = self.tokenizer.decode(toks[:n], skip_special_tokens=True)
            text, matched = cut_at_stop(text, params.stop)
            finish = "stop" if hit_eos or matched else ("length" if n >= params.max_tokens else "stop")
            results.append(Completion(text, len(ids), n, finish, stop_reason=matched))
        return results


def _as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]
