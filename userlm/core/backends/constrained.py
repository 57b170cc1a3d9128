"""Turn-grammar constrained decoding for transformers' ``generate``, with llguidance.

``TurnConstraint(tokenizer, vocab_size, eos_ids)`` wraps one tokenizer; ``processor(grammar, max_tokens,
batch)`` gives a transformers ``LogitsProcessor`` that masks, at every step and for every row, the tokens the
turn grammar (``userlm.core.grammar``) does not allow, and forces the grammar's fixed text (tags, labels) in
its canonical tokens. The grammar is compiled once per (grammar, max_tokens) and copied per row
(``LLMatcher.deep_copy``); the tokenizer is converted once per backend. ``TransformersBackend`` uses it when
``SamplingParams.grammar`` is set:

    backend.generate(chats, SamplingParams(max_tokens=192, grammar=default_grammar()))

Why llguidance (and not xgrammar or outlines): its lark grammars bound each free-text part in *tokens*
(``max_tokens``), so a turn always closes its rationale within the request's budget; it has no dependency
(xgrammar pulls triton, ~285 MB, and tvm-ffi); its masks cost well under 1% of a CPU decoding step here.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np

from userlm.core.grammar import BUDGET_SHARES, MIN_PART_TOKENS, TurnGrammar

log = logging.getLogger("userlm.backends")
SCAFFOLD_SLACK = 8  # tokens on top of the canonical scaffolding, for digits or ids a model spells oddly


class TurnConstraint:
    """The llguidance view of one tokenizer, and the compiled turn grammars for it (cached)."""

    def __init__(self, tokenizer: Any, vocab_size: int, eos_ids: list[int]):
        import llguidance.hf

        self.vocab_size = vocab_size
        self.eos_ids = list(eos_ids)
        self.ll_tokenizer = llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab_size, eos_token=self.eos_ids)
        self._tokenizer = tokenizer
        self._templates: dict[tuple[TurnGrammar, int | None], Any] = {}
        self._lock = threading.Lock()
        self.compiled = 0  # grammars compiled so far (a test holds that a repeat request compiles nothing)

    def scaffold_tokens(self, grammar: TurnGrammar) -> int:
        """Tokens the fixed parts of a turn take: a turn with one-character texts, the longest trap id."""
        from userlm.core.turn import ACTIONS, STATE_KEYS, RationaleParts, format_turn

        parts = RationaleParts(
            agent="x", trap=max(grammar.traps, key=len, default=None), concerns="x",
            state=dict.fromkeys(STATE_KEYS, 0.55), action=max(ACTIONS, key=len), plan="x", tone="x",
        )  # fmt: skip
        text = format_turn(parts, "x")
        return len(self._tokenizer.encode(text, add_special_tokens=False)) + SCAFFOLD_SLACK

    def matcher(self, grammar: TurnGrammar, max_tokens: int | None):
        """A fresh matcher for one row (a copy of the compiled template)."""
        import llguidance

        key = (grammar, max_tokens)
        with self._lock:
            template = self._templates.get(key)
            if template is None:
                scaffold = self.scaffold_tokens(grammar) if max_tokens else 0
                if max_tokens and max_tokens < scaffold + MIN_PART_TOKENS * len(BUDGET_SHARES):
                    log.warning("turn grammar: max_tokens=%d leaves no room for a whole turn (the fixed "
                                "parts take ~%d tokens); turns will be cut", max_tokens, scaffold)  # fmt: skip
                lark = llguidance.LLMatcher.grammar_from_lark(grammar.lark(max_tokens, scaffold))
                template = llguidance.LLMatcher(self.ll_tokenizer, lark)
                if template.is_error():
                    raise ValueError(f"the turn grammar does not compile: {template.get_error()}")
                self._templates[key] = template
                self.compiled += 1
        return template.deep_copy()

    def processor(self, grammar: TurnGrammar, max_tokens: int | None, batch: int) -> TurnLogitsProcessor:
        return TurnLogitsProcessor(self, [self.matcher(grammar, max_tokens) for _ in range(batch)])


class TurnLogitsProcessor:
    """A transformers logits processor for one ``generate`` call (one matcher per row; not reusable).

    Rows whose matcher has ended (the turn is complete and EOS was sampled) or failed may only end.
    """

    def __init__(self, constraint: TurnConstraint, matchers: list):
        self.constraint, self.matchers = constraint, matchers
        self.started = False
        words = (constraint.vocab_size + 31) // 32
        self.bitmask = np.full((len(matchers), words), -1, dtype=np.int32)
        self.failed = [False] * len(matchers)

    def _advance(self, last_tokens: list[int]) -> None:
        for i, (m, t) in enumerate(zip(self.matchers, last_tokens)):
            if m.is_stopped() or self.failed[i]:
                continue
            if not m.consume_token(t) or m.is_error():
                self.failed[i] = True
                log.warning("turn grammar: row %d left the grammar (%s); ending it", i, m.get_error())

    def _fill(self) -> None:
        live = [(m, i) for i, m in enumerate(self.matchers) if not (m.is_stopped() or self.failed[i])]
        for m, i in live:
            # In this thread, one row after the other: a mask takes ~0.1-0.2 ms, and llguidance's parallel
            # executor would start threads that compete with torch's for the same cores.
            row = self.bitmask[i]
            m.unsafe_compute_mask_ptr(row.ctypes.data, row.nbytes)
            forced = m.compute_ff_tokens()
            if forced:  # fixed text: its canonical first token, as the model saw such text in training
                self._only(i, forced[0])
        for i, m in enumerate(self.matchers):
            if m.is_stopped() or self.failed[i]:
                self._only(i, *self.constraint.eos_ids)

    def _only(self, row: int, *tokens: int) -> None:
        words = self.bitmask.view(np.uint32)
        words[row] = 0
        for t in tokens:
            words[row, t // 32] |= np.uint32(1 << (t % 32))

    def __call__(self, input_ids, scores):
        import torch

        if self.started:
            self._advance(input_ids[:, -1].tolist())
        self.started = True
        self._fill()
        allowed = np.unpackbits(self.bitmask.view(np.uint8), axis=1, bitorder="little")
        allowed = torch.from_numpy(allowed[:, : scores.shape[1]].astype(bool))
        if allowed.shape[1] < scores.shape[1]:  # model rows past the tokenizer's vocabulary: never allowed
            pad = torch.zeros(allowed.shape[0], scores.shape[1] - allowed.shape[1], dtype=torch.bool)
            allowed = torch.cat([allowed, pad], dim=1)
        return scores.masked_fill(~allowed.to(scores.device), float("-inf"))
