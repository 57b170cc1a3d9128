"""The server applies the turn grammar by default: simulator mode, sessions, and plain mode for a reasoning
simulator; the config (``grammar: false``, ``--no-grammar``) and a request (``"grammar": false``) turn it off."""

from __future__ import annotations

import json

import pytest
from serving_helpers import LiveServer

from userlm.core.grammar import default_grammar
from userlm.core.models import SIMULATOR_MARKER, is_reasoning_simulator, write_simulator_marker
from userlm.core.turn import parse_turn
from userlm.serving.completions import ServerContext
from userlm.serving.config import ServeConfig, load_serve_config


def ctx(**cfg) -> ServerContext:
    return ServerContext(ServeConfig(**cfg), engine=None)


def test_when_the_grammar_applies():
    g = default_grammar()
    base = ctx(model="smollm2-135m")
    assert base.grammar(None, simulator_mode=True) == g  # on by default for simulator turns
    assert base.grammar(False, simulator_mode=True) is None  # a request turns it off
    assert base.grammar(None, simulator_mode=False) is None  # plain mode, not a reasoning simulator
    assert base.grammar(True, simulator_mode=False) == g  # unless the request asks for it
    assert ctx(reasoning_simulator=True).grammar(None, simulator_mode=False) == g
    off = ctx(grammar=False, reasoning_simulator=True)
    assert off.grammar(None, True) is None and off.grammar(True, True) == g
    assert load_serve_config(None, ["--grammar", "false"]).grammar is False


def test_reasoning_simulator_from_the_model_folder(tmp_path):
    assert not is_reasoning_simulator("smollm2-135m") and not is_reasoning_simulator(tmp_path / "nope")
    assert not is_reasoning_simulator(tmp_path)
    write_simulator_marker(tmp_path, kind="sft")
    assert json.loads((tmp_path / SIMULATOR_MARKER).read_text())["reasoning_simulator"] is True
    assert is_reasoning_simulator(tmp_path) and ctx(model=str(tmp_path)).is_reasoning()
    assert ctx(model=str(tmp_path), reasoning_simulator=False).is_reasoning() is False
    old = tmp_path / "old"  # trained before the marker: the model card's tag says it
    old.mkdir()
    (old / "README.md").write_text("---\ntags:\n- userlm\n- user-simulator\n---\n# card\n")
    assert is_reasoning_simulator(old)


def test_no_grammar_flag():
    import argparse

    from userlm.serving.commands import add_commands

    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers())
    assert parser.parse_args(["serve", "--no-grammar"]).no_grammar is True


@pytest.fixture(scope="module")
def server(tiny_backend, example_profiles):
    from userlm.serving.app import create_app

    config = ServeConfig(model="tiny", reasoning_simulator=True, default_max_tokens=160, max_wait_ms=5)
    live = LiveServer(create_app(config, backend=tiny_backend, profiles=example_profiles)).start()
    yield live
    live.stop()


def _create(server, **kw):
    from openai import OpenAI

    client = OpenAI(base_url=server.url + "/v1", api_key="none", max_retries=0, timeout=120)
    return client.chat.completions.create(model="tiny", temperature=1.0, seed=3, **kw)


def test_simulator_mode_turns_parse_and_grammar_false_frees_them(server, example_profiles):
    hello = [{"role": "assistant", "content": "Hello! How can I help you today?"}]
    body = {"profile_id": example_profiles[0].id}
    out = _create(server, messages=hello, n=2, extra_body=body).choices
    for c in out:
        assert c.model_extra.get("format_errors") is None and c.message.reasoning and c.message.content
        assert "<think>" not in c.message.content
    free = _create(server, messages=hello, n=2, extra_body={**body, "grammar": False}).choices
    assert all(c.model_extra.get("format_errors") for c in free)  # random weights, unconstrained


def test_plain_mode_of_a_reasoning_simulator(server):
    msgs = [{"role": "system", "content": "You are a customer who wants a refund."},
            {"role": "user", "content": "Hi, how can I help?"}]  # fmt: skip
    choice = _create(server, messages=msgs).choices[0]
    assert choice.message.reasoning and "Agent:" in choice.message.reasoning
    assert choice.message.content and "<think>" not in choice.message.content
    rebuilt = f"<think>\n{choice.message.reasoning}\n</think>\n{choice.message.content}"
    assert parse_turn(rebuilt).ok


def test_sessions_follow_the_grammar(server, example_profiles):
    import httpx

    r = httpx.post(server.url + "/v1/sessions", json={"profile_id": example_profiles[0].id}, timeout=120)
    assert r.status_code == 200 and r.json()["format_errors"] == []
    r = httpx.post(
        server.url + "/v1/sessions", json={"profile_id": example_profiles[0].id, "grammar": False}, timeout=120
    )
    assert r.status_code == 200 and r.json()["format_errors"]
