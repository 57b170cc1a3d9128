"""``userlm train sft --config training/sft.yaml``: supervised fine-tuning of a reasoning user simulator on TRL.

    userlm train sft --config training/sft.yaml --max_steps 40 --output_dir runs/sft
    userlm train sft --config training/sft.yaml --resume                  # continue after a kill
    accelerate launch --multi_gpu --num_processes 2 -m userlm train sft --config training/sft.yaml   # CPU too

``--multi_gpu`` even without a GPU: with ``--cpu`` accelerate starts processes that each train alone.

The dataset is ``userlm synth``'s ``sft.jsonl`` (conversational, simulator turns as ``assistant`` messages
with ``reasoning_content``). The loss falls only on the simulator's turns (rationale, reply and end token):
``assistant_only_loss`` with a chat template that has ``{% generation %}`` markers (TRL's training version of
a template it knows: Qwen, Llama, Gemma...; ``templates/smollm2_chatml_training.jinja`` for other ChatML ones,
SmolLM2's). Any HF causal LM works; the embedded default is ``smollm2-135m``.
Options: every ``SFTConfig`` and ``ModelConfig`` field (LoRA via ``use_peft``) plus ``SFTScriptArguments``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"
CHATML_TEMPLATE = TEMPLATES / "smollm2_chatml_training.jinja"


@dataclass
class SFTScriptArguments:
    dataset_path: str = field(
        default="runs/synth/sft_turns.jsonl",
        metadata={"help": "sft_turns.jsonl (per turn, as at inference) or sft.jsonl (whole conversations)."},
    )
    eval_dataset_path: str | None = field(default=None, metadata={"help": "Optional held-out sft.jsonl."})
    max_train_rows: int | None = field(default=None, metadata={"help": "Use only the first N conversations."})
    training_template: str = field(
        default="auto",
        metadata={
            "help": "auto (keep a template with generation markers, else the ChatML one for ChatML models, "
            "else TRL's) or a .jinja file."
        },
    )
    merge_lora: bool = field(
        default=True, metadata={"help": "Also save the LoRA-merged model in OUTPUT_DIR/merged."}
    )
    resume: bool = field(default=False, metadata={"help": "Continue from the last checkpoint in output_dir."})
    share_prefixes: bool = field(
        default=False,
        metadata={
            "help": "Per-turn rows only: train a conversation's turns in one sequence that holds its prompt "
            "once, with the per-turn rows' loss (userlm/training/prefix_share.py); ~3x fewer tokens. "
            "A step is then gradient_accumulation_steps x per_device_train_batch_size sequences."
        },
    )


def training_template(tokenizer, choice: str = "auto") -> str:
    """The chat template to train with: one whose assistant turns sit inside ``{% generation %}`` markers.

    auto: the model's own when it has the markers; else TRL's training version of it (Qwen, Llama, Gemma,
    ...); else, for a ChatML template TRL does not know (SmolLM2's), ours, which renders the same text."""
    from trl.chat_template_utils import get_training_chat_template, has_generation_markers

    from userlm.core.io import DataError

    if choice != "auto":
        if not Path(choice).exists():
            raise DataError("training template not found", choice, None, "training_template")
        return Path(choice).read_text(encoding="utf-8")
    current = tokenizer.chat_template or ""
    candidates = [current] if current and has_generation_markers(current) else []
    try:
        candidates.append(get_training_chat_template(tokenizer) or current)
    except ValueError:  # TRL has no training version of this template
        pass
    if "<|im_start|>" in current:
        candidates.append(CHATML_TEMPLATE.read_text(encoding="utf-8"))
    for template in candidates:
        # the rationale is a loss target: a template that drops reasoning_content (Qwen2.5's, Llama's)
        # would train replies without it, silently
        if has_generation_markers(template) and _renders_rationale(tokenizer, template):
            return template
    raise DataError(
        "this model's chat template has no {% generation %} markers around assistant turns that render "
        "reasoning_content, and neither TRL nor userlm has such a version of it; pass --training_template "
        "FILE.jinja",
        None,
        None,
        "training_template",
    )


def _renders_rationale(tokenizer, template: str) -> bool:
    chat = [{"role": "user", "content": "Hello"},
            {"role": "assistant", "content": "reply", "reasoning_content": "RATIONALE-PROBE"}]  # fmt: skip
    try:
        text = tokenizer.apply_chat_template(chat, chat_template=template, tokenize=False)
    except Exception:  # a template that cannot render this chat cannot train on it either
        return False
    return "RATIONALE-PROBE" in text


def load_model_and_tokenizer(model_args, args=None):
    """Resolve the model name (embedded, folder, hub id) and load it as ``ModelConfig`` asks: dtype, revision,
    attention implementation, 4/8-bit quantization; plus ``trust_remote_code`` and ``model_init_kwargs``
    of the training config ``args``."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import get_quantization_config

    from userlm.core.models import resolve_model

    path = resolve_model(model_args.model_name_or_path or "smollm2-135m")
    dtype = model_args.dtype if model_args.dtype in (None, "auto") else getattr(torch, model_args.dtype)
    remote = bool(getattr(args, "trust_remote_code", False))
    kwargs = {
        "dtype": dtype or torch.float32,
        "revision": model_args.model_revision,
        "trust_remote_code": remote,
    }
    if model_args.attn_implementation:
        kwargs["attn_implementation"] = model_args.attn_implementation
    quantization = get_quantization_config(model_args)
    if quantization is not None:
        from accelerate import PartialState

        kwargs.update(quantization_config=quantization, device_map={"": PartialState().local_process_index})
    kwargs.update(getattr(args, "model_init_kwargs", None) or {})
    adapter = Path(path) / "adapter_config.json"
    if not adapter.exists():
        tokenizer = AutoTokenizer.from_pretrained(path, revision=model_args.model_revision, trust_remote_code=remote)
        return path, AutoModelForCausalLM.from_pretrained(path, **kwargs), tokenizer
    # A LoRA adapter folder (an earlier run's output): train the same adapter on, on its base, so GRPO after
    # SFT still ends with one adapter on the base model (what `userlm train simulator` ships).
    import json

    from peft import PeftModel

    base = resolve_model(json.loads(adapter.read_text(encoding="utf-8")).get("base_model_name_or_path"))
    has_tokenizer = (Path(path) / "tokenizer_config.json").exists()
    tokenizer = AutoTokenizer.from_pretrained(path if has_tokenizer else base, trust_remote_code=remote)
    model = AutoModelForCausalLM.from_pretrained(base, **kwargs)
    return path, PeftModel.from_pretrained(model, path, is_trainable=True), tokenizer


def peft_config_for(model, model_args):
    """TRL's LoRA config from ``model_args``, or None when the model already carries a trainable adapter."""
    from peft import PeftModel
    from trl import get_peft_config

    return None if isinstance(model, PeftModel) else get_peft_config(model_args)


def load_conversations(path: str, limit: int | None = None):
    """``messages`` (sft.jsonl) or ``prompt``+``completion`` (sft_turns.jsonl); other columns are metadata."""
    from datasets import load_dataset

    from userlm.core.io import DataError

    if not Path(path).exists():
        raise DataError("dataset not found (run `userlm synth` first)", path, None, "dataset_path")
    ds = load_dataset("json", data_files=path, split="train")
    if "messages" in ds.column_names:
        ds = ds.select_columns(["messages"])
    elif {"prompt", "completion"} <= set(ds.column_names):
        ds = ds.select_columns(["prompt", "completion"])  # loss on the completion's assistant turn only
    else:
        raise DataError(f"need 'messages' or 'prompt'+'completion' (columns: {ds.column_names})", path, 1)
    return ds.select(range(min(limit, len(ds)))) if limit else ds


def score_only_labelled_positions() -> bool:
    """Make TRL's fused LM head project only the positions that carry a label on CPU too; True if patched.

    TRL 1.x scores every position on devices without Triton (tile shapes that change per batch would
    recompile on Neuron), so on CPU a per-turn row of ~650 tokens with ~120 labelled ones pays the 49k-vocab
    head and its backward on all of them. The compact path (``hidden_states[mask]``) is plain torch, gives
    the same loss and gradients, and makes a row's forward and backward ~1.4x faster on 2 cores
    (``benchmarks/sft_step.py``). Returns False where this TRL has no such switch (nothing changes then).
    """
    import trl.trainer.utils as trl_utils

    original = getattr(trl_utils, "_use_triton", None)
    if original is None or getattr(original, "userlm_compact_cpu", False):
        return original is not None

    def use_compact(device) -> bool:
        return device.type == "cpu" or original(device)

    use_compact.userlm_compact_cpu = True
    trl_utils._use_triton = use_compact
    return True


def build_trainer(script, args, model_args, callbacks=()):
    """The SFTTrainer for these arguments (used by the command, the tests and the benchmark)."""
    from trl import SFTTrainer

    from userlm.training.ops import MetricsCallback

    score_only_labelled_positions()
    args.assistant_only_loss = True  # the agent's turns are context, never targets
    _, model, tokenizer = load_model_and_tokenizer(model_args, args)
    tokenizer.chat_template = training_template(tokenizer, script.training_template)
    if script.share_prefixes:
        return _prefix_shared_trainer(script, args, model, model_args, tokenizer, callbacks)
    train = load_conversations(script.dataset_path, script.max_train_rows)
    evals = load_conversations(script.eval_dataset_path) if script.eval_dataset_path else None
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evals,
        processing_class=tokenizer,
        peft_config=peft_config_for(model, model_args),
        callbacks=[MetricsCallback(args.output_dir), *callbacks],
    )
    if len(trainer.train_dataset) == 0:
        # TRL drops rows whose simulator turns were all cut by truncation; say so instead of a sampler error.
        from userlm.core.io import DataError

        raise DataError(
            f"all {len(train)} rows lost their simulator turns to truncation at max_length={args.max_length}; "
            "raise max_length or shorten the prompts (synth --system_prompt compact)",
            script.dataset_path, None, "max_length",
        )  # fmt: skip
    return trainer


def _prefix_shared_trainer(script, args, model, model_args, tokenizer, callbacks):
    """The trainer over prefix-shared sequences (``userlm.training.prefix_share``), tokenized here."""
    from userlm.core.io import DataError
    from userlm.training.ops import MetricsCallback
    from userlm.training.prefix_share import (
        PrefixShareCollator,
        load_turn_rows,
        packed_dataset,
        prefix_share_trainer_class,  # fmt: skip
    )

    def pack(path, limit=None):
        data, stats = packed_dataset(tokenizer, load_turn_rows(path, limit), tokenizer.chat_template,
                                     args.max_length, args.seed)  # fmt: skip
        print(f"prefix sharing, {path}: {stats.describe()}", flush=True)
        return data, stats

    train, stats = pack(script.dataset_path, script.max_train_rows)
    if stats.rows == 0:
        raise DataError(f"no row keeps a simulator token at max_length={args.max_length}", script.dataset_path,
                        None, "max_length")  # fmt: skip
    evals = pack(script.eval_dataset_path)[0] if script.eval_dataset_path else None
    args.assistant_only_loss = False  # the labels are built above, the same way
    args.remove_unused_columns = False  # position_ids and segments are not model-signature columns
    args.dataset_kwargs = {**(args.dataset_kwargs or {}), "skip_prepare_dataset": True}
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    trainer = prefix_share_trainer_class()(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evals,
        processing_class=tokenizer,
        data_collator=PrefixShareCollator(pad),
        peft_config=peft_config_for(model, model_args),
        callbacks=[MetricsCallback(args.output_dir), *callbacks],
    )
    trainer.prefix_share_stats = stats
    return trainer


def parse_sft_args(argv: list[str]):
    from trl import ModelConfig, SFTConfig

    from userlm.core.config import parse_trl_args

    script, args, model_args = parse_trl_args((SFTScriptArguments, SFTConfig, ModelConfig), argv)
    model_args.model_name_or_path = model_args.model_name_or_path or "smollm2-135m"
    return script, args, model_args


SFT_CARD_KEYS = ("learning_rate", "max_steps", "num_train_epochs", "per_device_train_batch_size",
                 "gradient_accumulation_steps", "max_length", "seed")  # fmt: skip


def train_sft(argv: list[str]) -> dict:
    """Run SFT; returns the final metrics. Writes weights, metrics.jsonl, curves.png and README.md."""
    from userlm.training.ops import run_training

    script, args, model_args = parse_sft_args(argv)
    trainer = build_trainer(script, args, model_args)
    stats = getattr(trainer, "prefix_share_stats", None)
    if stats is not None:  # what the recipe's speed line sets beside the packed tokens/s
        from dataclasses import asdict

        from userlm.core.io import write_json

        Path(args.output_dir).mkdir(parents=True, exist_ok=True)
        write_json(Path(args.output_dir) / "prefix_share.json", asdict(stats))
    return run_training("sft", trainer, script, args, model_args, SFT_CARD_KEYS)


if __name__ == "__main__":
    print(train_sft(sys.argv[1:]))
