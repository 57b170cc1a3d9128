"""Write an evaluation: a side-by-side Markdown table, JSON, a PNG chart, and the transcripts.

The report always says how every session ended and lists the ones that could not be scored, with the reason,
so a simulator that fails often cannot look good by having fewer turns scored. A row shows only when some
simulator has its metric (the plain-mode rows, ``userlm.eval.plain_eval``, only when that suite ran).

write_report(results, "runs/eval")   # results from userlm.eval.simulator_eval.evaluate
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

from userlm.core.io import atomic_write, write_json, write_jsonl, write_text
from userlm.eval.metrics import wilson_interval

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
    ("trap_detected", "rationale: trap turns it saw (Trap: line)", "high"),
    ("trap_named_right", "rationale: trap turns it named right", "high"),
    ("trap_false_alarms", "rationale: a trap seen where none was", "low"),
    ("errors", "failed calls", "low"),
    ("unscored_sessions", "sessions not scored", "low"),
    ("plain_in_role", "plain: turns in role", "high"),
    ("plain_stop_when_goal_met", "plain: ###STOP### once goal met", "high"),
    ("plain_stop_precision", "plain: stops in time", "high"),
    ("plain_premature_stop", "plain: premature stops", "low"),
    ("plain_first_turn_disclosure", "plain: known facts in 1st reply", "low"),
    ("plain_disclosure_by_end", "plain: known facts by the end", "high"),
    ("plain_parse_ok", "plain: well-formed turns", "high"),
    ("plain_errors", "plain: failed calls", "low"),
]
# counts, not rates: in the table, not in the chart
COUNTS = ("errors", "unscored_sessions", "plain_errors")
# How a session ended (simulator_eval.END_REASONS) -> row title of the sessions table.
ENDS = {
    "simulator_stopped": "simulator stopped",
    "past_reference_end": "talked past the reference user's end (a missed termination)",
    "max_turns": "ran out of turns (--max-turns)",
    "simulator_error": "a simulator call failed (not scored past it)",
}


# share metric -> the metric holding its denominator: the report shows the count and a 95% interval beside it.
# Only shares of independent draws (one trap probe, one session each): turns of one session are not, and an
# interval over them (plain mode's turns in role) would claim more certainty than there is.
SHARE_OF = {"resistance": "resistance_turns", "plain_stop_when_goal_met": "plain_goal_met_sessions"}


def _counts(m: dict, key: str) -> str:
    """The counts behind a share, where the metrics hold them, and the share's 95% Wilson interval: a share of
    14 trap turns moves by 0.07 a turn, and two simulators whose intervals overlap are not yet told apart."""
    if key == "termination_f1" and "termination_right" in m:
        return f" ({m['termination_right']} right, {m['termination_early']} early, {m['termination_missed']} missed)"
    n = m.get(SHARE_OF.get(key, ""))
    if not n or m.get(key) is None:
        return ""
    k = round(m[key] * n)
    lo, hi = wilson_interval(k, n)
    return f" ({k}/{n}; {lo:.2f}-{hi:.2f})"


def _sampling(result: dict) -> str:
    """How a simulator was run: the seeds pooled, if several, and (nothing more for the policy) its temperature
    and whether the turn grammar held its sessions and its plain-mode turns (a figure under the grammar is not
    one of free generation)."""
    seeds = result.get("seeds") or []
    pooled = f"seeds {', '.join(map(str, seeds))} pooled" if len(seeds) > 1 else ""
    if result.get("temperature") is None:
        return f" ({pooled})" if pooled else ""
    modes = [(suite, result[key]) for suite, key in (("sessions", "grammar"), ("plain mode", "plain_grammar"))
             if result.get(key) is not None]  # fmt: skip
    said = [f"{suite} {'under the turn grammar' if on else 'free'}" for suite, on in modes] + ([pooled] if pooled else [])
    said += [_redraws(result)] if result.get("redraws") or result.get("plain_redraws") else []
    return f" at temperature {result['temperature']}" + (f" ({'; '.join(said)})" if said else "")


def _redraws(result: dict) -> str:
    """How often a reply that repeated an earlier one was drawn again (``userlm.core.repeats``), per suite.

    >>> _redraws({"redraws": {"limit": 3, "redrawn": 3, "turns": 40}, "plain_redraws": {"limit": 3, "redrawn": 5, "turns": 30}})
    'repeats drawn again up to 3 times: 3 of 40 replies in sessions, 5 of 30 in plain mode'
    >>> _redraws({"plain_redraws": {"limit": 0, "redrawn": 0, "turns": 40}})
    'repeats not drawn again'
    """
    counts = [(suite, result[key]) for suite, key in (("sessions", "redraws"), ("plain mode", "plain_redraws")) if result.get(key)]
    limit = max(c["limit"] for _, c in counts)
    if not limit:
        return "repeats not drawn again"
    said = [f"{c['redrawn']} of {c['turns']}{' replies' if i == 0 else ''} in {suite}" for i, (suite, c) in enumerate(counts)]
    return f"repeats drawn again up to {limit} times: " + ", ".join(said)


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
    for key, title, better in present(metrics):
        lines.append(
            f"| {title} | {better} | "
            + " | ".join(_fmt(metrics[s].get(key)) + _counts(metrics[s], key) for s in labels)
            + " |"
        )
    if any(m.get(n) and m.get(key) is not None for m in metrics.values() for key, n in SHARE_OF.items()):
        lines += ["", "(k/n; lo-hi): the count behind a share and its 95% Wilson interval."]
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
    return "\n".join(lines + sessions_table(metrics) + stops_table(metrics) + plain_table(metrics)) + "\n"


def present(metrics: dict[str, dict]) -> list[tuple[str, str, str]]:
    """The rows of ``TABLE`` some simulator has a value for (a suite that did not run has none)."""
    return [row for row in TABLE if any(row[0] in m for m in metrics.values())]


def plain_table(metrics: dict[str, dict]) -> list[str]:
    """The plain-mode suite: its counts, ends, reasons a turn was out of role, and the targets of issue 18."""
    labels = [s for s in metrics if "plain_ends" in metrics[s]]
    if not labels:
        return []
    from userlm.eval.plain_eval import PLAIN_TARGETS

    def row(title: str, values) -> str:
        return f"| {title} | " + " | ".join(_fmt(v) for v in values) + " |"

    targets = ", ".join(f"{k.removeprefix('plain_')} >= {v:.0%}" for k, v in PLAIN_TARGETS.items())
    lines = ["", "Plain mode (a tau2-bench-style prompt, as through `userlm serve` without a profile):", "",
             "| | " + " | ".join(labels) + " |", "| --- | " + " | ".join("---" for _ in labels) + " |",
             row("sessions", [metrics[s]["plain_sessions"] for s in labels]),
             row("answered turns", [metrics[s]["plain_turns"] for s in labels]),
             row("sessions whose reference goal was met", [metrics[s]["plain_goal_met_sessions"] for s in labels]),
             row("stop recall (any token, at or after the reference's end)",
                 [metrics[s]["plain_stop_recall"] for s in labels])]  # fmt: skip
    by_end = sorted({k for s in labels for k in metrics[s].get("plain_stops_by_end", {})})
    for key in by_end:  # stop recall per way the reference user ended (its last move), as "k/n" sessions
        rows = [metrics[s].get("plain_stops_by_end", {}).get(key) for s in labels]
        lines.append(f"| stopped in time where the reference ended at {key} | "
                     + " | ".join(f"{r['stopped']}/{r['turns']}" if r else "-" for r in rows) + " |")  # fmt: skip
    lines += [row(f"ended: {ENDS[e]}", [metrics[s]["plain_ends"].get(e, 0) for s in labels]) for e in ENDS]
    reasons = sorted({r for s in labels for r in metrics[s].get("plain_out_of_role_by_reason", {})})
    lines += [row(f"out of role: {r} (share of turns)",
                  [metrics[s]["plain_out_of_role_by_reason"].get(r, 0.0) for s in labels]) for r in reasons]  # fmt: skip
    met = {None: "n/a", True: "yes", False: "no"}
    lines.append(
        f"| targets met ({targets}) | "
        + " | ".join(met[metrics[s]["plain_targets_met"]] for s in labels)
        + " |"
    )
    unscored = [
        (s, why, n) for s in labels for why, n in metrics[s].get("plain_unscored_reasons", {}).items()
    ]
    lines += ["", f"Plain sessions not scored: {sum(n for _, _, n in unscored)}", ""]
    lines += [f"- **{s}**: {n} x {why}" for s, why, n in unscored]
    return lines


def stops_table(metrics: dict[str, dict]) -> list[str]:
    """Where termination F1's right, missed and early stops fall: per situation (the agent's move -> the
    reference user's answer), the turns each simulator ended; then what it wrote instead where it missed one."""
    labels = [s for s in metrics if "stops_by_situation" in metrics[s]]
    # only where a stop is due or some simulator stopped: the other situations are all 0/n
    situations = sorted({k for s in labels for k, r in metrics[s]["stops_by_situation"].items()
                         if r["reference_ends"] or r["stopped"]})  # fmt: skip
    if not situations:
        return []
    lines = ["", "Stops by situation (agent's move -> reference user's answer; turns the simulator ended / turns):", "",
             "| situation | reference ends | " + " | ".join(labels) + " |",
             "| --- | --- | " + " | ".join("---" for _ in labels) + " |"]  # fmt: skip
    for key in situations:
        rows = [metrics[s]["stops_by_situation"].get(key) for s in labels]
        ends = "yes" if any(r and r["reference_ends"] for r in rows) else "no"
        cells = [f"{r['stopped']}/{r['turns']}" if r else "-" for r in rows]
        lines.append(f"| {key} | {ends} | " + " | ".join(cells) + " |")
    missed = [(s, metrics[s].get("missed_stop_actions") or {}) for s in labels]
    said = "; ".join(f"{s}: " + ", ".join(f"{a} {n}" for a, n in acts.items()) for s, acts in missed if acts)
    if said:
        lines += ["", f"Where a stop was missed, the rationale's Action: {said}."]
    return lines


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

    keys = [(k, t) for k, t, _ in present(metrics) if k not in COUNTS]
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
    specs = "\n".join(f"- **{label}**: `{r['spec']}`{_sampling(r)}" for label, r in results.items())
    write_text(paths["markdown"], f"# Simulator evaluation\n\n{specs}\n\n{markdown_table(metrics)}")
    write_json(
        paths["json"],
        {label: {"spec": r["spec"], "temperature": r.get("temperature"), "seeds": r.get("seeds"), "grammar": r.get("grammar"),
                 "plain_grammar": r.get("plain_grammar"), "redraws": r.get("redraws"), "plain_redraws": r.get("plain_redraws"),
                 "metrics": r["metrics"], "sessions": [asdict(o) for o in r.get("sessions", [])],
                 **({"plain_sessions": [asdict(o) for o in r["plain_outcomes"]]} if "plain_outcomes" in r else {})}
         for label, r in results.items()},
    )  # fmt: skip
    plot(metrics, paths["png"])
    for label, r in results.items():
        name = re.sub(r"[^A-Za-z0-9._-]", "_", label)
        if "plain_records" in r:
            write_jsonl(out / "transcripts" / f"{name}.plain.jsonl", (x.row() for x in r["plain_records"]))
        if "records" not in r:  # only the plain suite ran
            continue
        # with the gold labels, so a turn can be read against what the reference user did there
        rows = ({"set": x.set, "conv": x.conv, "profile_id": x.profile.id, "turn_index": x.turn_index,
                 "agent_message": x.agent_message, "agent_move": x.agent_move, "trap": x.trap, "offer": x.offer,
                 "should_end": x.should_end, "goal_met": x.goal_met, "limit_hit": x.limit_hit,
                 "reference_action": x.expected_action, "raw": x.raw, "error": x.error} for x in r["records"])  # fmt: skip
        write_jsonl(out / "transcripts" / f"{name}.jsonl", rows)
    return paths


def load_metrics(path: str | Path) -> dict:
    return {k: v["metrics"] for k, v in json.loads(Path(path).read_text()).items()}
