"""Write an evaluation: a side-by-side Markdown table, JSON, a PNG chart, and the transcripts.

The report always says how every session ended and lists the ones that could not be scored, with the reason,
so a simulator that fails often cannot look good by having fewer turns scored.

write_report(results, "runs/eval")   # results from userlm.eval.simulator_eval.evaluate
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
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
    ("unscored_sessions", "sessions not scored", "low"),
]
COUNTS = ("errors", "unscored_sessions")  # counts, not rates: in the table, not in the chart
# How a session ended (simulator_eval.END_REASONS) -> row title of the sessions table.
ENDS = {
    "simulator_stopped": "simulator stopped",
    "past_reference_end": "talked past the reference user's end (a missed termination)",
    "max_turns": "ran out of turns (--max-turns)",
    "simulator_error": "a simulator call failed (not scored past it)",
}


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
    return "\n".join(lines + sessions_table(metrics)) + "\n"


def sessions_table(metrics: dict[str, dict]) -> list[str]:
    """How each simulator's sessions ended, then every session that could not be scored, with its reason."""
    labels = [s for s in metrics if "sessions" in metrics[s]]
    if not labels:
        return []
    lines = ["", "Sessions by how they ended:", "", "| ended | " + " | ".join(labels) + " |",
             "| --- | " + " | ".join("---" for _ in labels) + " |"]  # fmt: skip
    for key, title in ENDS.items():
        lines.append(
            f"| {title} | " + " | ".join(str(metrics[s]["sessions"].get(key, 0)) for s in labels) + " |"
        )
    unscored = [
        (s, reason, n) for s in labels for reason, n in metrics[s].get("unscored_reasons", {}).items()
    ]
    lines += ["", f"Sessions not scored: {sum(n for _, _, n in unscored)} (a failed simulator call ends its session; "
              "it counts as a failed call and a malformed turn, the turns before it are scored)", ""]  # fmt: skip
    lines += [f"- **{s}**: {n} x {reason}" for s, reason, n in unscored]
    return lines


def plot(metrics: dict[str, dict], path: str | Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [(k, t) for k, t, _ in TABLE if k not in COUNTS]
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
        paths["json"],
        {label: {"spec": r["spec"], "metrics": r["metrics"], "sessions": [asdict(o) for o in r.get("sessions", [])]}
         for label, r in results.items()},
    )  # fmt: skip
    plot(metrics, paths["png"])
    for label, r in results.items():
        rows = ({"set": x.set, "conv": x.conv, "profile_id": x.profile.id, "turn_index": x.turn_index,
                 "agent_message": x.agent_message, "trap": x.trap, "should_end": x.should_end,
                 "raw": x.raw, "error": x.error} for x in r["records"])  # fmt: skip
        write_jsonl(out / "transcripts" / f"{re.sub(r'[^A-Za-z0-9._-]', '_', label)}.jsonl", rows)
    return paths


def load_metrics(path: str | Path) -> dict:
    return {k: v["metrics"] for k, v in json.loads(Path(path).read_text()).items()}
