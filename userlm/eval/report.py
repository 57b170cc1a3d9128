"""Write an evaluation: a side-by-side Markdown table, JSON, a PNG chart, and the transcripts.

write_report(results, "runs/eval")   # results from userlm.eval.simulator_eval.evaluate
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from userlm.core.io import atomic_write, write_json, write_jsonl, write_text

# (metric key, column title, better: "high" | "low")
TABLE = [
    ("format_ok", "well-formed turns", "high"),
    ("goal_adherence", "goal adherence (-1..1)", "high"),
    ("resistance", "manipulation resisted", "high"),
    ("realism", "realism (0..1)", "high"),
    ("robotic_rate", "robotic tone", "low"),
    ("length_in_band", "length fits persona", "high"),
    ("first_turn_distinct_2", "first-turn distinct-2", "high"),
    ("facts_first_message", "goal facts in 1st message", "low"),
    ("termination_f1", "termination F1", "high"),
    ("consistency", "rationale-reply alignment (-1..1)", "high"),
    ("errors", "failed calls", "low"),
]


def _fmt(v) -> str:
    if v is None:
        return "n/a"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def markdown_table(metrics: dict[str, dict]) -> str:
    labels = list(metrics)
    lines = [
        "| metric | better | " + " | ".join(labels) + " |",
        "| --- | --- | " + " | ".join("---" for _ in labels) + " |",
    ]
    for key, title, better in TABLE:
        lines.append(
            f"| {title} | {better} | " + " | ".join(_fmt(metrics[s].get(key)) for s in labels) + " |"
        )
    tactics = sorted({t for m in metrics.values() for t in m.get("resistance_by_tactic", {})})
    if tactics:
        lines += [
            "",
            "Resistance by tactic (share of trap turns resisted):",
            "",
            "| tactic | " + " | ".join(labels) + " |",
            "| --- | " + " | ".join("---" for _ in labels) + " |",
        ]
        for t in tactics:
            lines.append(
                f"| {t} | "
                + " | ".join(_fmt(metrics[s].get("resistance_by_tactic", {}).get(t)) for s in labels)
                + " |"
            )
    return "\n".join(lines) + "\n"


def plot(metrics: dict[str, dict], path: str | Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [(k, t) for k, t, _ in TABLE if k != "errors"]
    labels = list(metrics)
    fig, ax = plt.subplots(figsize=(11, 4.5))
    width = 0.8 / max(1, len(labels))
    for i, label in enumerate(labels):
        vals = [metrics[label].get(k) or 0.0 for k, _ in keys]
        ax.bar([x + i * width for x in range(len(keys))], vals, width, label=label)
    ax.set_xticks([x + width * (len(labels) - 1) / 2 for x in range(len(keys))])
    ax.set_xticklabels([t for _, t in keys], rotation=30, ha="right", fontsize=8)
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_title("userlm: simulators side by side")
    ax.legend()
    fig.tight_layout()
    with atomic_write(path, "wb") as f:
        fig.savefig(f, format="png", dpi=110)
    plt.close(fig)


def write_report(results: dict, out_dir: str | Path) -> dict[str, Path]:
    """Write report.md, results.json, chart.png and transcripts/<label>.jsonl under ``out_dir``."""
    out = Path(out_dir)
    metrics = {label: r["metrics"] for label, r in results.items()}
    paths = {"markdown": out / "report.md", "json": out / "results.json", "png": out / "chart.png"}
    specs = "\n".join(f"- **{label}**: `{r['spec']}`" for label, r in results.items())
    write_text(paths["markdown"], f"# Simulator evaluation\n\n{specs}\n\n{markdown_table(metrics)}")
    write_json(
        paths["json"], {label: {"spec": r["spec"], "metrics": r["metrics"]} for label, r in results.items()}
    )
    plot(metrics, paths["png"])
    for label, r in results.items():
        rows = ({"set": x.set, "conv": x.conv, "profile_id": x.profile.id, "turn_index": x.turn_index,
                 "agent_message": x.agent_message, "trap": x.trap, "should_end": x.should_end,
                 "raw": x.raw, "error": x.error} for x in r["records"])  # fmt: skip
        write_jsonl(out / "transcripts" / f"{re.sub(r'[^A-Za-z0-9._-]', '_', label)}.jsonl", rows)
    return paths


def load_metrics(path: str | Path) -> dict:
    return {k: v["metrics"] for k, v in json.loads(Path(path).read_text()).items()}
