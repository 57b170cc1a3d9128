"""The generation interface every backend implements: a batch of chats in, completions out.

``SamplingParams`` holds OpenAI's sampling settings plus ``grammar``, the turn grammar a backend must
keep its output to (``userlm.core.grammar``); ``Completion`` is one output, a failed call included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from userlm.core.grammar import TurnGrammar


@dataclass
class SamplingParams:
    """Sampling settings shared by all backends (OpenAI semantics)."""

    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 1.0
    stop: list[str] = field(default_factory=list)  # cut before the first match, as OpenAI does
    seed: int | None = None
    min_tokens: int = (
        0  # generate at least this many tokens before EOS may end a sequence (vLLM's min_tokens)
    )
    # Constrain the output to the turn grammar (userlm.core.grammar); None: free generation. Each backend
    # enforces it its own way (llguidance, vLLM structured outputs, or parse-and-retry); min_tokens is
    # ignored under a grammar, which alone decides where a turn ends.
    grammar: TurnGrammar | None = None


@dataclass
class Completion:
    """One generated text. A failed call is data: ``error`` is set and ``text`` is empty."""

    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"  # "stop" | "length" | "error"
    error: str | None = None
    stop_reason: str | None = None  # the stop string that ended generation, as vLLM reports it
    # parse-and-retry under a grammar (endpoint backends): the TurnError code of each rejected try
    grammar_failures: list[str] = field(default_factory=list)
    # draws taken beyond the first because the reply repeated an earlier one (``userlm.core.repeats``)
    redraws: int = 0


class PromptTooLongError(ValueError):
    """A prompt that does not fit the model's context with room for the completion."""


@runtime_checkable
class GenerationBackend(Protocol):
    name: str

    def generate(self, chats: list[list[dict]], params: SamplingParams) -> list[Completion]:
        """One completion per chat, in order."""
        ...


def cut_at_stop(text: str, stop: list[str]) -> tuple[str, str | None]:
    """Cut ``text`` before the earliest stop string; return (text, matched)."""
    best, matched = len(text), None
    for s in stop:
        i = text.find(s)
        if s and i != -1 and i < best:
            best, matched = i, s
    return text[:best], matched
