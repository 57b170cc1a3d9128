"""``userlm train sft --config training/sft.yaml``: supervised fine-tuning of a reasoning user simulator on TRL.

    userlm train sft --config training/sft.yaml --max_steps 40 --output_dir runs/sft
    userlm train sft --config training/sft.yaml --resume                  # continue after a kill
    accelerate launch --multi_gpu --num_processes 2 -m userlm train sft --config training/sft.yaml   # CPU too

``--multi_gpu`` even without a GPU: with ``--cpu`` accelerate starts processes that each train alone.

The dataset is ``userlm synth``'s ``sft.jsonl`` (conversational, simulator turns as ``assistant`` messages
with ``reasoning_content``). The loss falls only on the simulator's turns (rationale, reply and end token):
``assistant_only_loss`` with a chat template that has ``{% generation %}`` markers (SmolLM2/ChatML models get
``templates/smollm2_chatml_training.jinja``). Any HF causal LM works; the embedded default is ``smollm2-135m``.
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


def training_template(tokenizer, choice: str = "auto") -> str:
    """The chat template to train with: one whose assistant turns sit inside ``{% generation %}`` markers."""
    from trl.chat_template_utils import get_training_chat_template

    from userlm.core.io import DataError

    if choice != "auto":
        if not Path(choice).exists():
            raise DataError("training template not found", choice, None, "training_template")
        return Path(choice).read_text(encoding="utf-8")
    current = tokenizer.chat_template or ""
    if "{% generation %}" in current or "{%- generation -%}" in current:
        return current
    if "<|im_start|>" in current:
        return CHATML_TEMPLATE.read_text(encoding="utf-8")
    patched = get_training_chat_template(tokenizer)
    if patched is None:
        raise DataError(
            "this model's chat template has no {% generation %} markers and TRL has no training version of it; "
            "pass --training_template FILE.jinja",
            None,
            None,
            "training_template",
        )
    return patched


def load_model_and_tokenizer(model_args):
    """Resolve the model name (embedded, folder, hub id) and load it in the dtype asked for."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from userlm.core.models import resolve_model

    path = resolve_model(model_args.model_name_or_path or "smollm2-135m")
    dtype = model_args.dtype if model_args.dtype in (None, "auto") else getattr(torch, model_args.dtype)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype or torch.float32)
    return path, model, tokenizer


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


def build_trainer(script, args, model_args, callbacks=()):
    """The SFTTrainer for these arguments (used by the command, the tests and the benchmark)."""
    from trl import SFTTrainer, get_peft_config

    from userlm.training.ops import MetricsCallback

    args.assistant_only_loss = True  # the agent's turns are context, never targets
    _, model, tokenizer = load_model_and_tokenizer(model_args)
    tokenizer.chat_template = training_template(tokenizer, script.training_template)
    train = load_conversations(script.dataset_path, script.max_train_rows)
    evals = load_conversations(script.eval_dataset_path) if script.eval_dataset_path else None
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evals,
        processing_class=tokenizer,
        peft_config=get_peft_config(model_args),
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


def parse_sft_args(argv: list[str]):
    from trl import ModelConfig, SFTConfig

    from userlm.training.ops import parse_trl_args

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
    return run_training("sft", trainer, script, args, model_args, SFT_CARD_KEYS)


if __name__ == "__main__":
    print(train_sft(sys.argv[1:]))
