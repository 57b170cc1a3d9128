"""The codes ``userlm.core.turn.parse_turn`` reports, one per reason a turn is not well formed.

Import them from ``userlm.core.turn`` (``from userlm.core.turn import TurnError``); they live here only to
keep the parser's module short.
"""

from __future__ import annotations

from enum import Enum


class TurnError(str, Enum):
    """Why ``parse_turn`` finds a turn not well formed; a turn can have several.

    The shape of the turn (where the rationale is, what follows it):

    - ``EMPTY_OUTPUT``: the text is empty or whitespace (or None); nothing else is checked.
    - ``NO_RATIONALE``: neither ``<think>`` nor ``</think>``; the whole text is read as the reply.
    - ``UNCLOSED_RATIONALE``: ``<think>`` without ``</think>`` (typically cut at max tokens); everything
      after ``<think>`` is read as the rationale and the reply is empty.
    - ``UNOPENED_RATIONALE``: ``</think>`` with no ``<think>`` before it; the text up to ``</think>`` is
      read as the rationale.
    - ``RATIONALE_NOT_FIRST``: text before ``<think>``; it is dropped.
    - ``NESTED_RATIONALE``: a second ``<think>`` inside the rationale (``<think><think>...</think>``);
      the extra tag is dropped.
    - ``TAGS_IN_REPLY``: ``<think>`` or ``</think>`` after the rationale, e.g. a second rationale where
      the reply should be; the tags are removed from the reply.
    - ``TEXT_AFTER_STOP``: text after the stop token; the turn still ends, and the text is dropped.
    - ``EMPTY_REPLY``: a closed rationale followed by neither a reply nor a stop token.
    - ``UNPARSEABLE``: the parser itself failed (not text, or a bug); nothing could be read.

    The content of the rationale (checked whenever there is one, closed or not):

    - ``MISSING_PART``: a required part (Agent, Concerns, Plan, Tone) is absent or empty; one code per
      part, its message names the part.
    - ``MISSING_STATE``: the State line lacks one or more of the four values (a value that is not a
      number does not count; numbers outside 0..1 are clamped, not errors); one code, its message names
      the values.
    - ``UNKNOWN_ACTION``: the Action part's first word is not one of ``ACTIONS``. A missing Action part
      is no error.

    Strict mode only (``parse_turn(text, strict=True)``, the turn grammar of ``userlm.core.grammar``):

    - ``OFF_GRAMMAR``: a turn the lenient parser accepts but the grammar does not: the parts not one per
      line in the canonical order (Trap and Action included), a trap that is no tactic id, a state value
      outside [0, 1] or with more than two decimals, text after the action word, a reply on several lines
      or holding ``<`` or ``##``, a bare stop token, whitespace around the tags. Its message names the
      first line that leaves the grammar.

    A ``str`` enum: a code equals, prints and serialises as its lower-case value (``"no_rationale"``).
    """

    EMPTY_OUTPUT = "empty_output"
    NO_RATIONALE = "no_rationale"
    UNCLOSED_RATIONALE = "unclosed_rationale"
    UNOPENED_RATIONALE = "unopened_rationale"
    RATIONALE_NOT_FIRST = "rationale_not_first"
    NESTED_RATIONALE = "nested_rationale"
    TAGS_IN_REPLY = "tags_in_reply"
    TEXT_AFTER_STOP = "text_after_stop"
    EMPTY_REPLY = "empty_reply"
    UNPARSEABLE = "unparseable"
    MISSING_PART = "missing_part"
    MISSING_STATE = "missing_state"
    UNKNOWN_ACTION = "unknown_action"
    OFF_GRAMMAR = "off_grammar"

    def __str__(self) -> str:
        return self.value
