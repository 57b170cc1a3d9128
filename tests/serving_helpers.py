"""Helpers of the serving tests: a live uvicorn server in a background thread, and test backends."""

from __future__ import annotations

import threading
import time

from userlm.core.backends.base import Completion
from userlm.serving.background import BackgroundServer


class LiveServer(BackgroundServer):
    """The package's background server under the name the serving tests use."""


class ScriptedBackend:
    """The tiny model's tokenizer with a fixed output: checks what the server does with a known turn.

    Every generate_ids call is recorded (batch size and sampling settings) so batching can be checked.
    """

    def __init__(self, inner, text: str):
        self.inner, self.text = inner, text
        self.max_context = inner.max_context
        self.calls: list[tuple[int, float, int]] = []
        self.delay = 0.0

    def encode_chat(self, chat):
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
