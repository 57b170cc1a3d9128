"""One synthesised conversation in progress (``Conversation``) and the rows it yields for SFT and GRPO.

Offline synthesis, teacher mode and the agent endpoint all advance ``Conversation`` objects made by
``start_conversations``: the scenario agent speaks, the reference user policy (or a teacher) answers,
and every user turn becomes a GRPO prompt row (``grpo_row``) and a prompt-completion SFT row.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from userlm.core.offer_notes import with_offer_notes
from userlm.core.profile import UserProfile
from userlm.core.rows import GRPORow, SFTConversationRow, SFTTurnRow
from userlm.core.simulator import simulator_chat
from userlm.core.state import carried_state
from userlm.core.turn import flip_roles
from userlm.synth.config import SynthConfig
from userlm.synth.policy import Move, UserPolicy
from userlm.synth.scenario_agent import AgentTurn, ScenarioAgent

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_OF = {"full": "simulator_system", "compact": "simulator_compact", "plain": "simulator_plain"}
MIXED = ("full", "compact", "plain")  # what ``system_prompt: mixed`` cycles through, one per conversation


def prompt_style(style: str, index: int) -> str:
    """The prompt style of conversation ``index``: ``style`` itself, or for ``mixed`` one of ``MIXED`` in turn.

    >>> [prompt_style("mixed", i) for i in range(4)], prompt_style("compact", 3)
    (['full', 'compact', 'plain', 'full'], 'compact')
    """
    return MIXED[index % len(MIXED)] if style == "mixed" else style


def system_text(
    profile: UserProfile, style: str = "full", index: int = 0, state: dict[str, float] | None = None,
    carry: bool = False, offers: bool = False,
) -> str:
    """The simulator's system prompt, from the core templates that serving and evaluation render too;
    ``carry``: the template's ``_state`` variant, which shows ``state`` (the previous turn's, from
    ``carried_state``) in place of the starting values; ``offers``: its ``_offers`` variant, which says what the
    offer notes under the agent's priced messages are (``userlm.core.offer_notes``).

    ``plain`` is the tau2-bench shape (guidelines, then ``<scenario>``) with the index choosing one of the
    guideline wordings, so a model trained on it plays the user when a harness sends its own wording; a
    harness sends no rationale back, so it shows no state."""
    style = prompt_style(style, index)
    if style == "plain":
        from userlm.core.prompts import render_plain

        return render_plain(profile, variant=index // len(MIXED))
    name = TEMPLATE_OF[style] + ("_state" if carry else "") + ("_offers" if offers else "")
    return profile.render(name, state=state if carry else None)


def teacher_system(
    profile: UserProfile, style: str = "full", index: int = 0, state: dict[str, float] | None = None,
    carry: bool = False, offers: bool = False,
) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), keep_trailing_newline=False)
    student = system_text(profile, style, index, state, carry, offers).strip()
    return env.get_template("teacher.md.jinja").render(system_prompt=student)


def grpo_row(
    profile: UserProfile,
    chat: list[dict],
    turn: AgentTurn,
    move: Move | None,
    replies: list[str],
    index: int,
    conv: str,
) -> GRPORow:
    """One GRPO prompt row; every row has every key (null where unknown)."""
    return {
        "prompt": chat,
        "profile": profile.model_dump_json(),
        "agent_message": turn.text,
        "trap": turn.trap,
        "previous_user_replies": list(replies),
        "offer": turn.offer,
        "goal_met": bool(turn.goal_met),
        "limit_hit": bool(move.limit_hit) if move else False,
        "expected_action": move.action if move else None,
        "turn_index": index,
        "profile_id": profile.id,
        "conversation": conv,
    }


@dataclass
class Conversation:
    """One conversation in progress."""

    cid: str
    profile: UserProfile
    agent: ScenarioAgent
    policy: UserPolicy
    system: str
    transcript: list[dict] = field(default_factory=list)  # agent view: agent = assistant
    rows: list[GRPORow] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    agent_moves: list[str] = field(default_factory=list)  # the kind of each agent turn the user answered
    done: bool = False
    student_system: str = ""
    style: str = "full"  # the system prompt's style (``system_text``) and the conversation's index, so that
    index: int = 0  # the prompt of every turn shows the state values of the turn before, as at inference
    teacher: bool = False  # ``system`` is the teacher's prompt; ``student_systems`` what each row trains on
    carry: bool = False  # prompts show the state values of the turn before (``SynthConfig.carry_state``)
    offers: bool = False  # offer notes under the agent's priced messages (``SynthConfig.offer_notes``)
    student_systems: list[str] = field(default_factory=list)

    def system_now(self, student: bool = False) -> str:
        """The system prompt for the next user turn; with ``carry``, it shows the state the last rationale stated."""
        if not self.carry:
            return self.student_system if self.teacher and student else self.system
        state = carried_state(self.transcript)
        if self.teacher and not student:
            return teacher_system(self.profile, self.style, self.index, state, True, self.offers)
        return system_text(self.profile, self.style, self.index, state, True, self.offers)

    @property
    def notes(self) -> bool:
        """Offer notes under the agent's messages, as ``simulator_chat`` adds at inference: in every prompt style
        when asked for. A plain (tau2-bench) prompt has no profile at inference, and ``plain_chat`` reads the limit
        from its scenario text; ``scenario_price_limit`` reads back the limit ``render_plain`` writes (a test holds
        the two equal), so the notes trained on are the notes served."""
        return self.offers

    def next_agent(self) -> AgentTurn | None:
        turn = None if self.done else self.agent.next_turn(self.policy.ended)
        if turn is None:
            self.done = True
            return None
        self.transcript.append({"role": "assistant", "content": turn.text})
        return turn

    def add_user(
        self, turn: AgentTurn, move: Move | None, rationale: str, content: str, reply: str, ended: bool
    ) -> None:
        chat = simulator_chat(self.profile, self.transcript[:], system=self.system_now(), offer_notes=self.notes)
        if self.teacher:
            self.student_systems.append(self.system_now(student=True))
        self.rows.append(grpo_row(self.profile, chat, turn, move, self.replies, len(self.replies), self.cid))
        self.agent_moves.append(turn.kind)
        self.transcript.append({"role": "user", "content": content, "reasoning_content": rationale})
        self.replies.append(reply)
        self.done = self.done or ended

    def turn_rows(self) -> Iterator[SFTTurnRow]:
        """Prompt-completion rows: the context exactly as at inference, the completion with its rationale."""
        users = [m for m in self.transcript if m["role"] == "user"]
        for row, m, kind in zip(self.rows, users, self.agent_moves):
            completion = [
                {"role": "assistant", "content": m["content"], "reasoning_content": m["reasoning_content"]}
            ]
            yield {
                "prompt": row["prompt"],
                "completion": completion,
                "profile_id": self.profile.id,
                "conversation": self.cid,
                "turn_index": row["turn_index"],
                "agent_move": kind,
            }

    def sft_row(self) -> SFTConversationRow:
        # Drop a trailing agent message: the conversation ends on the simulator's turn.
        msgs = (
            self.transcript[:-1]
            if self.transcript and self.transcript[-1]["role"] == "assistant"
            else self.transcript
        )
        messages = flip_roles(msgs, system=self.system)
        return {
            "messages": with_offer_notes(self.profile, messages) if self.notes else messages,
            "profile_id": self.profile.id,
            "conversation": self.cid,
        }


def start_conversations(cfg: SynthConfig, profiles: list[UserProfile], teacher: bool) -> list[Conversation]:
    convs = []
    for i in range(cfg.conversations):
        profile = profiles[i % len(profiles)]
        rng = random.Random(f"{cfg.seed}:{i}")  # one stream per conversation: reorderable, concurrent-safe
        agent = ScenarioAgent(
            profile, rng, trap_rate=cfg.trap_rate, cooperative=cfg.cooperative, max_turns=cfg.max_turns
        )
        offers = cfg.offer_notes
        system = (
            teacher_system(profile, cfg.system_prompt, i, offers=offers)
            if teacher
            else system_text(profile, cfg.system_prompt, i, offers=offers)
        )
        conv = Conversation(f"{cfg.seed}-{i:05d}", profile, agent, UserPolicy(profile, rng, offer_notes=offers), system,
                            style=cfg.system_prompt, index=i, teacher=teacher, carry=cfg.carry_state,
                            offers=offers)  # fmt: skip
        if teacher:  # the student trains on the plain simulator prompt, not the teacher's
            conv.student_system = system_text(profile, cfg.system_prompt, i, offers=offers)
        convs.append(conv)
    return convs


