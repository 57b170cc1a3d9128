"""``userlm eval simulator --suite plain``: the simulator as tau2-bench's harness uses it through ``userlm serve``.

Plain mode is how a harness that brings its own user prompt talks to a user LLM: no profile in the request, a
system message of guidelines and ``<scenario>`` (here ``render_plain``: the tau2-bench shape, our first
wording of its guidelines unless a harness's own text is given), then the conversation from the user's seat:
the agent's messages as role ``user``, the simulator's earlier replies as role ``assistant`` (replies only, no
rationale). The agent side is the scripted ``ScenarioAgent`` of the sessions suite, and the shadow reference
``UserPolicy`` labels the turn where the goal is met and where the user should end. Each answer is read as the
server reads it in plain mode (``split_reasoning``: rationale off, reply and stop token in content; a base
model's text has no rationale, so all of it is the reply), and model simulators generate under the turn
grammar only when they are reasoning simulators (``SimulatorUnderTest.plain_reasoning``), as the server does.

Once the reference user has ended, the agent sends one closing turn (``AGENT_CLOSING``, as a tau2 agent
asks "anything else?"), so a simulator that says thanks first and stops one turn later still ends in time;
after it the session ends (``past_reference_end``). A call that fails is that turn's error and ends its
session (``simulator_error``), never the run.

Metrics (``score_plain``; sessions that failed are left out of the session shares and counted apart):
- ``plain_in_role``: share of answered turns in role (``metrics.role_problems``): visible content neither
  empty nor holding leaked tags or labels (``<think>``, "Rationale:", a line opening with "Agent:", "Plan:",
  "User:"...), and none of the realism detector's assistant-speak, echo of the agent or repeat of an own
  earlier reply (``plain_out_of_role_by_reason``: share of turns per reason);
- ``plain_stop_when_goal_met``: of the sessions whose reference goal was met, the share in which the
  simulator sent ``###STOP###`` at the goal turn or later (the closing turn);
- ``plain_stop_recall``: of the sessions the reference user ended (goal met or limit hit), the share the
  simulator ended, with any stop token, at that turn or later;
- ``plain_stop_precision``: of the sessions the simulator ended, the share it ended at or after the
  reference's end; ``plain_premature_stop``: share of sessions ended before it;
- ``plain_first_turn_disclosure`` / ``plain_disclosure_by_end``: share of the scenario's known facts
  (``goal.known_info`` + ``goal.hidden_info``, matched with ``metrics.fact_mentioned``) said in the first
  reply / by the last one; progressive disclosure keeps the first low while the second grows;
- ``plain_parse_ok``: share of well-formed turns (reasoning simulators only), ``plain_errors``: failed calls.

    userlm eval simulator --suite plain --sim trained=runs/grpo/merged --sim policy --n 20
    results = evaluate_plain([load_simulator("policy")], profiles, EvalSettings())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tqdm.auto import tqdm

from userlm.core.profile import UserProfile
from userlm.core.rows import situation
from userlm.core.turn import STOP, parse_turn, split_reasoning
from userlm.eval import metrics as M
from userlm.eval.simulator_eval import EvalSettings, SessionOutcome, _agents, _conv_ids, check_settings
from userlm.eval.simulators import SimulatorUnderTest

if TYPE_CHECKING:
    from userlm.synth.policy import Move
    from userlm.synth.scenario_agent import AgentTurn

# The goals for a shipped simulator (issue 18): what the report checks each simulator against.
PLAIN_TARGETS = {"plain_in_role": 0.90, "plain_stop_when_goal_met": 0.80}
AGENT_CLOSING = "Is there anything else I can help you with today?"


@dataclass
class PlainTurn:
    """One plain-mode turn: the agent's message, what the simulator wrote, what the harness saw, the labels."""

    conv: str
    profile: UserProfile
    turn_index: int
    agent_message: str
    closing: bool  # the agent's closing turn after the reference user ended
    goal_met: bool  # the reference user's goal was met at this turn or before
    should_end: bool  # the reference user ended at this turn or before
    raw: str = ""
    content: str = ""  # message.content as `userlm serve` returns it in plain mode
    stop: str | None = None
    out_of_role: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def in_role(self) -> bool | None:
        return None if self.error is not None else not self.out_of_role

    def row(self) -> dict:
        return {"conv": self.conv, "profile_id": self.profile.id, "turn_index": self.turn_index,
                "agent_message": self.agent_message, "closing": self.closing, "goal_met": self.goal_met,
                "should_end": self.should_end, "raw": self.raw, "content": self.content, "stop": self.stop,
                "in_role": self.in_role, "out_of_role": self.out_of_role, "error": self.error}  # fmt: skip


@dataclass
class PlainOutcome(SessionOutcome):
    """A plain session's end, with the reference user's goal and end turns and the simulator's stop."""

    goal_at: int | None = None
    end_at: int | None = None
    stop_at: int | None = None
    stop: str | None = None
    end_situation: str | None = None  # the reference user's last move, as "offer->end", where it ended


def reference_script(
    profile: UserProfile, settings: EvalSettings
) -> tuple[list[tuple[AgentTurn, Move]], str | None]:
    """The scripted agent's turns with the reference user's moves, up to the reference's end (or the agent's);
    and why the reference ended (None: the agent ran out first). The same seeds as the sessions suite."""
    agent, shadow = _agents(profile, settings)
    script = []
    while not shadow.ended and (turn := agent.next_turn()) is not None:
        script.append((turn, shadow.respond(turn)))
    return script, shadow.end_reason


@dataclass
class _PlainSession:
    conv: str
    profile: UserProfile
    script: list[tuple[AgentTurn, Move]]
    reference_end: str | None
    chat: list[dict]  # what the harness sends: system, then the flipped conversation
    replies: list[str] = field(default_factory=list)
    asked: int = 0
    end: str | None = None
    error: str | None = None
    stop_at: int | None = None
    stop: str | None = None

    @property
    def goal_at(self) -> int | None:
        return next((i for i, (_, move) in enumerate(self.script) if move.goal_met), None)

    @property
    def end_at(self) -> int | None:
        return len(self.script) - 1 if self.reference_end is not None else None

    def ask(self, index: int) -> tuple[PlainTurn, AgentTurn] | None:
        """The agent's next message (appended to the chat as role "user"), or None when the session is over."""
        from userlm.synth.scenario_agent import AgentTurn

        if index < len(self.script):
            turn, closing = self.script[index][0], False
        elif self.reference_end is not None and index == len(self.script):
            turn, closing = AgentTurn(AGENT_CLOSING, "filler"), True
        else:
            self.end = "past_reference_end" if self.reference_end is not None else "max_turns"
            return None
        self.chat.append({"role": "user", "content": turn.text})
        goal_at, end_at = self.goal_at, self.end_at
        rec = PlainTurn(self.conv, self.profile, index, turn.text, closing,
                        goal_at is not None and index >= goal_at, end_at is not None and index >= end_at)  # fmt: skip
        return rec, turn

    def take(self, rec: PlainTurn, text: str, error: str | None) -> None:
        """Read the answer as the server does in plain mode; its content (never the rationale) joins the chat."""
        self.asked += 1
        rec.raw, rec.error = text, error
        if error is not None:
            self.end, self.error = "simulator_error", error
            return
        _, rec.content = split_reasoning(text)
        parsed = parse_turn(text)
        rec.stop = parsed.stop
        rec.out_of_role = M.role_problems(text, rec.content, self.profile, rec.agent_message, self.replies)
        self.chat.append({"role": "assistant", "content": rec.content})
        self.replies.append(parsed.reply)
        if parsed.stop is not None:  # tau2 ends on any of its tokens in the content
            self.end, self.stop_at, self.stop = "simulator_stopped", rec.turn_index, parsed.stop

    def outcome(self) -> PlainOutcome:
        last = situation(self.script[-1][0].kind, self.script[-1][1].action) if self.end_at is not None else None
        return PlainOutcome("plain", self.conv, self.profile.id, self.asked, self.end or "max_turns",
                            self.reference_end, self.error, self.goal_at, self.end_at, self.stop_at,
                            self.stop, last)  # fmt: skip


def run_plain(
    sim: SimulatorUnderTest,
    profiles: list[UserProfile],
    settings: EvalSettings,
    guidelines: str | None = None,
) -> tuple[list[PlainTurn], list[PlainOutcome]]:
    """Lockstep plain-mode conversations (one batched simulator turn per round); ``guidelines``: a harness's
    own guidelines text instead of our tau2-style wording."""
    from userlm.core.prompts import render_plain

    sessions = []
    for conv, p in zip(_conv_ids(profiles), profiles):
        script, reference_end = reference_script(p, settings)
        system = render_plain(p, 0, guidelines)
        sessions.append(
            _PlainSession(conv, p, script, reference_end, [{"role": "system", "content": system}])
        )
    records: list[PlainTurn] = []
    rounds = settings.max_turns + 1  # room for the closing turn
    bar = tqdm(total=rounds, desc=f"{sim.label}: plain", leave=False)
    for index in range(rounds):
        batch = [(s, *asked) for s in sessions if s.end is None and (asked := s.ask(index)) is not None]
        if not batch:
            break
        # a copy of each chat: a simulator that keeps what it was sent must not see later turns appear in it
        answers = sim.answer_plain(
            [(rec.conv, s.profile, [dict(m) for m in s.chat], turn) for s, rec, turn in batch]
        )
        for (s, rec, _), (text, error) in zip(batch, answers):
            s.take(rec, text, error)
            records.append(rec)
        bar.update(1)
    bar.close()
    for s in sessions:
        if s.end is None:
            s.end = "past_reference_end" if s.reference_end is not None else "max_turns"
    return records, [s.outcome() for s in sessions]


def _facts(profile: UserProfile) -> list[str]:
    return [*profile.goal.known_info, *profile.goal.hidden_info]  # the scenario's "Known info"


def _disclosure(records: list[PlainTurn]) -> tuple[list[float], list[float]]:
    """Per session with facts: share of them said in the first reply, and by the last."""
    by_conv: dict[str, list[PlainTurn]] = {}
    for r in records:
        if r.error is None:
            by_conv.setdefault(r.conv, []).append(r)
    first, total = [], []
    for turns in by_conv.values():
        facts = _facts(turns[0].profile)
        if not facts or turns[0].turn_index != 0:
            continue
        said = [{f for f in facts if M.fact_mentioned(f, parse_turn(t.content).reply)} for t in turns]
        first.append(len(said[0]) / len(facts))
        total.append(len(set().union(*said)) / len(facts))
    return first, total


def score_plain(records: list[PlainTurn], outcomes: list[PlainOutcome], reasoning: bool) -> dict:
    """The plain-mode metrics of one simulator (see the module docstring); shares are None when undefined."""
    from userlm.eval.simulator_eval import END_REASONS, session_metrics

    answered = [r for r in records if r.error is None]
    scored = [o for o in outcomes if o.scored]
    goal = [o for o in scored if o.goal_at is not None]
    ended = [o for o in scored if o.end_at is not None]
    stopped = [o for o in scored if o.stop_at is not None]
    first, total = _disclosure(records)
    reasons = sorted({p for r in answered for p in r.out_of_role})
    unscored = session_metrics(outcomes)
    metrics = {
        "plain_sessions": len(outcomes),
        "plain_turns": len(answered),
        "plain_errors": sum(r.error is not None for r in records),
        "plain_in_role": M.mean(float(r.in_role) for r in answered),
        "plain_out_of_role_by_reason": {p: sum(p in r.out_of_role for r in answered) / len(answered) for p in reasons},
        "plain_goal_met_sessions": len(goal),
        "plain_stop_when_goal_met": M.mean(float(o.stop == STOP and o.stop_at >= o.goal_at) for o in goal),
        "plain_stop_recall": M.mean(float(o.stop_at is not None and o.stop_at >= o.end_at) for o in ended),
        "plain_stops_by_end": M.stops_by_situation(  # stop recall per way the reference ended
            (o.end_situation, True, o.stop_at is not None and o.stop_at >= o.end_at) for o in ended),
        "plain_stop_precision": M.mean(float(o.end_at is not None and o.stop_at >= o.end_at) for o in stopped),
        "plain_premature_stop": M.mean(
            float(o.stop_at is not None and (o.end_at is None or o.stop_at < o.end_at)) for o in scored
        ),
        "plain_first_turn_disclosure": M.mean(first),
        "plain_disclosure_by_end": M.mean(total),
        "plain_parse_ok": M.mean(float(parse_turn(r.raw).ok) for r in answered) if reasoning else None,
        "plain_ends": {e: sum(o.end == e for o in outcomes) for e in END_REASONS},
        "plain_unscored_sessions": unscored["unscored_sessions"],
        "plain_unscored_reasons": unscored["unscored_reasons"],
    }  # fmt: skip
    values = [metrics[k] for k in PLAIN_TARGETS]
    metrics["plain_targets_met"] = (
        None if None in values else all(v >= t for v, t in zip(values, PLAIN_TARGETS.values()))
    )
    return metrics


def evaluate_plain(
    sims: list[SimulatorUnderTest],
    profiles: list[UserProfile],
    settings: EvalSettings,
    *,
    guidelines: str | None = None,
) -> dict:
    """{label: {"spec", "metrics", "plain_records", "plain_outcomes"}} per simulator, labelled as ``evaluate`` does
    (a repeated label gets ``-2``...), so ``merge_results`` can join the two."""
    check_settings(settings)
    results: dict = {}
    for sim in tqdm(sims, desc="simulators (plain)"):
        sim.reset()  # the policy keeps one agenda per conversation id: start afresh
        records, outcomes = run_plain(sim, profiles, settings, guidelines)
        label, k = sim.label, 1
        while label in results:
            k += 1
            label = f"{sim.label}-{k}"
        metrics = score_plain(records, outcomes, sim.plain_reasoning())
        results[label] = {
            "spec": sim.spec,
            "temperature": None if sim.backend is None else sim.params.temperature,
            "plain_grammar": None if sim.backend is None else sim.plain_params().grammar is not None,
            "plain_redraws": sim.redraw_info(),
            "metrics": metrics,
            "plain_records": records,
            "plain_outcomes": outcomes,
        }
    return results


def merge_results(sessions: dict, plain: dict) -> dict:
    """``evaluate``'s and ``evaluate_plain``'s results of the same simulators as one, for ``write_report``; the
    plain outcomes stay apart from ``sessions``, whose counts the sessions suite's metrics describe."""
    merged = {}
    for label in [*sessions, *(k for k in plain if k not in sessions)]:
        a, b = sessions.get(label, {}), plain.get(label, {})
        merged[label] = {**a, **b, "metrics": {**a.get("metrics", {}), **b.get("metrics", {})}}
    return merged
