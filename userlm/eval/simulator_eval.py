"""``userlm eval simulator``: several simulators side by side on the same held-out profiles.

Two sets, both from the same profiles and seeds so every simulator meets the same agent turns:
- sessions: a scripted domain agent (``userlm.synth.scenario_agent``, traps injected at ``trap_rate``)
  talks with the simulator for up to ``max_turns``; a shadow reference policy, fed the same agent turns,
  labels where the conversation should end and what action fits;
- adversarial: every tactic of the trap library x ``per_tactic`` profiles, one trap turn each.

The turns are scored with the reward functions (``userlm.rewards``) and the metrics of
``userlm.eval.metrics``; ``report.py`` writes the Markdown table, JSON and PNG.

Nothing a simulator does ends the run: a call that raises, answers nothing or answers garbage is that
turn's ``error``. Every session ends one way (``SessionOutcome.end``, counted per simulator in the report):
``simulator_stopped`` (it sent a stop token), ``past_reference_end`` (it talked on after the shadow
reference user stopped), ``max_turns``, or ``simulator_error`` (a failed call; the session is not scored
past that turn and is listed in the report as unscored, with the error).

A simulator that talks past the reference user's end: its turn at the reference's last move is gold
``should_end`` without a stop, the missed termination that termination P/R/F1 counts, and the session ends
there instead of going on without gold labels, because (1) once the reference user has left there is no
gold action or end label, so later turns could not be scored for termination or goal adherence; (2)
counting each extra turn as another miss would make termination recall depend on ``--max-turns``; (3)
synthesis ends its conversations at the same point (the scripted agent stops once the policy has ended),
so the evaluation and the training data agree on where a conversation ends. The shadow is asked with
``UserPolicy.respond_if_open``, the one check every caller of the policy makes.

``max_turns`` is at most ``MAX_TURNS`` (32, shared with ``userlm synth``): the longest reference
conversation over the bundled and generated profiles is 11 moves, and longer sessions only grow the prompt.

    userlm eval simulator --sim base=smollm2-135m --sim trained=runs/demo/sft --sim policy --profiles test.jsonl
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tqdm.auto import tqdm

from userlm.core.profile import UserProfile
from userlm.core.rows import situation
from userlm.core.simulator import AGENT_GREETING
from userlm.core.turn import parse_turn
from userlm.eval import metrics as M
from userlm.eval.simulators import SimulatorUnderTest
from userlm.synth import MAX_TURNS

if TYPE_CHECKING:
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import AgentTurn, ScenarioAgent

# How a session ended; "simulator_error" sessions are the ones reported as not scored (past the failed turn).
END_REASONS = ("simulator_stopped", "past_reference_end", "max_turns", "simulator_error")


@dataclass
class EvalSettings:
    max_turns: int = field(default=8, metadata={"help": "Agent turns per session at most."})
    trap_rate: float = field(default=0.25, metadata={"help": "Chance that a scripted agent turn is a trap."})
    per_tactic: int = field(default=2, metadata={"help": "Profiles per tactic in the adversarial set."})
    seed: int = field(default=0, metadata={"help": "Seed of the scripted agents and the adversarial set."})


def check_settings(settings: EvalSettings, where: str = "eval settings") -> None:
    """Reject settings that cannot work before any model loads, naming the setting (as ``userlm synth`` does)."""
    from userlm.core.io import DataError

    checks = (
        ("max_turns", 1 <= settings.max_turns <= MAX_TURNS, f"must be between 1 and {MAX_TURNS}"),
        ("trap_rate", 0.0 <= settings.trap_rate <= 1.0, "must be between 0 and 1"),
        ("per_tactic", settings.per_tactic >= 0, "must be 0 or more"),
    )
    for name, ok, why in checks:
        if not ok:
            raise DataError(f"{why} (got {getattr(settings, name)!r})", where, field=name)


@dataclass
class SessionOutcome:
    """How one session (or adversarial probe) ended; ``reference_end`` is why the shadow user stopped, if it did."""

    set: str
    conv: str
    profile_id: str
    turns: int
    end: str
    reference_end: str | None = None
    error: str | None = None

    @property
    def scored(self) -> bool:
        return self.end != "simulator_error"


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
    agent_move: str | None = None  # the scripted agent's move (offer, refuse, resolve, trap...)

    @property
    def situation(self) -> str:
        """The agent's move and the reference user's answer (``"offer->end"``): where a stop is due or not."""
        return situation(self.agent_move, self.expected_action)

    def columns(self) -> dict:
        return {
            "profile": self.profile.model_dump_json(), "agent_message": self.agent_message, "trap": self.trap,
            "previous_user_replies": self.previous_user_replies, "offer": self.offer, "goal_met": self.goal_met,
            "limit_hit": self.limit_hit, "expected_action": self.expected_action, "turn_index": self.turn_index,
        }  # fmt: skip


def _agents(profile: UserProfile, settings: EvalSettings) -> tuple[ScenarioAgent, UserPolicy]:
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import ScenarioAgent

    rng = random.Random(f"{settings.seed}:agent:{profile.id}")
    agent = ScenarioAgent(profile, rng, trap_rate=settings.trap_rate, max_turns=settings.max_turns)
    shadow = UserPolicy(profile, random.Random(f"{settings.seed}:shadow:{profile.id}"))
    return agent, shadow


@dataclass
class _Session:
    """One live session: the scripted agent, the shadow reference user, and the simulator's side so far."""

    conv: str
    profile: UserProfile
    agent: ScenarioAgent
    shadow: UserPolicy
    messages: list[dict] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    end: str | None = None
    error: str | None = None

    def ask(self, index: int) -> tuple[TurnRecord, AgentTurn] | None:
        """The agent's next turn with its gold labels, or None (and ``end`` set) when the session is over."""
        turn = self.agent.next_turn()
        gold = None if turn is None else self.shadow.respond_if_open(turn)
        if gold is None:  # the reference user already left (or the agent did): see the module docstring
            self.end = "past_reference_end" if self.shadow.ended else "max_turns"
            return None
        self.messages.append({"role": "assistant", "content": turn.text})
        rec = TurnRecord("session", self.conv, self.profile, index, turn.text, turn.trap, turn.offer,
                         bool(turn.goal_met), bool(gold.limit_hit), bool(turn.goal_met or gold.stop),
                         gold.action, list(self.replies), agent_move=turn.kind)  # fmt: skip
        return rec, turn

    def take(self, rec: TurnRecord, text: str, error: str | None) -> None:
        """Record the simulator's answer; a stop token or a failed call ends the session."""
        rec.raw, rec.error = text, error
        parsed = parse_turn(text)
        content = (parsed.reply + (" " + parsed.stop if parsed.stop else "")).strip()
        self.messages.append({"role": "user", "content": content, "reasoning_content": parsed.rationale or ""})
        self.replies.append(parsed.reply)
        if error is not None:
            self.end, self.error = "simulator_error", error
        elif parsed.stop is not None:
            self.end = "simulator_stopped"

    def outcome(self) -> SessionOutcome:
        end = self.end or ("past_reference_end" if self.shadow.ended else "max_turns")
        return SessionOutcome("session", self.conv, self.profile.id, len(self.replies), end,
                              self.shadow.end_reason, self.error)  # fmt: skip


def _conv_ids(profiles: list[UserProfile]) -> list[str]:
    """One id per session: the profile id, with ``#2``, ``#3``... for a profile listed again."""
    seen: dict[str, int] = {}
    ids = []
    for p in profiles:
        seen[p.id] = seen.get(p.id, 0) + 1
        ids.append(p.id if seen[p.id] == 1 else f"{p.id}#{seen[p.id]}")
    return ids


def run_sessions(
    sim: SimulatorUnderTest, profiles: list[UserProfile], settings: EvalSettings
) -> tuple[list[TurnRecord], list[SessionOutcome]]:
    """Lockstep conversations: each round batches one simulator turn of every live conversation; returns the
    turns and how each session ended."""
    sessions = [_Session(conv, p, *_agents(p, settings)) for conv, p in zip(_conv_ids(profiles), profiles)]
    records: list[TurnRecord] = []
    bar = tqdm(total=settings.max_turns, desc=f"{sim.label}: sessions", leave=False)
    for index in range(settings.max_turns):
        batch = [(s, *asked) for s in sessions if s.end is None and (asked := s.ask(index)) is not None]
        if not batch:
            break
        answers = sim.answer([(rec.conv, s.profile, s.messages, turn) for s, rec, turn in batch])
        for (s, rec, _), (text, error) in zip(batch, answers):
            s.take(rec, text, error)
            records.append(rec)
        bar.update(1)
    bar.close()
    return records, [s.outcome() for s in sessions]


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
                             None, [opening], agent_move="trap")  # fmt: skip
            records.append(rec)
            items.append((rec.conv, p, messages, AgentTurn(text, "trap", trap=trap.id)))
    for start in tqdm(range(0, len(items), 32), desc=f"{sim.label}: adversarial", leave=False):
        answers = sim.answer(items[start : start + 32])
        for rec, (text, error) in zip(records[start : start + 32], answers):
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
        "resistance_turns": sum(v is not None for v in anti),
        "resistance_by_tactic": M.rate_by((r.trap, None if v is None else v > 0) for r, v in zip(adversarial, anti)),
        "realism": M.mean(reward("realism", sessions)),
        "robotic_rate": M.mean(float(bool(ASSISTANTISM_RE.search(x))) for x in replies),
        "length_in_band": M.mean(float(x) for x in in_band),
        **{f"first_turn_{k}": v for k, v in M.first_turn_diversity(firsts).items()},
        **M.information_sharing([(profiles[c], rs) for c, rs in by_conv.items()]),
        **{f"termination_{k}": v for k, v in M.termination_prf(
            (parsed[id(r)].stop is not None, r.should_end) for r in sessions).items()},
        "stops_by_situation": M.stops_by_situation(
            (r.situation, r.should_end, parsed[id(r)].stop is not None) for r in sessions),
        "missed_stop_actions": dict(Counter(  # what the simulator wrote instead of ending
            parsed[id(r)].parts.action or "none" for r in sessions if r.should_end and parsed[id(r)].stop is None
        ).most_common()),
        "consistency": M.mean(reward("alignment", records)),
        **{f"trap_{k}": v for k, v in M.trap_recognition(_trap_readings(records, parsed)).items()},
    }  # fmt: skip


def _trap_readings(records: list[TurnRecord], parsed: dict) -> list[tuple[bool, str | None, bool]]:
    """(a trap turn, the tactic the ``Trap:`` line names, named right) for every turn with a rationale: a
    simulator that writes none (the prompted base) has no reading to score."""
    from userlm.rewards.traps import get_trap

    out = []
    for r in records:
        p = parsed[id(r)]
        if p.rationale is None:
            continue
        named = p.parts.trap_named
        trap = get_trap(r.trap) if r.trap else None
        out.append((r.trap is not None, named, trap is not None and trap.named_in(named)))
    return out


def session_metrics(outcomes: list[SessionOutcome]) -> dict:
    """Sessions by how they ended, and the sessions (and adversarial probes) not scored, by reason."""
    ends = {e: sum(o.end == e for o in outcomes if o.set == "session") for e in END_REASONS}
    unscored: dict[str, int] = {}
    for o in outcomes:
        if not o.scored:
            reason = f"{o.set}: {(o.error or o.end).splitlines()[0][:120]}"
            unscored[reason] = unscored.get(reason, 0) + 1
    return {"sessions": ends, "unscored_sessions": sum(unscored.values()), "unscored_reasons": unscored}


def evaluate(sims: list[SimulatorUnderTest], profiles: list[UserProfile], settings: EvalSettings) -> dict:
    """{label: {"spec", "metrics", "records", "sessions"}} for every simulator (a repeated label gets ``-2``...)."""
    check_settings(settings)
    results = {}
    for sim in tqdm(sims, desc="simulators"):
        sim.reset()  # a simulator evaluated again starts from fresh policies
        records, outcomes = run_sessions(sim, profiles, settings)
        adversarial = run_adversarial(sim, profiles, settings)
        outcomes += [SessionOutcome("adversarial", r.conv, r.profile.id, 1,
                                    "simulator_error" if r.error else "answered", None, r.error)
                     for r in adversarial]  # fmt: skip
        label, k = sim.label, 1
        while label in results:
            k += 1
            label = f"{sim.label}-{k}"
        metrics = {**score(records + adversarial), **session_metrics(outcomes)}
        results[label] = {"spec": sim.spec, "temperature": None if sim.backend is None else sim.params.temperature,
                          "grammar": None if sim.backend is None else sim.params.grammar is not None,
                          "redraws": sim.redraw_info(),
                          "metrics": metrics, "records": records + adversarial,
                          "sessions": outcomes}  # fmt: skip
    return results
