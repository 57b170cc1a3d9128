"""The row schemas every stage writes and reads: SFT conversations, SFT turns, GRPO prompts.

    from userlm.core.rows import GRPORow, REWARD_COLUMNS, read_rows
    rows = read_rows("runs/synth/grpo.jsonl", GRPORow)     # validated, errors name file, line and field

``synth`` writes them, ``train sft`` / ``train rl`` and ``eval rewards`` read them, and the reward
functions receive the GRPO row's columns (all but ``prompt``) as keyword arguments, as TRL passes
dataset columns. Rows are plain dicts (``TypedDict``), so writing one costs nothing; ``read_rows``
checks a file against its schema with pydantic. Every row of a file has every key (``None`` where
unknown), as ``datasets`` wants.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Literal

from typing_extensions import NotRequired, TypedDict  # pydantic needs this TypedDict before Python 3.12


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str
    reasoning_content: NotRequired[str]  # the simulator's rationale, on its own (assistant) turns


class SFTConversationRow(TypedDict):
    """A whole conversation, roles flipped (the agent is ``user``, the simulator ``assistant``)."""

    messages: list[Message]
    profile_id: str
    conversation: str


class SFTTurnRow(TypedDict):
    """One simulator turn as a prompt-completion row: the context as at inference, the turn with its rationale."""

    prompt: list[Message]
    completion: list[Message]
    profile_id: str
    conversation: str
    turn_index: int
    # the agent move answered, as synthesis knew it (the scripted agent's kind: greet, ask_known, offer,
    # refuse, resolve, trap...); lets the recipe balance rows by situation. Absent in files written before it.
    agent_move: NotRequired[str]


class GRPORow(TypedDict):
    """One simulator turn to be generated, with the labels the reward functions read."""

    prompt: list[Message]
    profile: str  # the UserProfile as JSON (a string column keeps datasets' schema flat)
    agent_message: str  # the agent turn being answered
    trap: str | None  # the tactic id of a trap turn, when the writer knows it; None otherwise
    previous_user_replies: list[str]
    offer: float | None  # an amount the agent offered in this turn
    goal_met: bool  # the agent's turn meets the user's goal (the user should stop)
    limit_hit: bool  # the reference user hit a hard limit here
    expected_action: str | None  # the reference user's action, from the closed set of the turn format
    turn_index: int
    profile_id: str
    conversation: str


def situation(agent_move: str | None, action: str | None) -> str:
    """The agent's move and the user's answer to it, the one key the recipe balances rows by and the eval
    breaks stops down by; the action alone when the move is unknown.

    >>> situation("offer", "accept"), situation(None, "reject")
    ('offer->accept', 'reject')
    """
    action = action or "none"
    return f"{agent_move}->{action}" if agent_move else action


GRPO_COLUMNS: tuple[str, ...] = tuple(GRPORow.__annotations__)
# What TRL hands the reward functions: every dataset column but the prompt; these are what they read.
REWARD_COLUMNS: tuple[str, ...] = tuple(c for c in GRPO_COLUMNS if c not in ("prompt", "profile_id", "conversation"))


def reward_columns(row: GRPORow | dict) -> dict:
    """The keyword arguments a reward function gets for one row (values, not TRL's per-batch lists).

    >>> reward_columns({"prompt": [], "profile": "{}", "turn_index": 2, "conversation": "c"})["turn_index"]
    2
    """
    return {k: row.get(k) for k in REWARD_COLUMNS}


def read_rows(path: str | os.PathLike, schema: type) -> list[dict]:
    """All rows of a JSONL file, each checked against ``schema``; the first bad one raises ``DataError``
    with its line and field."""
    from pydantic import ValidationError

    from userlm.core.io import iter_jsonl, pydantic_error

    adapter = _adapter(schema)
    rows = []
    for line, row in iter_jsonl(path):
        try:
            rows.append(adapter.validate_python(row))
        except ValidationError as e:
            raise pydantic_error(e, path, line) from None
    return rows


@cache
def _adapter(schema: type):
    from pydantic import TypeAdapter

    return TypeAdapter(schema)
