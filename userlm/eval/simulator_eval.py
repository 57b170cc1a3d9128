"""``userlm eval simulator``: several simulators side by side on the same held-out profiles.

Two sets, both from the same profiles and seeds so every simulator meets the same agent turns:
- sessions: a scripted domain agent (``userlm.synth.scenario_agent``, traps injected at ``trap_rate``)
  talks with the simulator for up to ``max_turns``; a shadow reference policy, fed the same agent turns,
  labels where the conversation should end and what action fits;
- adversarial: every tactic of the trap library x ``per_tactic`` profiles, one trap turn each.

The turns are scored with the reward functions (``userlm.rewards``) and the metrics of
``userlm.eval.metrics``; ``report.py`` writes the Markdown table, JSON and PNG.

    userlm eval simulator --sim base=smollm2-135m --sim trained=runs/demo/sft --sim policy --profiles test.jsonl
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tqdm.auto import tqdm

from userlm.core.profile import UserProfile
from userlm.core.simulator import AGENT_GREETING
from userlm.core.turn import parse_turn
from userlm.eval import metrics as M
from userlm.eval.simulators import SimulatorUnderTest


@dataclass
class EvalSettings:
    max_turns: int = field(default=8, metadata={"help": "Agent turns per session at most."})
    trap_rate: float = field(default=0.25, metadata={"help": "Chance that a scripted agent turn is a trap."})
    per_tactic: int = field(default=2, metadata={"help": "Profiles per tactic in the adversarial set."})
    seed: int = field(default=0, metadata={"help": "Seed of the scripted agents and the adversarial set."})


@dataclass
class TurnRecord:
    """One simulator turn with its context and gold labels; ``raw``/``error`` are what the simulator gave."""

    set: str
    conv: str
    profile: UserProfile
    turn_index: int
    agent_message: str
    trap: str | None
    offer: float | None
    goal_met: bool
    limit_hit: bool
    should_end: bool
    expected_action: str | None
    previous_user_replies: list[str]
    raw: str = ""
    error: str | None = None

    def columns(self) -> dict:
        return {
            "profile": self.profile.model_dump_json(), "agent_message": self.agent_message, "trap": self.trap,
            "previous_user_replies": self.previous_user_replies, "offer": self.offer, "goal_met": self.goal_met,
            "limit_hit": self.limit_hit, "expected_action": self.expected_action, "turn_index": self.turn_index,
        }  # fmt: skip


def _agents(profile: UserProfile, settings: EvalSettings):
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import ScenarioAgent

    rng = random.Random(f"{settings.seed}:agent:{profile.id}")
    agent = ScenarioAgent(profile, rng, trap_rate=settings.trap_rate, max_turns=settings.max_turns)
    shadow = UserPolicy(profile, random.Random(f"{settings.seed}:shadow:{profile.id}"))
    return agent, shadow


def run_sessions(
    sim: SimulatorUnderTest, profiles: list[UserProfile], settings: EvalSettings
) -> list[TurnRecord]:
    """Lockstep conversations: each round batches one simulator turn of every live conversation."""
    live = []
    for p in profiles:
        agent, shadow = _agents(p, settings)
        live.append(
            {"profile": p, "agent": agent, "shadow": shadow, "messages": [], "replies": [], "ended": False}
        )
    records: list[TurnRecord] = []
    bar = tqdm(total=settings.max_turns, desc=f"{sim.label}: sessions", leave=False)
    for index in range(settings.max_turns):
        batch = []
        for c in live:
            turn = None if c["ended"] else c["agent"].next_turn()
            if turn is None:
                c["ended"] = True
                continue
            gold = c["shadow"].respond(turn)
            c["messages"].append({"role": "assistant", "content": turn.text})
            rec = TurnRecord("session", c["profile"].id, c["profile"], index, turn.text, turn.trap, turn.offer,
                             bool(turn.goal_met), bool(gold.limit_hit), bool(turn.goal_met or gold.stop),
                             gold.action, list(c["replies"]))  # fmt: skip
            batch.append((c, rec, turn))
        if not batch:
            break
        outputs = sim.respond([(rec.conv, c["profile"], c["messages"], turn) for c, rec, turn in batch])
        for (c, rec, _), (text, error) in zip(batch, outputs):
            rec.raw, rec.error = text, error
            parsed = parse_turn(text)
            content = (parsed.reply + (" " + parsed.stop if parsed.stop else "")).strip()
            c["messages"].append({"role": "user", "content": content})
            c["replies"].append(parsed.reply)
            c["ended"] = c["ended"] or parsed.stop is not None or error is not None
            records.append(rec)
        bar.update(1)
    bar.close()
    return records


def run_adversarial(
    sim: SimulatorUnderTest, profiles: list[UserProfile], settings: EvalSettings
) -> list[TurnRecord]:
    """Every tactic x ``per_tactic`` profiles: greeting, the reference user's opening, then the trap."""
    from userlm.rewards.traps import load_traps, render_trap
    from userlm.synth.scenario_agent import AgentTurn

    records, items = [], []
    for trap in load_traps():
        for k in range(min(settings.per_tactic, len(profiles))):
            p = profiles[(hash_index(trap.id) + k) % len(profiles)]
            _, shadow = _agents(p, settings)
            opening = shadow.respond(AgentTurn(AGENT_GREETING, "greet")).content
            text = render_trap(trap, p, random.Random(f"{settings.seed}:{trap.id}:{p.id}"))
            messages = [{"role": "assistant", "content": AGENT_GREETING}, {"role": "user", "content": opening},
                        {"role": "assistant", "content": text}]  # fmt: skip
            rec = TurnRecord("adversarial", f"{trap.id}:{p.id}", p, 1, text, trap.id, None, False, False, False,
                             None, [opening])  # fmt: skip
            records.append(rec)
            items.append((rec.conv, p, messages, AgentTurn(text, "trap", trap=trap.id)))
    for start in tqdm(range(0, len(items), 32), desc=f"{sim.label}: adversarial", leave=False):
        for rec, (text, error) in zip(records[start : start + 32], sim.respond(items[start : start + 32])):
            rec.raw, rec.error = text, error
    return records


def hash_index(text: str) -> int:
    """A stable small integer from a string (Python's hash() is salted per process)."""
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(text))


def score(records: list[TurnRecord]) -> dict:
    """All metrics of one simulator from its session and adversarial records."""
    from userlm.rewards import REWARDS
    from userlm.rewards.realism import ASSISTANTISM_RE, length_band

    def reward(name: str, recs: list[TurnRecord]) -> list[float | None]:
        if not recs:
            return []
        cols = [r.columns() for r in recs]
        return REWARDS[name]()([r.raw for r in recs], **{k: [c[k] for c in cols] for k in cols[0]})

    sessions = [r for r in records if r.set == "session"]
    adversarial = [r for r in records if r.set == "adversarial"]
    parsed = {id(r): parse_turn(r.raw) for r in records}
    replies = [parsed[id(r)].reply for r in sessions]
    anti = reward("anti_manipulation", adversarial)
    in_band = []
    for r, reply in zip(sessions, replies):
        lo, hi = length_band(r.profile.role.style.verbosity)
        in_band.append(lo <= len(reply.split()) <= hi)
    firsts = [parsed[id(r)].reply for r in sessions if r.turn_index == 0]
    by_conv: dict[str, list[str]] = {}
    for r, reply in zip(sessions, replies):
        by_conv.setdefault(r.conv, []).append(reply)
    profiles = {r.conv: r.profile for r in sessions}
    return {
        "turns": len(sessions),
        "errors": sum(r.error is not None for r in records),
        "format_ok": M.mean(float(parsed[id(r)].ok) for r in records),
        "format": M.mean(reward("format", records)),
        "goal_adherence": M.mean(reward("goal_consistency", sessions)),
        "resistance": M.mean(None if v is None else float(v > 0) for v in anti),
        "resistance_by_tactic": M.rate_by((r.trap, None if v is None else v > 0) for r, v in zip(adversarial, anti)),
        "realism": M.mean(reward("realism", sessions)),
        "robotic_rate": M.mean(float(bool(ASSISTANTISM_RE.search(x))) for x in replies),
        "length_in_band": M.mean(float(x) for x in in_band),
        **{f"first_turn_{k}": v for k, v in M.first_turn_diversity(firsts).items()},
        **M.information_sharing([(profiles[c], rs) for c, rs in by_conv.items()]),
        **{f"termination_{k}": v for k, v in M.termination_prf(
            (parsed[id(r)].stop is not None, r.should_end) for r in sessions).items()},
        "consistency": M.mean(reward("alignment", records)),
    }  # fmt: skip


def evaluate(sims: list[SimulatorUnderTest], profiles: list[UserProfile], settings: EvalSettings) -> dict:
    """{label: {"metrics": ..., "records": [...]}} for every simulator."""
    results = {}
    for sim in tqdm(sims, desc="simulators"):
        records = run_sessions(sim, profiles, settings) + run_adversarial(sim, profiles, settings)
        results[sim.label] = {"spec": sim.spec, "metrics": score(records), "records": records}
    return results
