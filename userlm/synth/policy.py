"""The offline, agenda-driven user policy: plays a profile's user turn by turn, with a rationale for every move.

It follows the structured goal, not a language model: it states only its reason for contact at first and
answers what it is asked (hidden facts only when asked directly, "I don't know" for unknown ones); it
negotiates inside its hard limits (accept inside the limit, counter up to twice when close, walk away
otherwise; forbidden extras are refused); it recognises trap turns (the agent's label or the trap library's
``detect_trap``) and resists them; it updates its four state values by the deltas in
``templates/phrases.yaml``; and it stops when the goal is met or a limit is hit. Every move is written with
``userlm.core.turn.format_turn`` and its surface text comes from the phrase banks, varied by a seeded rng
and the profile's style (contractions, typical phrases, typos, small talk).

    policy = UserPolicy(profile, random.Random(0))
    move = policy.respond(agent_turn)      # Move(text='<think>...</think>\\nHi. I want ...', action='disclose', ...)

Once a move stops the conversation (``policy.ended``), the user has left: every place that runs this policy
beside a model (eval's shadow user, synth offline and teacher mode, the agent endpoint, the ``policy``
simulator under test) asks ``respond_if_open``, which answers None for an agent turn past that end, and
ends that conversation there. A model talking on after the reference user stopped is data to record
(a missed termination), never a crash; ``respond`` itself still raises ``ConversationOver`` so that a
caller that forgot the check fails loudly instead of writing labels for a user who is gone.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from userlm.core.amounts import format_price
from userlm.core.offer_notes import REACH, verdict, verdict_words  # the note and this user read alike
from userlm.core.profile import UserProfile
from userlm.core.state import SimulatorState
from userlm.core.turn import STOP, RationaleParts, format_turn
from userlm.synth.scenario_agent import AgentTurn, fill, load_phrases, pick, round_price, usable

MAX_COUNTERS = 2  # "counter once or twice", the common decision policy


@dataclass
class Move:
    """One user turn with the labels the GRPO rows carry."""

    parts: RationaleParts
    reply: str
    stop: str | None
    action: str
    goal_met: bool = False
    limit_hit: bool = False
    disclosed: list[str] = field(default_factory=list)  # hidden facts revealed by this move

    @property
    def text(self) -> str:
        return format_turn(self.parts, self.reply, self.stop)

    @property
    def content(self) -> str:
        """The reply as the agent sees it (stop token included): the SFT message's ``content``."""
        return (self.reply + (" " + self.stop if self.stop else "")).strip()


class ConversationOver(RuntimeError):
    """``respond`` after the user already stopped (``UserPolicy.ended``): ask ``respond_if_open`` instead."""


def _rewrite(text: str, table: dict[str, str]) -> str:
    for src, dst in table.items():
        text = re.sub(rf"(?<![\w']){re.escape(src)}(?![\w'])", dst, text)
    return text


_SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|your|yours|yourself|you're|you've|you'll|you'd)(?![\w'])", re.IGNORECASE)


def own_voice(text: str, phrases: dict) -> str:
    """Profile text in the user's own voice. Text addressed to the user (tau2-bench's "You want a refund")
    has its second person turned (tables ``second_person`` and ``object_you_after``); text about the user
    (the generator's "Needs to move the flight") its third person (table ``first_person``). Never both: in
    text addressed to the user, "he" and "needs" are someone else ("your son ... he is coming home").

    >>> from userlm.synth.scenario_agent import load_phrases
    >>> own_voice("You want a refund for your flight; EWR is convenient for you.", load_phrases())
    'I want a refund for my flight; EWR is convenient for me.'
    >>> own_voice("You name is Lei Wilson and your zip code is 32255.", load_phrases())
    'My name is Lei Wilson and my zip code is 32255.'
    >>> own_voice("Your son needs the order; he is coming home.", load_phrases())
    'My son needs the order; he is coming home.'
    >>> own_voice("Needs to move the flight; wants a refund.", load_phrases())
    'I need to move the flight; I want a refund.'
    """
    if not _SECOND_PERSON.search(text):
        return _rewrite(text, phrases.get("first_person") or {})
    after = phrases.get("object_you_after") or []
    if after:
        words = "|".join(re.escape(w) for w in after)
        text = re.sub(rf"(?<![\w'])({words})\s+you(?![\w'])", r"\1 me", text, flags=re.IGNORECASE)
    return _rewrite(text, phrases.get("second_person") or {})


def brief(concern: str, width: int = 120) -> str:
    """A concern as the rationale names it: its first sentence, cut at a word to ``width`` characters.

    Why: a tau2 task's request is a paragraph (up to ~800 characters); copied whole into ``Concerns:`` it
    pushed a turn past the 192 tokens a simulator turn gets, and the trained model copied it.

    >>> brief("Cancel order #W1. Then ask for a refund to the gift card, and check the total.")
    'Cancel order #W1.'
    >>> brief("a refund of the insurance on a flight booked for the whole family last spring", width=40)
    'a refund of the insurance on a...'
    """
    first = re.split(r"(?<=[.!?])\s+", concern.strip(), maxsplit=1)[0]
    return textwrap.shorten(first, width, placeholder="...")


class UserPolicy:
    """The programmatic user of one conversation."""

    def __init__(
        self, profile: UserProfile, rng: random.Random, phrases: dict | None = None, offer_notes: bool = False
    ):
        """``offer_notes``: the user's prompt has offer notes (``userlm.core.offer_notes``); its rationale then
        reads an offer in the note's own words."""
        self.profile, self.rng, self.offer_notes = profile, rng, offer_notes
        self.phrases = phrases or load_phrases()
        self.bank = self.phrases["user"]
        self.state = SimulatorState.from_values(profile.goal.initial_state)
        g = profile.goal
        self.known = list(g.known_info)
        self.hidden = list(g.hidden_info)  # revealed one at a time, only when asked directly
        self.forbidden = [str(h.value).lower() for h in g.hard_limits if h.kind == "must_not"]
        self.unit = next((h.unit for h in g.hard_limits if h.kind in ("max_price", "min_price")), None)
        self.limit, self.buyer = (
            (g.max_price(), True) if g.max_price() is not None else (g.min_price(), False)
        )
        self.open = list(g.primary_concerns)
        self.settled: list[str] = []
        self.counters = self.refusals = self.traps_seen = 0
        self.ended = False
        self.end_reason: str | None = None  # "goal_met" or "limit_hit" once ended
        self.said: list[str] = []  # replies sent so far
        self.moves = 0  # moves made so far: the index of the move that ended the conversation is moves - 1
        drain = {b.name: b.strength for b in g.behaviours}
        self.impatience = 1.0 + drain.get("impatience", 0.0)
        self.chatter = drain.get("tangential_chatter", 0.0)

    # -- voice -------------------------------------------------------------------------------------
    def _pick(self, bank: str, key: str, **slots) -> str:
        return pick(self.rng, self.bank[bank][key], **slots)

    def _fresh_reply(self, key: str, slots: dict) -> str:
        """A reply from the bank that does not repeat one this user already sent, where the bank has one:
        people vary their words, and the realism detector flags a reply whose word 4-grams are mostly in an
        earlier one (a model trained on a policy that repeats itself learns to loop)."""
        from userlm.rewards.realism import analyse, overlap

        filled = [fill(t, **slots) for t in usable(self.bank["reply"][key], **slots)]
        fresh = [
            text for text in filled
            if not any(text == said or overlap(analyse(text).words, said, 4) > 0.5 for said in self.said)
        ]  # fmt: skip
        return self.rng.choice(fresh or filled)

    def _voice(self, text: str) -> str:
        style = self.profile.role.style
        if style.typical_phrases and self.moves and self.rng.random() < 0.25:  # not before a greeting
            phrase = self.rng.choice(style.typical_phrases).rstrip(".!?,;: ")
            text = f"{phrase[:1].upper() + phrase[1:]}, {text[:1].lower() + text[1:]}"
        if self.chatter and self.rng.random() < self.chatter * 0.5:
            text += " " + self.rng.choice(self.bank["chatter"])
        if not style.contractions:
            text = _rewrite(text, self.phrases["expansions"])
        if style.typo_rate and self.rng.random() < style.typo_rate:
            text = text[:1].lower() + text[1:].rstrip(".")
        return text

    def _tone(self) -> str:
        v = self.state.values
        key = (
            "annoyed"
            if v["patience"] < 0.3 or v["emotion"] < 0.25
            else "wary"
            if v["trust"] < 0.45
            else "calm"
        )
        return self.rng.choice(self.bank["tone"][key])

    def _event(self, name: str) -> None:
        delta = self.phrases["state_deltas"][name]
        new = {
            k: self.state.values[k] + d * (self.impatience if k == "patience" and d < 0 else 1.0)
            for k, d in delta.items()
        }
        self.state.update(new)

    # -- decisions ---------------------------------------------------------------------------------
    def _acceptable(self, offer: float | None) -> bool:
        if offer is None or self.limit is None:
            return offer is None
        return offer <= self.limit if self.buyer else offer >= self.limit

    def _gap(self, offer: float) -> float:
        """How far an offer is from the limit, as a share of the limit."""
        return abs(offer - self.limit) / self.limit

    def _counter_price(self) -> float:
        """Below the ceiling (above the floor for sellers), closer to it with each counter."""
        margin = (0.08, 0.03)[min(self.counters, 1)] * self.limit
        return round_price(
            self.limit - margin if self.buyer else self.limit + margin, self.limit, down=self.buyer
        )

    def _decide(self, turn: AgentTurn, trap: str | None) -> tuple[str, str, str, dict]:
        """(event, action, plan/reply key, slots) for the agent's move."""
        reason = self.profile.goal.reason_for_contact
        slots = {"reason": reason, "item": self.profile.goal.item or "this", "trap": trap or ""}
        if self.limit is not None:
            slots["limit"] = format_price(self.limit, self.unit)
        if turn.offer is not None:
            slots["price"] = format_price(turn.offer, self.unit)
            if self.limit is not None:
                words = verdict_words(verdict(turn.offer, self.limit, self.buyer), self.buyer)
                side = "limit" if self.buyer else "floor"
                slots["reading"] = f"{slots['price']} vs my {side} {slots['limit']}: {words}"
        if trap:
            self.traps_seen += 1
            return "trap", "reject", "reject_trap", slots
        if turn.kind == "greet":
            return "greet", "disclose", "disclose", slots
        known = self.profile.goal.known_info
        if turn.kind == "ask_known" and (self.known or known):
            slots["fact"] = self.known.pop(0) if self.known else known[-1]
            return "asked", "answer", "answer", slots
        if turn.kind == "ask_hidden" and self.hidden:
            slots["fact"] = self.hidden.pop(0)
            return "asked", "disclose", "answer", slots
        # A profile that knows nothing still gets asked (by an endpoint agent): it clarifies instead.
        if turn.kind in ("ask_known", "ask_hidden", "ask_unknown"):
            return "asked", "clarify", "clarify", slots
        thing = turn.thing if turn.thing and turn.thing.lower() in self.forbidden else None
        if thing:
            slots["thing"] = thing
            return "forbidden", "reject", "reject_extra", slots
        if turn.kind == "offer" and self.limit is not None and turn.offer is not None:
            if self._acceptable(turn.offer):
                return "goal_met", "accept", "accept", slots
            if self.counters < MAX_COUNTERS and self._gap(turn.offer) <= REACH:
                slots["counter"] = format_price(self._counter_price(), self.unit)
                self.counters += 1
                return "offer_close", "counter", "counter", slots
            return "offer_bad", "end", "end", slots
        if turn.kind == "resolve" or (turn.goal_met and turn.kind == "offer"):
            return "goal_met", "accept", "accept", slots
        if turn.kind == "refuse":
            self.refusals += 1
            if self.refusals >= 2:
                return "refused", "escalate", "escalate", slots
            return "refused", "reject", "reject", slots
        return "filler", "ask", "ask", slots

    def _seen_key(self, turn: AgentTurn, trap: str | None, event: str) -> str:
        """The ``agent_seen`` bank for the rationale's Agent: line. An offer is read against the limit and a
        refusal is counted, so the decision follows from a line the model writes itself rather than from a
        comparison across the prompt (the intent; the one run trained on it, sim11, showed no gain over two
        eval seeds)."""
        if trap:
            return "trap"
        if turn.kind == "offer" and self.limit is not None and turn.offer is not None:
            noted = "_noted" if self.offer_notes else ""
            if event == "offer_bad" and self._gap(turn.offer) <= REACH:
                return "offer_stuck" + noted  # close, but this user has no counter left
            key = {"goal_met": "offer_within", "offer_close": "offer_close", "offer_bad": "offer_far"}.get(event)
            return key + noted if key else "offer"
        if event == "refused" and self.refusals >= 2:
            return "refuse_again"
        return turn.kind

    def respond_if_open(self, turn: AgentTurn) -> Move | None:
        """The user's move after ``turn``, or None when this user already stopped: the one check every caller
        makes, so an agent turn past the end ends that conversation instead of raising mid-run."""
        return None if self.ended else self.respond(turn)

    def respond(self, turn: AgentTurn) -> Move:
        """The user's move after the agent's ``turn``; raises ``ConversationOver`` after the user stopped."""
        if self.ended:
            raise ConversationOver(
                f"the user already ended this conversation ({self.end_reason}) after {self.moves} moves; "
                "use respond_if_open, or start a new UserPolicy"
            )
        trap = turn.trap
        if trap is None and not turn.labelled:
            # Text-only recognition with the trap library, for agent turns nobody labelled. Scripted turns
            # carry their ground truth (the detector's keyword matches also fire on benign phrasing).
            from userlm.rewards.traps import detect_trap

            trap = detect_trap(turn.text)
        event, action, key, slots = self._decide(turn, trap)
        self._event(event)
        goal_met = event == "goal_met"
        ending = action in ("accept", "end", "escalate")
        limit_hit = action in ("end", "escalate")
        if not ending and self.state.values["patience"] <= 0.1:
            action, key, ending, limit_hit = "end", "end", True, True  # out of patience: walk away
        if goal_met:
            self.settled, self.open = self.settled + self.open, []
        disclosed = [slots["fact"]] if action == "disclose" and "fact" in slots else []
        concerns = "; ".join(
            [f"open: {', '.join(map(brief, self.open))}" if self.open else "nothing open"]
            + ([f"settled: {', '.join(map(brief, self.settled))}"] if self.settled else [])
        )
        agent_kind = self._seen_key(turn, trap, event)
        parts = RationaleParts(
            agent=self._pick("agent_seen", agent_kind, **slots),
            trap=trap,
            concerns=concerns,
            state=dict(self.state.values),
            action=action,
            plan=self._pick("plan", key, **slots),
            tone=self._tone() if not goal_met else self.rng.choice(self.bank["tone"]["pleased"]),
        )
        # tau2-bench facts are written to the user ("Your user id is ..."): the reply says them as the user would
        voiced = {k: own_voice(v, self.phrases) if k in ("reason", "fact") else v for k, v in slots.items()}
        reply = self._voice(self._fresh_reply(key, voiced))
        self.said.append(reply)
        self.ended, self.moves = ending, self.moves + 1
        if ending:
            self.end_reason = "goal_met" if goal_met else "limit_hit"
        return Move(parts, reply, STOP if ending else None, action, goal_met, limit_hit, disclosed)
