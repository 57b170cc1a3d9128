"""Helpers of the serving tests: a live uvicorn server in a background thread, and test backends.

``FakeBackend`` needs no model at all (whitespace "tokens", a fixed turn): for tests of the server's own logic.
"""

from __future__ import annotations

import threading
import time

from userlm.core.backends.base import Completion, PromptTooLongError
from userlm.serving.background import BackgroundServer


class LiveServer(BackgroundServer):
    """The package's background server under the name the serving tests use."""


class FakeBackend:
    """A backend without a model: one "token" per word, and ``text`` (a fixed turn) as every completion.

    It has the engine-facing surface of ``TransformersBackend`` (``encode_chat``, ``check_length``,
    ``max_context``, ``generate_ids``), so ``create_app(config, backend=FakeBackend())`` serves in milliseconds.
    Set ``error`` to make every completion fail (the server answers 500).
    """

    name = "fake"

    def __init__(self, text: str = "Hi, I need help with my order.", max_context: int = 4096):
        self.text, self.max_context = text, max_context
        self.error: str | None = None

    def encode_chat(self, chat):
        words = sum(len(str(m.get("content") or "").split()) + 2 for m in chat)
        return list(range(words))

    def check_length(self, n, max_tokens):
        if n + max_tokens > self.max_context:
            raise PromptTooLongError(
                f"prompt has {n} tokens; with max_tokens={max_tokens} it exceeds the context of "
                f"{self.max_context} tokens"
            )

    def generate_ids(self, encoded, params):
        if self.error:
            return [Completion("", len(ids), 0, "error", error=self.error) for ids in encoded]
        used = min(params.max_tokens, len(self.text.split()))
        return [Completion(self.text, len(ids), used, "stop") for ids in encoded]


class ScriptedBackend:
    """The tiny model's tokenizer with a fixed output: checks what the server does with a known turn.

    Every generate_ids call is recorded (batch size and sampling settings) so batching can be checked.
    """

    def __init__(self, inner, text: str):
        self.inner, self.text = inner, text
        self.max_context = inner.max_context
        self.calls: list[tuple[int, float, int]] = []
        self.chats: list[list[dict]] = []  # every chat encoded, as the model would see it
        self.delay = 0.0

    def encode_chat(self, chat):
        self.chats.append(chat)
        return self.inner.encode_chat(chat)

    def check_length(self, n, max_tokens):
        return self.inner.check_length(n, max_tokens)

    def generate_ids(self, encoded, params):
        self.calls.append((len(encoded), params.temperature, params.max_tokens))
        time.sleep(self.delay)
        return [Completion(self.text, len(ids), 12, "stop") for ids in encoded]


class GatedBackend:
    """The real tiny backend, held at a gate: lets a test fill the queue deterministically."""

    def __init__(self, inner):
        self.inner = inner
        self.max_context = inner.max_context
        self.gate, self.entered = threading.Event(), threading.Event()

    def encode_chat(self, chat):
        return self.inner.encode_chat(chat)

    def check_length(self, n, max_tokens):
        return self.inner.check_length(n, max_tokens)

    def generate_ids(self, encoded, params):
        self.entered.set()
        if not self.gate.wait(60):
            raise TimeoutError("gate never opened")
        return self.inner.generate_ids(encoded, params)
