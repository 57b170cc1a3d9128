"""A tiny randomly initialised chat model, built locally in a second, for tests and dry runs.

    python -m userlm.core.tiny /tmp/tiny     # writes a model folder any userlm command accepts

The tokenizer is a byte-level BPE trained here on a few hundred lines of the project's own prompt
text, with ChatML special tokens and a chat template that marks assistant turns with
``{% generation %}`` (so TRL's assistant-only loss works). Nothing is downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' }}"
    "{% if message['role'] == 'assistant' %}{% generation %}"
    "{% if message.get('reasoning_content') %}{{ '<think>\n' + message['reasoning_content'] + '\n</think>\n' }}{% endif %}"
    "{{ message['content'] + '<|im_end|>' }}{% endgeneration %}{{ '\n' }}"
    "{% else %}{{ message['content'] + '<|im_end|>' + '\n' }}{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def _corpus() -> list[str]:
    from userlm.core.prompts import PROMPT_DIR

    lines: list[str] = []
    for f in sorted(PROMPT_DIR.rglob("*")):
        # The offer-note templates (and their block) came later and would move the merges every seeded test of the tiny model
        # was written against (a prompt the tiny model is not trained on reads the same either way).
        if f.suffix in (".md", ".jinja") and "offer" not in f.name:
            lines += [line for line in f.read_text(encoding="utf-8").splitlines() if "block notes" not in line]
    lines += [
        "<think>",
        "</think>",
        "###STOP### ###TRANSFER### ###OUT-OF-SCOPE###",
        "trust=0.50 emotion=0.40 patience=0.70 participation=0.80",
        "Hello! How can I help you today?",
    ]
    return lines * 3


def build_tokenizer(vocab_size: int = 512):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_corpus(), trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=None,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


def build_tiny_model(
    out_dir: str | os.PathLike, *, hidden_size: int = 64, layers: int = 2, seed: int = 0
) -> Path:
    """Write a tiny Llama-architecture model folder (config, safetensors, tokenizer) to ``out_dir``."""
    import torch
    from transformers import AutoModelForCausalLM, LlamaConfig

    out_dir = Path(out_dir)
    tokenizer = build_tokenizer()
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=hidden_size * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        bos_token_id=None,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    return out_dir


if __name__ == "__main__":
    import sys

    print(build_tiny_model(sys.argv[1] if len(sys.argv) > 1 else "tiny-model"))
