"""``userlm train reward --config training/reward_model.yaml``: a small reward model with TRL's RewardTrainer.

    userlm train reward --config training/reward_model.yaml                    # pairs synthesised if missing
    userlm train reward --config training/reward_model.yaml --max_steps 1 --output_dir runs/rm-smoke

The data is ``userlm.synth.preference_pairs``' JSONL (``prompt``/``chosen``/``rejected``); when
``dataset_path`` does not exist, ``pairs`` pairs are synthesised there with ``pairs_seed``. ``human_pairs``
adds pairs people wrote (resist / give-in files, as the reward-accuracy benchmark reads). The model is
the embedded one (or any causal LM folder or hub id) as a one-score sequence classifier, cut to its first
``keep_layers`` decoder layers (speed: the input is ~150 tokens of limits, agent turn and reply), trained
with LoRA (``use_peft``; the score head is trained in full). The adapter is merged and the model saved,
with its tokenizer, in ``OUTPUT_DIR/model``: the folder ``learned:<criterion>`` reads
(``params: {model: OUTPUT_DIR/model}``). Options: every ``RewardConfig`` and ``ModelConfig`` field plus
``RewardScriptArguments``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from userlm.core.io import write_json


@dataclass
class RewardScriptArguments:
    dataset_path: str = field(
        default="runs/reward_model/pairs.jsonl", metadata={"help": "Preference pairs JSONL."}
    )
    eval_dataset_path: str | None = field(default=None, metadata={"help": "Optional held-out pairs JSONL."})
    pairs: int = field(default=2000, metadata={"help": "Pairs to synthesise when dataset_path is missing."})
    pairs_seed: int = field(default=0, metadata={"help": "Seed of the synthesised pairs."})
    pair_kinds: list[str] = field(
        default_factory=lambda: ["goal", "role", "settle", "overlimit"],
        metadata={"help": "Kinds of synthesised pairs (userlm.synth.preference_pairs): goal (resist a trap), role "
                  "(in-role speech), settle (take an offer inside the limit, with mirrors), overlimit (refuse a "
                  "plain offer past it)."},
    )  # fmt: skip
    eval_pairs: int = field(
        default=200, metadata={"help": "Held-out pairs (another seed) when none is given; 0: none."}
    )
    keep_layers: int = field(default=4, metadata={"help": "Decoder layers kept from the bottom (0 = all)."})
    criterion: str = field(
        default="user_turn", metadata={"help": "Name recorded with the model (learned:<criterion>)."}
    )
    human_pairs: list[str] = field(
        default_factory=list,
        metadata={"help": "Resist / give-in pair files written by people (benchmarks/reward_accuracy.py's format), "
                  "added to the training pairs (userlm.synth.preference_pairs.pairs_from_resist_give_in)."},
    )  # fmt: skip
    human_repeat: int = field(default=1, metadata={"help": "Times each human pair is repeated in training."})
    max_train_rows: int | None = field(default=None, metadata={"help": "Use only the first N pairs."})
    resume: bool = field(default=False, metadata={"help": "Continue from the last checkpoint in output_dir."})


def parse_reward_args(argv: list[str]):
    from trl import ModelConfig, RewardConfig

    from userlm.core.config import parse_trl_args

    script, args, model_args = parse_trl_args((RewardScriptArguments, RewardConfig, ModelConfig), argv)
    model_args.model_name_or_path = model_args.model_name_or_path or "smollm2-135m"
    return script, args, model_args


def _raw_pairs(script: RewardScriptArguments):
    """The text pairs (the trainer's datasets are tokenized by now): the held-out ones when there are."""
    from datasets import load_dataset

    path = script.eval_dataset_path or str(Path(script.dataset_path).with_name("eval_pairs.jsonl"))
    return load_dataset(
        "json", data_files=path if Path(path).exists() else script.dataset_path, split="train"
    )


def load_pairs(script: RewardScriptArguments):
    """(train, eval or None) datasets; pairs are synthesised first where the files are missing."""
    from datasets import load_dataset

    from userlm.synth.preference_pairs import synthesize_pairs, write_pairs

    if not Path(script.dataset_path).exists():
        write_pairs(synthesize_pairs(script.pairs, script.pairs_seed, tuple(script.pair_kinds)), script.dataset_path)
    cols = ["prompt", "chosen", "rejected"]
    train = load_dataset("json", data_files=script.dataset_path, split="train").select_columns(cols)
    if script.max_train_rows:
        train = train.select(range(min(script.max_train_rows, len(train))))
    if script.human_pairs:
        from datasets import Dataset, concatenate_datasets

        from userlm.synth.preference_pairs import pairs_from_resist_give_in

        human = [{k: r[k] for k in cols} for path in script.human_pairs for r in pairs_from_resist_give_in(path)]
        train = concatenate_datasets([train, *[Dataset.from_list(human)] * max(1, script.human_repeat)])
    evals = None
    eval_path = script.eval_dataset_path
    if eval_path is None and script.eval_pairs:
        eval_path = str(Path(script.dataset_path).with_name("eval_pairs.jsonl"))
        if not Path(eval_path).exists():
            write_pairs(synthesize_pairs(script.eval_pairs, script.pairs_seed + 10_000, tuple(script.pair_kinds)), eval_path)
    if eval_path:
        evals = load_dataset("json", data_files=eval_path, split="train").select_columns(cols)
    return train, evals


def load_model(model_args, keep_layers: int = 0):
    """The base as a one-score sequence classifier, cut to its first ``keep_layers`` layers, and its tokenizer."""
    from userlm.core.models import resolve_model
    from userlm.rewards.learned import classifier_from_base

    path = resolve_model(model_args.model_name_or_path)
    model, tokenizer = classifier_from_base(path, keep_layers)
    return path, model, tokenizer


def build_trainer(script, args, model_args, callbacks=()):
    """The RewardTrainer for these arguments (used by the command and the tests)."""
    from trl import RewardTrainer

    from userlm.training.ops import MetricsCallback
    from userlm.training.sft import peft_config_for

    _, model, tokenizer = load_model(model_args, script.keep_layers)
    train, evals = load_pairs(script)
    peft_config = peft_config_for(model, model_args)
    if peft_config is not None:
        peft_config.task_type = "SEQ_CLS"  # a score head, trained in full beside the LoRA adapter
        peft_config.modules_to_save = list({*(peft_config.modules_to_save or []), "score"})
    return RewardTrainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evals,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[MetricsCallback(args.output_dir), *callbacks],
    )


def save_reward_model(trainer, script, model_args, out: str | Path) -> Path:
    """Merge the adapter (when there is one) and save model + tokenizer + ``userlm_reward.json`` in ``out``.
    With LoRA, the adapter and its score head are also saved beside it (``out``'s sibling ``adapter/``, a few
    MB, with the same ``userlm_reward.json``): what a package ships (``userlm.rewards.learned``)."""
    out = Path(out)
    model = trainer.model
    meta = {"criterion": script.criterion, "base_model": str(model_args.model_name_or_path),
            "keep_layers": script.keep_layers, "input": "userlm.rewards.learned.render_prompt + render_reply",
            "script": asdict(script)}  # fmt: skip
    folders = [out]
    if hasattr(model, "merge_and_unload"):
        adapter = out.with_name("adapter")
        model.save_pretrained(adapter)
        folders.append(adapter)
        model = model.merge_and_unload()
    model.save_pretrained(out)
    trainer.processing_class.save_pretrained(out)
    for folder in folders:
        write_json(folder / "userlm_reward.json", meta)
    return out


def record_score_scale(model_dir: Path, dataset, n: int = 128) -> float:
    """The spread (standard deviation) of the model's scores on ``n`` texts of ``dataset``, written to
    ``userlm_reward.json`` as ``score_scale``: the learned reward divides by it before its tanh, so scores
    neither saturate (a tie at 1.0) nor crowd around 0."""
    import statistics

    from userlm.rewards.learned import LearnedReward

    rows = dataset.select(range(min(n, len(dataset))))
    texts = [r["prompt"] + side for r in rows for side in (r["chosen"], r["rejected"])]
    scale = max(1e-3, statistics.pstdev(LearnedReward(str(model_dir), temperature=1.0).score_texts(texts)))
    for meta_path in (model_dir / "userlm_reward.json", model_dir.with_name("adapter") / "userlm_reward.json"):
        if meta_path.exists():
            write_json(meta_path, {**json.loads(meta_path.read_text(encoding="utf-8")), "score_scale": round(scale, 4)})
    return scale


def train_reward(argv: list[str]) -> dict:
    """Train; returns the final metrics (and the eval accuracy when there is a held-out set)."""
    script, args, model_args = parse_reward_args(argv)
    from userlm.training.ops import last_checkpoint

    trainer = build_trainer(script, args, model_args)
    result = trainer.train(resume_from_checkpoint=last_checkpoint(args.output_dir) if script.resume else None)
    metrics = dict(result.metrics)
    if trainer.eval_dataset is not None:
        metrics.update(trainer.evaluate())
    if trainer.accelerator.is_main_process:
        model_dir = save_reward_model(trainer, script, model_args, Path(args.output_dir) / "model")
        metrics["model"] = str(model_dir)
        metrics["score_scale"] = record_score_scale(model_dir, _raw_pairs(script))
        write_json(Path(args.output_dir) / "final_metrics.json", metrics)
    if args.push_to_hub:
        trainer.push_to_hub()
    return metrics


if __name__ == "__main__":
    print(train_reward(sys.argv[1:]))
