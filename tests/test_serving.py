"""The server end to end: a live uvicorn on localhost driven by the real ``openai`` client.

python -m pytest -q tests/test_serving.py
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from serving_helpers import LiveServer, ScriptedBackend

from userlm.core.turn import STATE_KEYS, STOP, format_turn

KEY = "test-key"
RATIONALE = (
    "Agent: offers 19,500 with the warranty.\nTrap: none\nConcerns: price within budget.\n"
    "State: trust=0.90 emotion=0.20 patience=0.50 participation=0.70\nAction: accept\n"
    "Plan: accept and end.\nTone: relieved."
)
TURN = format_turn(RATIONALE, "Deal, I'll take it.", STOP)


@pytest.fixture(scope="module")
def tiny_server(tiny_backend, example_profiles):
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    config = ServeConfig(model="tiny", api_key=KEY, max_wait_ms=20, default_max_tokens=8, max_tokens_cap=64)
    server = LiveServer(create_app(config, backend=tiny_backend, profiles=example_profiles)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def scripted(tiny_backend, example_profiles):
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    backend = ScriptedBackend(tiny_backend, TURN)
    config = ServeConfig(model="sim", max_wait_ms=300, max_batch_size=8)
    server = LiveServer(create_app(config, backend=backend, profiles=example_profiles)).start()
    yield server, backend
    server.stop()


def client(server, key=KEY):
    from openai import OpenAI

    return OpenAI(base_url=server.url + "/v1", api_key=key, max_retries=0, timeout=60)


def test_models_and_health(tiny_server):
    models = client(tiny_server).models.list()
    assert [m.id for m in models.data] == ["tiny"]
    r = httpx.get(tiny_server.url + "/health")  # open: no key needed
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.headers["x-request-id"]


def test_sync_simulator_mode(tiny_server, example_profiles):
    pid = example_profiles[0].id
    out = client(tiny_server).chat.completions.create(
        model="tiny",
        messages=[{"role": "assistant", "content": "Hello! How can I help you today?"}],
        max_tokens=6,
        temperature=0,
        extra_body={"profile_id": pid},
    )
    choice = out.choices[0]
    assert out.object == "chat.completion" and out.model == "tiny" and out.id.startswith("chatcmpl-")
    assert isinstance(choice.message.content, str) and choice.finish_reason in ("stop", "length")
    assert out.usage.prompt_tokens > 500  # the profile's system prompt was rendered in
    assert 0 < out.usage.completion_tokens <= 6
    assert out.usage.total_tokens == out.usage.prompt_tokens + out.usage.completion_tokens
    extra = choice.model_extra
    assert extra["conversation_ended"] is False and set(extra["state"]) == set(STATE_KEYS)


def test_async_plain_mode_concurrent(tiny_server):
    from openai import AsyncOpenAI

    async def run():
        c = AsyncOpenAI(base_url=tiny_server.url + "/v1", api_key=KEY, max_retries=0)
        msgs = [
            {"role": "system", "content": "You are a customer who wants a refund for a broken kettle."},
            {"role": "user", "content": "Hi, how can I help?"},
        ]
        outs = await asyncio.gather(
            *(
                c.chat.completions.create(model="tiny", messages=msgs, max_tokens=5, temperature=0)
                for _ in range(4)
            )
        )
        await c.close()
        return outs

    outs = asyncio.run(run())
    # greedy on the same prompt, batched together: every answer is the same
    assert len({o.choices[0].message.content for o in outs}) == 1
    assert all(o.usage.completion_tokens <= 5 for o in outs)
    assert "state" not in (outs[0].choices[0].model_extra or {})  # plain mode has no simulator state
    health = httpx.get(tiny_server.url + "/health").json()
    assert health["batcher"]["largest_batch"] >= 2


def test_streaming_with_usage(tiny_server, example_profiles):
    stream = client(tiny_server).chat.completions.create(
        model="tiny",
        messages=[{"role": "user", "content": "Say something."}],
        max_tokens=6,
        temperature=0.8,
        seed=1,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finals) == 1 and finals[0].choices[0].finish_reason in ("stop", "length")
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    # raw SSE ends with [DONE]
    with httpx.stream(
        "POST",
        tiny_server.url + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {KEY}"},
        json={
            "model": "tiny",
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 3,
            "stream": True,
        },
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [ln for ln in r.iter_lines() if ln]
    assert lines[-1] == "data: [DONE]"
    assert json.loads(lines[0][6:])["object"] == "chat.completion.chunk"


def test_sessions_live(tiny_server, example_profiles):
    h = {"Authorization": f"Bearer {KEY}"}
    r = httpx.post(
        tiny_server.url + "/v1/sessions",
        headers=h,
        json={"profile_id": example_profiles[1].id, "max_tokens": 4},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    opening = r.json()
    sid = opening["session_id"]
    assert opening["turn_index"] == 0 and set(opening["state"]) == set(STATE_KEYS)
    r = httpx.post(
        f"{tiny_server.url}/v1/sessions/{sid}/turns", headers=h, json={"content": "Order number?"}, timeout=60
    )
    assert r.status_code == 200 and r.json()["turn_index"] == 1
    info = httpx.get(f"{tiny_server.url}/v1/sessions/{sid}", headers=h).json()
    assert [m["role"] for m in info["messages"]] == ["assistant", "user", "assistant", "user"]
    assert info["messages"][2]["content"] == "Order number?"
    assert httpx.delete(f"{tiny_server.url}/v1/sessions/{sid}", headers=h).json()["deleted"] is True
    gone = httpx.get(f"{tiny_server.url}/v1/sessions/{sid}", headers=h)
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "session_not_found"


def test_reasoning_stop_and_state(scripted, example_profiles):
    server, _ = scripted
    c = client(server, key="unused")  # this server has no key
    msgs = [{"role": "assistant", "content": "19,500 with the warranty, final offer."}]
    out = c.chat.completions.create(
        model="sim", messages=msgs, extra_body={"profile_id": example_profiles[0].id}
    )
    choice = out.choices[0]
    assert (
        choice.message.content == f"Deal, I'll take it. {STOP}"
    )  # the stop token stays visible to the agent
    assert choice.message.model_extra["reasoning"].startswith("Agent: offers 19,500")
    extra = choice.model_extra
    assert extra["stop_reason"] == STOP and extra["conversation_ended"] is True
    assert extra["state"]["trust"] == pytest.approx(0.9) and "format_errors" not in extra
    hidden = c.chat.completions.create(
        model="sim",
        messages=msgs,
        extra_body={"profile": example_profiles[0].model_dump(), "include_reasoning": False},
    )
    assert "reasoning" not in (hidden.choices[0].message.model_extra or {})
    plain = c.chat.completions.create(
        model="sim", messages=[{"role": "system", "content": "You are a buyer."}]
    )
    assert plain.choices[0].message.model_extra["reasoning"].startswith("Agent:")
    assert plain.choices[0].model_extra["conversation_ended"] is True


def test_a_state_template_carries_the_state_a_returned_rationale_stated(tiny_backend, example_profiles):
    """Simulator mode with a ``_state`` template: a simulator turn sent back with its rationale (the
    ``reasoning`` this server returned) puts the state values it stated into the next prompt."""
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    backend = ScriptedBackend(tiny_backend, TURN)
    config = ServeConfig(model="sim", template="simulator_compact_state", max_wait_ms=20)
    server = LiveServer(create_app(config, backend=backend, profiles=example_profiles)).start()
    try:
        c, profile = client(server, key="unused"), example_profiles[0]
        said = [{"role": "assistant", "content": "Hi!"}, {"role": "user", "content": "I want a car."},
                {"role": "assistant", "content": "Sign now, the offer ends today."}]  # fmt: skip
        c.chat.completions.create(model="sim", messages=said, extra_body={"profile_id": profile.id})
        said[1]["reasoning"] = "Agent: greets.\nState: trust=0.40 emotion=0.50 patience=0.15 participation=0.60"
        c.chat.completions.create(model="sim", messages=said, extra_body={"profile_id": profile.id})
    finally:
        server.stop()
    before, after = (chat[0]["content"] for chat in backend.chats)
    assert f"State: {profile.goal.initial_state.as_text()}" in before
    assert "State: trust=0.40 emotion=0.50 patience=0.15 participation=0.60" in after
    assert backend.chats[0][1:] == backend.chats[1][1:]  # the rationale itself stays out of the context


def test_batching_groups_by_settings(scripted):
    server, backend = scripted
    from openai import AsyncOpenAI

    async def run():
        c = AsyncOpenAI(base_url=server.url + "/v1", api_key="x", max_retries=0)
        msgs = [{"role": "user", "content": "hi"}]
        jobs = [
            c.chat.completions.create(model="sim", messages=msgs, temperature=0, max_tokens=9)
            for _ in range(5)
        ]
        jobs += [
            c.chat.completions.create(model="sim", messages=msgs, temperature=0.9, max_tokens=9)
            for _ in range(3)
        ]
        await asyncio.gather(*jobs)
        await c.close()

    backend.calls.clear()
    asyncio.run(run())
    # 8 requests inside one max_wait window -> one call per sampling setting, never mixed
    assert sorted(backend.calls) == [(3, 0.9, 9), (5, 0.0, 9)]


def test_scripted_sessions_end(scripted, example_profiles):
    server, _ = scripted
    r = httpx.post(server.url + "/v1/sessions", json={"profile_id": example_profiles[0].id})
    body = r.json()
    assert r.status_code == 200 and body["done"] is True and body["stop_reason"] == STOP
    assert body["reasoning"].startswith("Agent:") and body["state"]["trust"] == pytest.approx(0.9)
    again = httpx.post(f"{server.url}/v1/sessions/{body['session_id']}/turns", json={"content": "Wait!"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "session_ended"


def test_stream_deltas_join_to_the_turn(scripted, example_profiles):
    server, _ = scripted
    stream = client(server, key="x").chat.completions.create(
        model="sim",
        messages=[{"role": "assistant", "content": "Final offer."}],
        stream=True,
        extra_body={"profile_id": example_profiles[0].id},
    )
    chunks = list(stream)
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reasoning = "".join(
        (c.choices[0].delta.model_extra or {}).get("reasoning", "") for c in chunks if c.choices
    )
    assert content == f"Deal, I'll take it. {STOP}" and reasoning.startswith("Agent: offers")
    final = chunks[-1].choices[0]
    assert final.finish_reason == "stop" and final.model_extra["stop_reason"] == STOP
    assert final.model_extra["conversation_ended"] is True


def test_an_app_serves_again_after_a_restart(example_profiles):
    from fastapi.testclient import TestClient
    from serving_helpers import FakeBackend

    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    app = create_app(ServeConfig(model="fake", max_wait_ms=0), backend=FakeBackend(), profiles=example_profiles)
    body = {"model": "fake", "messages": [{"role": "system", "content": "You are a customer."},
                                          {"role": "user", "content": "Hello! How can I help?"}]}  # fmt: skip
    for _ in range(2):  # the second start used to answer 500: the first stop had shut the generation pool
        with TestClient(app) as http:
            r = http.post("/v1/chat/completions", json=body)
            assert r.status_code == 200, r.text
