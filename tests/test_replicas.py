"""Several simulator replicas behind one backend: calls are spread, a failing replica is skipped.

python -m pytest -q tests/test_replicas.py
"""

from __future__ import annotations

import json
import threading

import httpx
import pytest

from userlm.core.backends.base import SamplingParams
from userlm.core.backends.openai_backend import OpenAIBackend
from userlm.core.backends.replicas import ReplicaBackend, endpoint_backend, split_urls

CHAT = [{"role": "user", "content": "Hello! How can I help you today?"}]
PARAMS = SamplingParams(max_tokens=8, temperature=0)


def completion(text: str) -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "sim",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


class Fake:
    """An in-process OpenAI endpoint: answers with its name, or with the queued failures first."""

    def __init__(self, name: str):
        self.name, self.failures, self.calls = name, [], 0
        self.lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.calls += 1
            failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            status, headers = failure
            body = {"error": {"message": "busy", "type": "server_error", "param": None, "code": None}}
            return httpx.Response(status, json=body, headers=headers)
        assert json.loads(request.content)["model"] == "sim"
        return httpx.Response(200, json=completion(f"from {self.name}"))

    def client(self):
        from openai import OpenAI

        http = httpx.Client(transport=httpx.MockTransport(self.handler))
        return OpenAI(base_url=f"http://{self.name}/v1", api_key="k", max_retries=0, http_client=http)


def backend(*fakes: Fake, **kw) -> ReplicaBackend:
    return ReplicaBackend("sim", [], clients=[f.client() for f in fakes], **kw)


def test_calls_are_spread_over_replicas():
    a, b = Fake("a"), Fake("b")
    out = backend(a, b).generate([CHAT] * 12, PARAMS)
    assert all(c.error is None for c in out) and a.calls >= 3 and b.calls >= 3
    assert {c.text for c in out} == {"from a", "from b"}


def test_failover_on_server_error_and_the_replica_is_set_aside():
    a, b = Fake("a"), Fake("b")
    a.failures = [(500, {})] * 100
    sim = backend(a, b, cooldown_s=60)
    out = sim.generate([CHAT] * 6, PARAMS)
    assert [c.text for c in out] == ["from b"] * 6
    assert a.calls == 1  # after its first failure it is not asked again until the cooldown is over
    assert sim.client.stats()[0]["failures"] == 1


def test_429_honours_retry_after_then_the_replica_serves_again():
    import time

    a, b = Fake("a"), Fake("b")
    a.failures = [(429, {"Retry-After": "0.3"})]
    sim = backend(a, b)
    first = [sim.client.chat.completions.create(model="sim", messages=CHAT) for _ in range(3)]
    assert all(r.choices[0].message.content == "from b" for r in first[1:])
    time.sleep(0.35)
    later = {
        sim.client.chat.completions.create(model="sim", messages=CHAT).choices[0].message.content
        for _ in range(4)
    }
    assert "from a" in later


def test_every_replica_busy_waits_for_the_first_back():
    a, b = Fake("a"), Fake("b")
    a.failures = [(429, {"Retry-After": "0.2"})]
    b.failures = [(503, {})]
    sim = backend(a, b, cooldown_s=5)
    r = sim.client.chat.completions.create(model="sim", messages=CHAT)
    assert r.choices[0].message.content == "from a" and a.calls == 2


def test_a_bad_request_is_not_retried_elsewhere():
    import openai

    a, b = Fake("a"), Fake("b")
    a.failures, b.failures = [(400, {})], [(400, {})]
    sim = backend(a, b)
    with pytest.raises(openai.BadRequestError):
        sim.client.chat.completions.create(model="sim", messages=CHAT)
    assert a.calls + b.calls == 1
    assert sim.generate([CHAT], PARAMS)[0].error  # generate records it, as OpenAIBackend does


def test_two_live_servers_one_goes_away(example_profiles):
    from serving_helpers import FakeBackend, LiveServer

    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    servers = [
        LiveServer(
            create_app(ServeConfig(model="sim"), backend=FakeBackend(f"reply {i}"), profiles=example_profiles)
        ).start()
        for i in range(2)
    ]
    try:
        sim = endpoint_backend("sim", ",".join(s.url + "/v1" for s in servers), timeout=10, cooldown_s=60)
        assert isinstance(sim, ReplicaBackend)
        assert {c.text for c in sim.generate([CHAT] * 6, PARAMS)} == {"reply 0", "reply 1"}
        servers[0].stop()
        out = sim.generate([CHAT] * 6, PARAMS)
        assert [c.text for c in out] == ["reply 1"] * 6
    finally:
        for s in servers:
            s.stop()


def test_endpoint_backend_and_urls():
    assert split_urls(" http://a/v1, ,http://b/v1") == ["http://a/v1", "http://b/v1"]
    one = endpoint_backend("sim", "http://127.0.0.1:9/v1")
    assert type(one) is OpenAIBackend
    assert isinstance(
        endpoint_backend("sim", ["http://127.0.0.1:9/v1", "http://127.0.0.1:10/v1"]), ReplicaBackend
    )
