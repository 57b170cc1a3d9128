"""Split a streamed turn into rationale and reply deltas as the text arrives (for SSE ``delta.reasoning``/``content``).

    split = ReasoningSplitter()
    for piece in ["<thi", "nk>\\nAgent: greets.\\n</th", "ink>\\nHi, my order..."]:
        reasoning, content = split.feed(piece)     # deltas; a possible tag prefix is held back
    reasoning, content = split.flush()             # the rest at the end of the stream

Text before a leading ``<think>`` is content; inside ``<think>...</think>`` it is reasoning; after
``</think>`` (one newline dropped) it is content. Joined, the deltas give the rationale and the reply of
``userlm.core.turn.split_reasoning`` up to surrounding whitespace.
"""

from __future__ import annotations

from userlm.core.turn import THINK_CLOSE, THINK_OPEN


def _held(text: str, tag: str) -> int:
    """Length of the longest tail of ``text`` that is a proper prefix of ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-n:]):
            return n
    return 0


class ReasoningSplitter:
    def __init__(self):
        self.mode = "start"  # start -> think -> reply
        self.buf = ""

    def feed(self, text: str) -> tuple[str, str]:
        self.buf += text
        reasoning, content = "", ""
        if self.mode == "start":
            stripped = self.buf.lstrip()
            if stripped.startswith(THINK_OPEN):
                self.mode, self.buf = "think", stripped[len(THINK_OPEN) :].lstrip("\n")
            elif THINK_OPEN.startswith(stripped):
                return "", ""  # could still become <think>
            else:
                self.mode = "reply"
        if self.mode == "think":
            end = self.buf.find(THINK_CLOSE)
            if end == -1:
                keep = _held(self.buf, THINK_CLOSE)
                reasoning, self.buf = self.buf[: len(self.buf) - keep], self.buf[len(self.buf) - keep :]
                return reasoning, ""
            reasoning = self.buf[:end].rstrip("\n")
            self.mode, self.buf = "reply", self.buf[end + len(THINK_CLOSE) :]
            self._after_close = True
        if self.mode == "reply":
            if getattr(self, "_after_close", False):
                if not self.buf:
                    return reasoning, ""
                self.buf = self.buf[1:] if self.buf.startswith("\n") else self.buf
                self._after_close = False
            content, self.buf = self.buf, ""
        return reasoning, content

    def flush(self) -> tuple[str, str]:
        """What is held back at the end of the stream."""
        rest, self.buf = self.buf, ""
        if self.mode == "think":
            return rest, ""
        return "", rest
