"""Redraw a simulated user's reply that repeats one of its own earlier replies.

A small simulator sampled cool (the shipped one at 0.5) falls into loops: against an agent that keeps
refusing, it answers "That doesn't work for me." word for word, turn after turn. No person does that,
and an agent trained against it learns that users loop. ``generate_fresh`` asks the backend again for
those turns only, at the same temperature with a new seed, and keeps the first draw that is not a repeat:
rejection sampling, so a kept reply is drawn from the model's own distribution less its repeats. Drawing
warmer (+0.25 a redraw) escaped as often but to odder replies: on the shipped simulator's plain suite (24
held-out profiles, eval seeds 0 and 1) its premature stops went from 6 of 48 sessions to 10, at the same
temperature to 8, while turns in role rose from 0.817 to 0.958 and 0.952. When every draw repeats, the first
one stands, and greedy decoding (temperature 0) is never redrawn: it would give the same reply again.

    from userlm.core.repeats import repeats_reply
    repeats_reply("That doesn't work for me.", ["Hi. That doesn't work for me."])  # True

A repeat is what the realism reward's detector calls one (``userlm.rewards.realism``, which uses
``repeats_reply``): the same words in the same order, or over 60% of the reply's word 4-grams found
in one earlier reply. Only the reply counts: a rationale may restate the same concerns every turn, and a
reply that is only a stop token is never a repeat. The earlier replies are the model's own messages in
the chat it was sent (its "assistant" turns: the simulator's view, where roles are flipped).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from userlm.core.backends.base import Completion, GenerationBackend, SamplingParams
from userlm.core.turn import parse_turn

# Numbers stay whole ("19,900", "18.4"): split into "19" and "900" they matched unrelated words.
WORD_RE = re.compile(r"(?=[a-z\d])(?:[a-z]+(?:'[a-z]+)?|\d+(?:[,.]\d+)*)")  # the lookahead: one test per space
REPEAT_NGRAM, REPEAT_SHARE = 4, 0.6
DEFAULT_REDRAWS = 3


@lru_cache(maxsize=65536)  # the realism reward asks again for the same earlier replies on every GRPO completion
def padded_words(text: str) -> str:
    """The lower-cased words joined by spaces, a space at each end: a run of words is then a substring.

    >>> padded_words("That's $1,200, OK?")
    " that's 1,200 ok "
    """
    return " " + " ".join(WORD_RE.findall(text.lower())) + " "


def repeats_reply(reply: str, previous: list[str], n: int = REPEAT_NGRAM, share: float = REPEAT_SHARE) -> bool:
    """Whether ``reply`` repeats one of ``previous``: the same words in the same order, or more than ``share``
    of its word ``n``-grams found in one of them.

    >>> repeats_reply("No, that doesn't work for me.", ["I said that doesn't work for me, no."])
    True
    >>> repeats_reply("Fine, GBP 305 works.", ["That doesn't work for me."])
    False
    """
    mine = padded_words(reply)
    words = mine.split()
    if not words:
        return False
    grams = {" " + " ".join(words[i : i + n]) + " " for i in range(len(words) - n + 1)}
    for prev in previous:
        theirs = padded_words(prev)
        if mine == theirs or (grams and sum(g in theirs for g in grams) / len(grams) > share):
            return True
    return False


def own_replies(chat: list[dict]) -> list[str]:
    """The model's earlier replies in ``chat``: its assistant messages' content (rationales are not sent back)."""
    return [m.get("content") or "" for m in chat if m.get("role") == "assistant"]


def is_repeat(text: str, previous: list[str]) -> bool:
    """Whether the reply of turn ``text`` (rationale and stop token set apart) repeats one of ``previous``."""
    reply = parse_turn(text).reply
    return bool(reply) and repeats_reply(reply, previous)


def redraw_params(params: SamplingParams, attempt: int) -> SamplingParams:
    """Sampling for redraw ``attempt`` (1, 2, ...): the same, but a seed of its own (a seeded call stays
    repeatable; an unseeded one draws fresh anyway)."""
    return replace(params, seed=None if params.seed is None else params.seed + 7919 * attempt)


def redraw_limit(params: SamplingParams, redraws: int) -> int:
    """How many redraws ``params`` allows: none when greedy, which would give the same reply again."""
    return redraws if params.temperature > 0 else 0


class Redraws:
    """The bookkeeping of drawing repeats again, apart from how a batch is generated (a backend call here, the
    server's engine there): ``pending`` are the indices still repeating, ``take`` records one round of
    redraws of exactly those, ``kept`` is the answer.

        rounds = Redraws(first, [own_replies(chat) for chat in chats], limit)
        for attempt in rounds:
            rounds.take(generate([chats[i] for i in rounds.pending], redraw_params(params, attempt)))
        return rounds.kept
    """

    def __init__(self, first: list[Completion], previous: list[list[str]], limit: int):
        self.first, self.kept, self.previous, self.limit = first, list(first), previous, limit
        # a failed call is an answer (an error the caller reports), not a repeat: it is not drawn again
        self.pending = [i for i, c in enumerate(first) if limit > 0 and not c.error and is_repeat(c.text, previous[i])]
        self.attempt = 0

    def __iter__(self):
        while self.pending and self.attempt < self.limit:
            self.attempt += 1
            yield self.attempt
        for i in self.pending:  # every draw repeated (or failed): the model's first choice stands
            self.kept[i] = replace(self.first[i], redraws=self.attempt)
        self.pending = []

    def take(self, results: list[Completion]) -> None:
        """One round's completions, in the order of ``pending``."""
        still = []
        for i, c in zip(self.pending, results):
            if c.error or is_repeat(c.text, self.previous[i]):  # a failed redraw: try again, else the first stands
                still.append(i)
            else:
                self.kept[i] = replace(c, redraws=self.attempt)
        self.pending = still


def generate_fresh(
    backend: GenerationBackend, chats: list[list[dict]], params: SamplingParams, redraws: int = DEFAULT_REDRAWS
) -> list[Completion]:
    """``backend.generate``, with each turn whose reply repeats an earlier one of its chat drawn again, up to
    ``redraws`` times (0, or greedy ``params``: no check). Each completion's ``redraws`` says how many draws it
    took beyond the first; a failed call is never redrawn."""
    first = backend.generate(chats, params)
    rounds = Redraws(first, [own_replies(chat) for chat in chats], redraw_limit(params, redraws))
    for attempt in rounds:
        rounds.take(backend.generate([chats[i] for i in rounds.pending], redraw_params(params, attempt)))
    return rounds.kept
