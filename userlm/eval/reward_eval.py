"""``userlm eval rewards``: score simulators on held-out prompt rows with the reward mix that GRPO optimises.

    userlm eval rewards --model sft=runs/sft --model grpo=runs/grpo/merged \
        --rows runs/held/grpo.jsonl --n 32 --samples 2 --out runs/eval_rewards

Every model answers the same ``n`` rows of a ``grpo.jsonl`` (from ``userlm synth`` over profiles it never
trained on) ``samples`` times with seeded sampling. Each answer is parsed (``userlm.core.turn``) and
scored by every component of ``rewards/mix.yaml`` with the row's columns, exactly as TRL's GRPOTrainer
scores a completion; the mixed reward is their weighted sum. Because every model sees the same prompts,
the difference of two means is a controlled before/after comparison (the report gives the paired
difference against the first model with its standard error). Writes report.md, results.json, chart.png
and the scored answers to completions/<label>.jsonl.

``--grammar`` generates under the turn grammar (``userlm.core.grammar``): every answer then parses by
construction, and the scores say what the content is worth. Without it (the default) they also measure
whether a model writes the format by itself, which is what GRPO trains. The mix's gate (``gate: parsed``)
applies either way: a rejected turn earns only the format penalty.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

from userlm.core.backends import SamplingParams

ROW_FIELDS_NOT_FOR_REWARDS = ("prompt",)


def _mean_se(values: list[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    m = sum(values) / len(values)
    if len(values) < 2:
        return m, None
    var = sum((v - m) ** 2 for v in values) / (len(values) - 1)
    return m, math.sqrt(var / len(values))


def score_rows(
    backend, rows: list[dict], mix, samples: int, params: SamplingParams, label: str = "", chunk: int = 32
) -> list[dict]:
    """Generate ``samples`` answers per row and score each: one record per answer, in row order."""
    from dataclasses import replace

    from tqdm import tqdm

    from userlm.core.turn import parse_turn

    records = []
    bar = tqdm(total=len(rows) * samples, desc=f"answers {label}".strip(), unit="answer", leave=False)
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        # One call per sample index, each with its own seed: a backend that seeds each request (vLLM, an
        # OpenAI server) would otherwise answer a repeated prompt identically. Sample j of every model
        # shares seed + j, which is what the paired differences pair on.
        per_sample = []
        for j in range(samples):
            p = params if params.seed is None else replace(params, seed=params.seed + j)
            per_sample.append(backend.generate([r["prompt"] for r in part], p))
            bar.update(len(part))
        for offset, row in enumerate(part):
            batch = [outs[offset] for outs in per_sample]
            completions = [[{"role": "assistant", "content": o.text}] for o in batch]
            columns = {k: [v] * len(batch) for k, v in row.items() if k not in ROW_FIELDS_NOT_FOR_REWARDS}
            scores = mix.score(completions, **columns)
            totals = mix.total(scores)
            for j, o in enumerate(batch):
                parsed = parse_turn(o.text)
                records.append({
                    "row": start + offset, "sample": j, "text": o.text, "error": o.error,
                    "finish_reason": o.finish_reason, "completion_tokens": o.completion_tokens,
                    "parse_ok": parsed.ok and not o.error,
                    "grammar_ok": not o.error and parse_turn(o.text, strict=True).ok,
                    # the first TurnError code (stable, so the summary can count them) and its message
                    "parse_error": parsed.codes[0].value if parsed.codes and not o.error else None,
                    "parse_message": parsed.errors[0] if parsed.errors and not o.error else None,
                    # a failed call is recorded, not scored: it says nothing about the model
                    "rewards": {} if o.error else {k: v[j] for k, v in scores.items()},
                    "reward": None if o.error else totals[j],
                })  # fmt: skip
    bar.close()
    return records


def _paired(records: list[dict], other: list[dict] | None) -> tuple[float | None, float | None] | None:
    """Mean and standard error of the reward difference to ``other``, paired by (row, sample): the same
    prompt and the same sampling seed; a pair counts only when both answers were scored (a failed call has
    no reward, not a reward of 0). None without a comparable ``other``."""
    if other is None or len(other) != len(records):
        return None
    diffs = [a["reward"] - b["reward"] for a, b in zip(records, other) if a["reward"] is not None and b["reward"] is not None]
    return _mean_se(diffs)


def summarise(
    records: list[dict], names: list[str], baseline: list[dict] | None = None, previous: list[dict] | None = None
) -> dict:
    """Means (with standard errors) of the mixed reward and each component, parse rate, clipping, and the
    paired differences to the first model (``baseline``) and to the one before (``previous``: the step an
    ablation base -> SFT -> SFT+GRPO adds)."""
    answered = [r for r in records if r["error"] is None]
    total, se = _mean_se([r["reward"] for r in records if r["reward"] is not None])
    out = {
        "answers": len(records),
        "reward": total,
        "reward_se": se,
        "parse_rate": sum(r["parse_ok"] for r in answered) / max(1, len(answered)),
        "grammar_rate": sum(r.get("grammar_ok", False) for r in answered) / max(1, len(answered)),
        "clipped_rate": sum(r["finish_reason"] == "length" for r in answered) / max(1, len(answered)),
        "mean_tokens": sum(r["completion_tokens"] for r in answered) / max(1, len(answered)),
        "errors": sum(r["error"] is not None for r in records),
        "components": {},
        "top_parse_errors": Counter(r["parse_error"] for r in records if r["parse_error"]).most_common(3),
    }
    for name in names:
        vals = [r["rewards"][name] for r in records if r["rewards"].get(name) is not None]
        out["components"][name] = _mean_se(vals)[0]
    for key, other in (("diff_vs_first", baseline), ("diff_vs_previous", previous)):
        paired = _paired(records, other)
        if paired is not None:
            out[key], out[f"{key}_se"] = paired
    return out


def _fmt(v) -> str:
    if v is None:
        return "n/a"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def markdown(summaries: dict[str, dict], names: list[str], weights: list[float]) -> str:
    labels = list(summaries)
    head = ["| | " + " | ".join(labels) + " |", "| --- | " + " | ".join("---" for _ in labels) + " |"]

    def row(title, get):
        return f"| {title} | " + " | ".join(_fmt(get(summaries[lab])) for lab in labels) + " |"

    lines = head + [
        row("**mixed reward** (mean)", lambda s: s["reward"]),
        row("standard error", lambda s: s["reward_se"]),
        row(f"difference vs {labels[0]} (paired)", lambda s: s.get("diff_vs_first")),
        row("standard error of the difference", lambda s: s.get("diff_vs_first_se")),
        *([row("difference vs the model before (paired)", lambda s: s.get("diff_vs_previous")),
           row("standard error of that difference", lambda s: s.get("diff_vs_previous_se"))] if len(labels) > 2 else []),
        row("parse success (of answered calls)", lambda s: s["parse_rate"]),
        row("in the turn grammar (strict parse)", lambda s: s.get("grammar_rate")),
        row("clipped at max tokens", lambda s: s["clipped_rate"]),
        row("mean completion tokens", lambda s: s["mean_tokens"]),
        row("failed calls", lambda s: s["errors"]),
    ]
    lines += [row(f"{n} (weight {w:g})", lambda s, n=n: s["components"][n]) for n, w in zip(names, weights)]
    return "\n".join(lines) + "\n"


def plot(summaries: dict[str, dict], names: list[str], path: str | Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from userlm.core.io import atomic_write

    keys = ["reward", "parse_rate", *names]
    labels = list(summaries)
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.8 / max(1, len(labels))
    for i, label in enumerate(labels):
        s = summaries[label]
        vals = [s["reward"] or 0.0, s["parse_rate"]] + [s["components"][n] or 0.0 for n in names]
        errs = [s["reward_se"] or 0.0] + [0.0] * (len(keys) - 1)
        ax.bar([x + i * width for x in range(len(keys))], vals, width, yerr=errs, label=label)
    ax.set_xticks([x + width * (len(labels) - 1) / 2 for x in range(len(keys))])
    ax.set_xticklabels(["mixed reward", "parse success", *names], rotation=20, ha="right", fontsize=8)
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_title("userlm: reward mix on held-out prompts")
    ax.legend()
    fig.tight_layout()
    with atomic_write(path, "wb") as f:
        fig.savefig(f, format="png", dpi=110)
    plt.close(fig)


def evaluate_rewards(
    specs: list[str],
    rows_path: str,
    *,
    n: int = 32,
    samples: int = 2,
    params: SamplingParams | None = None,
    mix_path: str | None = None,
    out_dir: str | Path | None = None,
    api_key: str | None = None,
    backends: dict | None = None,
    progress=None,
) -> dict[str, dict]:
    """Score every spec (``LABEL=SPEC``, see ``userlm.eval.simulators``) on the first ``n`` rows."""
    from userlm.core.backends import make_backend
    from userlm.core.io import DataError, iter_jsonl, write_json, write_jsonl, write_text
    from userlm.eval.simulators import parse_spec
    from userlm.rewards import load_mix

    rows = [row for _, row in iter_jsonl(rows_path)][:n]
    if not rows:
        raise DataError("no rows", rows_path)
    for i, row in enumerate(rows, 1):
        if "prompt" not in row:
            raise DataError("row has no 'prompt' (expected a grpo.jsonl from `userlm synth`)", rows_path, i)
    mix = load_mix(mix_path)
    params = params or SamplingParams(max_tokens=192, temperature=1.0, seed=0)
    summaries, all_records, first, previous = {}, {}, None, None
    for spec in specs:
        label, rest = parse_spec(spec)
        if progress:
            progress(f"{label}: {len(rows)} prompts x {samples} samples")
        backend = (backends or {}).get(label)
        if backend is None:
            if "@" in rest and rest.split("@", 1)[1].startswith(("http://", "https://")):
                model, base_url = rest.split("@", 1)
                backend = make_backend(model, base_url=base_url, api_key=api_key)
            else:
                backend = make_backend(rest)
        records = score_rows(backend, rows, mix, samples, params, label)
        summaries[label] = summarise(records, mix.names, first, previous if previous is not first else None)
        summaries[label]["spec"] = rest
        all_records[label] = records
        first, previous = (records if first is None else first), records
    if out_dir:
        out = Path(out_dir)
        settings = {"rows": rows_path, "n": len(rows), "samples": samples, "mix": mix.source, "gate": mix.gate,
                    "max_tokens": params.max_tokens, "temperature": params.temperature, "seed": params.seed,
                    "grammar": params.grammar is not None}  # fmt: skip
        write_json(out / "results.json", {"settings": settings, "models": summaries})
        specs_md = "\n".join(f"- **{lab}**: `{s['spec']}`" for lab, s in summaries.items())
        write_text(
            out / "report.md",
            f"# Reward mix on held-out prompts\n\n{specs_md}\n\nSettings: `{settings}`\n\n"
            + markdown(summaries, mix.names, mix.weights),
        )
        plot(summaries, mix.names, out / "chart.png")
        for label, records in all_records.items():
            write_jsonl(out / "completions" / f"{re.sub(r'[^A-Za-z0-9._-]', '_', label)}.jsonl", records)
    return summaries


def eval_rewards_command(args) -> int:
    from rich.console import Console

    from userlm.rewards import load_mix

    console = Console()
    params = SamplingParams(max_tokens=args.max_tokens, temperature=args.temperature, seed=args.seed)
    if args.grammar:
        from userlm.core.simulator import with_grammar

        params = with_grammar(params)
    summaries = evaluate_rewards(
        args.model, args.rows, n=args.n, samples=args.samples, params=params, mix_path=args.mix,
        out_dir=args.out, api_key=args.api_key, progress=lambda m: console.log(m),
    )  # fmt: skip
    mix = load_mix(args.mix)
    console.print(markdown(summaries, mix.names, mix.weights))
    if args.out:
        console.print(f"report: {Path(args.out) / 'report.md'}")
    return 0
