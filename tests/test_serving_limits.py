"""The server's limits: bad requests get the right status and OpenAI's error shape, overload gets 429,
and a client that disconnects frees its queue slot.

    python -m pytest -q tests/test_serving_limits.py
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from serving_helpers import GatedBackend, LiveServer

KEY = "s3cret-key"
MSGS = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def server(tiny_backend, example_profiles):
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    config = ServeConfig(
        model="tiny", api_key=KEY, max_tokens_cap=32, default_max_tokens=4, max_n=2, max_body_bytes=50_000
    )
    s = LiveServer(create_app(config, backend=tiny_backend, profiles=example_profiles)).start()
    yield s
    s.stop()


def _json(model="tiny", **kw):
    return {"model": model, "messages": MSGS, "max_tokens": 2, **kw}


BAD = [
    # (name, headers, body (bytes or dict), status, error code or None, param or None)
    ("malformed json", None, b'{"model": "tiny", "messages": [', 400, None, None),
    ("messages not a list", None, {"model": "tiny", "messages": "hi"}, 400, "invalid_value", "messages"),
    ("max_tokens not an int", None, _json(max_tokens="lots"), 400, "invalid_value", "max_tokens"),
    ("temperature out of range", None, _json(temperature=5), 400, "invalid_value", "temperature"),
    ("no messages", None, {"model": "tiny", "messages": []}, 400, "invalid_value", "messages"),
    ("missing model", None, {"messages": MSGS}, 400, "invalid_value", "model"),
    ("unknown role", None, _json(messages=[{"role": "robot", "content": "x"}]), 400, "invalid_value", None),
    ("unknown model", None, _json(model="gpt-9"), 404, "model_not_found", "model"),
    ("unknown profile", None, _json(profile_id="nobody"), 404, "profile_not_found", "profile_id"),
    ("profile and profile_id", None, _json(profile_id="x", profile={"id": "y"}), 400, None, None),
    ("max_tokens above cap", None, _json(max_tokens=33), 400, None, "max_tokens"),
    ("n above cap", None, _json(n=3), 400, None, "n"),
    (
        "prompt longer than the context",
        None,
        _json(messages=[{"role": "user", "content": "price warranty " * 2000}]),
        400,
        "context_length_exceeded",
        "messages",
    ),
    (
        "body too large",
        None,
        _json(messages=[{"role": "user", "content": "x" * 60_000}]),
        413,
        "request_too_large",
        None,
    ),
    ("no key", {"Authorization": ""}, _json(), 401, "invalid_api_key", None),
    ("wrong key", {"Authorization": "Bearer s3cret-kez"}, _json(), 401, "invalid_api_key", None),
    ("wrong scheme", {"Authorization": f"Basic {KEY}"}, _json(), 401, "invalid_api_key", None),
]


@pytest.mark.parametrize("name,headers,body,status,code,param", BAD, ids=[b[0] for b in BAD])
def test_bad_requests(server, name, headers, body, status, code, param):
    h = {"Authorization": f"Bearer {KEY}", **(headers or {})}
    if isinstance(body, bytes):
        r = httpx.post(
            server.url + "/v1/chat/completions",
            content=body,
            headers={**h, "Content-Type": "application/json"},
        )
    else:
        r = httpx.post(server.url + "/v1/chat/completions", json=body, headers=h, timeout=60)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["message"]
    assert "Traceback" not in r.text
    assert err["type"] == {
        400: "invalid_request_error",
        413: "invalid_request_error",
        401: "invalid_request_error",
    }.get(status, "not_found_error")
    if code:
        assert err["code"] == code
    if param:
        assert err["param"] == param
    assert r.headers["x-request-id"]


def test_openai_client_exceptions(server):
    import openai

    good = openai.OpenAI(base_url=server.url + "/v1", api_key=KEY, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=server.url + "/v1", api_key="nope", max_retries=0).models.list()
    with pytest.raises(openai.NotFoundError):
        good.chat.completions.create(model="other", messages=MSGS)
    with pytest.raises(openai.BadRequestError) as e:
        good.chat.completions.create(model="tiny", messages=MSGS, max_tokens=1000)
    assert e.value.body["param"] == "max_tokens"


def test_request_id_and_unknown_route(server):
    r = httpx.get(
        server.url + "/v1/nothing-here", headers={"Authorization": f"Bearer {KEY}", "X-Request-Id": "abc-1"}
    )
    assert r.status_code == 404 and r.json()["error"]["type"] == "not_found_error"
    assert r.headers["x-request-id"] == "abc-1"  # a caller's id is kept, so logs can be joined
    assert httpx.get(server.url + "/health").status_code == 200


@pytest.fixture()
def gated(tiny_backend):
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    backend = GatedBackend(tiny_backend)
    config = ServeConfig(model="tiny", max_batch_size=1, max_queue=2, max_wait_ms=0, retry_after_s=3)
    s = LiveServer(create_app(config, backend=backend, profiles={})).start()
    yield s, backend
    backend.gate.set()
    s.stop()


def _queued(url: str) -> int:
    return httpx.get(url + "/health").json()["queued"]


def test_burst_gets_429_then_recovers(gated):
    server, backend = gated

    async def run():
        async with httpx.AsyncClient(base_url=server.url, timeout=60) as c:
            first = asyncio.create_task(c.post("/v1/chat/completions", json=_json()))
            while not backend.entered.is_set():  # one request is generating (held at the gate)
                await asyncio.sleep(0.01)
            burst = [asyncio.create_task(c.post("/v1/chat/completions", json=_json())) for _ in range(8)]
            while sum(t.done() for t in burst) < 6:  # 2 wait in the queue, 6 are refused at once
                await asyncio.sleep(0.01)
            backend.gate.set()
            return await first, await asyncio.gather(*burst)

    first, burst = asyncio.run(run())
    codes = sorted(r.status_code for r in burst)
    assert first.status_code == 200 and codes == [200] * 2 + [429] * 6
    refused = next(r for r in burst if r.status_code == 429)
    assert refused.headers["retry-after"] == "3"
    assert (
        refused.json()["error"]["type"] == "rate_limit_error"
        and refused.json()["error"]["code"] == "queue_full"
    )
    after = httpx.post(server.url + "/v1/chat/completions", json=_json(), timeout=60)
    assert after.status_code == 200 and after.json()["choices"][0]["message"]["content"] is not None


def test_disconnect_frees_slot(gated):
    server, backend = gated
    with httpx.Client(base_url=server.url, timeout=60) as c:
        import threading

        holder = threading.Thread(target=lambda: c.post("/v1/chat/completions", json=_json()))
        holder.start()
        assert backend.entered.wait(30)
        for _ in range(2):  # fill the queue with clients that give up after 0.3 s
            with pytest.raises(httpx.ReadTimeout):
                httpx.post(
                    server.url + "/v1/chat/completions", json=_json(), timeout=httpx.Timeout(60, read=0.3)
                )
        deadline = time.monotonic() + 5
        while _queued(server.url) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _queued(server.url) == 0  # the departed clients left the queue
        stats = httpx.get(server.url + "/health").json()["batcher"]
        assert stats["cancelled"] == 2 and stats["rejected"] == 0
        backend.gate.set()
        holder.join(30)
        assert c.post("/v1/chat/completions", json=_json()).status_code == 200
