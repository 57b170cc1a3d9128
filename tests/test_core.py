"""Core data model, state, config loader, profile store, and the tiny-model backend."""

import json

import pytest
from pydantic import Field

from userlm.core.backends import SamplingParams, cut_at_stop
from userlm.core.config import ConfigModel, config_help, load_config
from userlm.core.io import DataError, write_jsonl
from userlm.core.profile import StateValues, UserProfile
from userlm.core.profile_store import load_profiles, resolve_profile
from userlm.core.simulator import Conversation, Simulator, simulator_chat
from userlm.core.state import SimulatorState
from userlm.core.turn import STOP, parse_turn


def test_examples_render_every_section(example_profiles):
    p = example_profiles[0]
    text = p.render()
    assert p.role.name in text and "Hard limits" in text and "20500" in text
    assert "<think>" in text and "###STOP###" in text  # the turn format is part of the prompt


def test_the_agent_is_named_with_the_right_article(example_profiles):
    p = example_profiles[0].model_copy(deep=True)
    for domain, phrase in (("airline", "an airline agent"), ("retail", "a retail agent")):
        p.goal.domain = domain
        for template in ("simulator_system", "simulator_compact"):
            assert phrase in p.render(template)


def test_unknown_and_out_of_range_fields_name_line_and_field(tmp_path, example_profiles):
    row = example_profiles[0].model_dump(mode="json")
    bad = json.loads(json.dumps(row))
    bad["goal"]["initial_state"]["trust"] = 1.5
    typo = json.loads(json.dumps(row))
    typo["role"]["nmae"] = "x"
    typo["id"] = "other"
    path = tmp_path / "p.jsonl"
    write_jsonl(path, [row, bad])
    with pytest.raises(DataError) as e:
        load_profiles(path)
    assert e.value.line == 2 and e.value.field == "goal.initial_state.trust"
    write_jsonl(path, [typo])
    with pytest.raises(DataError, match="role.nmae"):
        load_profiles(path)


def test_resolve_profile_specs(tmp_path, example_profiles):
    assert resolve_profile("car-buyer-01").id == "car-buyer-01"
    path = tmp_path / "set.jsonl"
    write_jsonl(path, [p.model_dump(mode="json") for p in example_profiles])
    assert resolve_profile(f"{path}:retail-refund-01").role.name == "Marcus Oyelaran"
    with pytest.raises(DataError, match="name one as"):
        resolve_profile(str(path))
    with pytest.raises(DataError, match="no profile with id"):
        resolve_profile("nobody")


def test_state_clamps_and_keeps_history():
    s = SimulatorState.from_values(StateValues(trust=0.2))
    s.update({"trust": 3.0, "patience": -1})
    assert s.values["trust"] == 1.0 and s.values["patience"] == 0.0
    assert s.history[0]["trust"] == 0.2
    s.apply(
        parse_turn(
            f"<think>\nAgent: a\nConcerns: b\nState: trust=0.4\nPlan: c\nTone: d\n</think>\nbye {STOP}"
        )
    )
    assert s.ended and s.stop == STOP and s.values["trust"] == 0.4 and s.values["patience"] == 0.0


class _Cfg(ConfigModel):
    port: int = Field(8000, ge=1, description="port")
    name: str = Field("x", description="name")
    tags: list[str] = Field(default_factory=list, description="tags")
    rate: float | None = Field(None, description="rate")
    debug: bool = Field(False, description="debug")


def test_config_yaml_then_cli(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("port: 9000\ntags: [a, b]\n")
    cfg = load_config(_Cfg, path, ["--name", "y", "--rate=0.5", "--debug"])
    assert (cfg.port, cfg.name, cfg.tags, cfg.rate, cfg.debug) == (9000, "y", ["a", "b"], 0.5, True)
    assert load_config(_Cfg, path, ["port=1"]).port == 1
    assert load_config(_Cfg, path, ["--tags", "c,d", "--rate", "none"]).tags == ["c", "d"]
    assert "--port" in config_help(_Cfg) and "(default: 8000)" in config_help(_Cfg)


def test_config_errors_name_file_line_field(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("name: ok\nprot: 9000\n")
    with pytest.raises(DataError) as e:
        load_config(_Cfg, path)
    assert (e.value.line, e.value.field) == (2, "prot")
    path.write_text("port: many\n")
    with pytest.raises(DataError, match="port"):
        load_config(_Cfg, path)
    path.write_text("port: [1\n")
    with pytest.raises(DataError, match="invalid YAML"):
        load_config(_Cfg, path)
    with pytest.raises(DataError, match="unknown option --nope"):
        load_config(_Cfg, None, ["--nope", "1"])
    path.write_text("name: ok\n\nport: 0\n")  # a range check: the file, its line and the field
    with pytest.raises(DataError) as e:
        load_config(_Cfg, path)
    assert (str(e.value.file), e.value.line, e.value.field) == (str(path), 3, "port")
    with pytest.raises(DataError) as e:  # the same value from the command line names the command line
        load_config(_Cfg, path, ["--port", "-5"])
    assert (e.value.file, e.value.field) == ("command line", "port")


def test_cut_at_stop():
    assert cut_at_stop("abc STOP def END", ["END", "STOP"]) == ("abc ", "STOP")
    assert cut_at_stop("abc", []) == ("abc", None)


def test_simulator_chat_flips_and_greets(example_profiles):
    p = example_profiles[0]
    chat = simulator_chat(p, [])
    assert chat[0]["role"] == "system" and chat[1] == {
        "role": "user",
        "content": "Hello! How can I help you today?",
    }
    chat = simulator_chat(
        p,
        [
            {"role": "assistant", "content": "hi"},
            {"role": "user", "content": "yo"},
            {"role": "assistant", "content": "budget?"},
        ],
    )
    assert [m["role"] for m in chat] == ["system", "user", "assistant", "user"]


def test_batched_generation_counts_tokens(tiny_backend):
    chats = [[{"role": "user", "content": "hello " * n}] for n in (1, 5, 9)]
    out = tiny_backend.generate(chats, SamplingParams(max_tokens=7, temperature=0.0))
    assert len(out) == 3
    for chat, c in zip(chats, out):
        assert c.prompt_tokens == len(tiny_backend.encode_chat(chat))
        assert 1 <= c.completion_tokens <= 7
        assert c.finish_reason in ("stop", "length")
    # Left padding must not change greedy results: each prompt alone gives the same text.
    alone = [tiny_backend.generate([c], SamplingParams(max_tokens=7, temperature=0.0))[0].text for c in chats]
    assert alone == [c.text for c in out]


def test_sampling_has_no_hidden_top_k(tiny_backend):
    # OpenAI semantics, as the serving engine samples: no top-k unless asked. transformers' generate adds
    # top_k=50 by default; on the tiny model's near-uniform first token that would cap 400 draws at 50
    # tokens. The 400 copies span 13 batches of 32, which must not repeat one another's draws either.
    chat = [{"role": "user", "content": "hello"}]
    out = tiny_backend.generate([chat] * 400, SamplingParams(max_tokens=1, temperature=1.5, seed=0))
    assert len({c.text for c in out}) > 100


def test_prompt_too_long_is_refused(tiny_backend):
    from userlm.core.backends import PromptTooLongError

    with pytest.raises(PromptTooLongError, match="exceeds the context"):
        tiny_backend.generate([[{"role": "user", "content": "hello " * 3000}]], SamplingParams(max_tokens=8))


def test_conversation_with_tiny_model(tiny_backend, example_profiles):
    sim = Simulator(tiny_backend, SamplingParams(max_tokens=8, temperature=0.0))
    conv = Conversation(example_profiles[1])
    turn = conv.user_turn(sim)
    assert conv.messages[0]["role"] == "assistant" and conv.messages[-1]["role"] == "user"
    assert turn.parsed.errors  # a random model does not write the format; the parse says so
    conv.user_turn(sim, "Order number?")
    assert len(conv.turns) == 2 and len(conv.messages) == 4


def test_profile_json_schema_has_descriptions():
    schema = UserProfile.model_json_schema()
    role = schema["$defs"]["StaticRole"]["properties"]
    assert all("description" in v for v in role.values())


@pytest.mark.parametrize("has_bf16", [True, False])
def test_cpu_defaults_follow_the_cpu(monkeypatch, has_bf16):
    import torch

    import userlm.core.device as device
    from userlm.core.config import cpu_defaults

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(device, "cpu_has_bf16", lambda: has_bf16)
    assert cpu_defaults() == {"bf16": has_bf16, "gradient_checkpointing": False, "use_cpu": True}
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert cpu_defaults() == {}  # a GPU keeps TRL's own defaults


def test_a_state_template_shows_the_state_the_last_rationale_stated(example_profiles):
    """``_state`` templates show the state values of the simulator's latest rationale (its turns in the
    agent-side transcript keep it as ``reasoning_content``); the plain templates, and a transcript whose
    turns carry no rationale (a harness that sends replies only), show the starting values."""
    p = example_profiles[0]
    said = [
        {"role": "assistant", "content": "hi"},
        {"role": "user", "content": "yo", "reasoning_content": "Agent: greets.\nState: trust=0.30 patience=0.12"},
        {"role": "assistant", "content": "budget?"},
    ]
    bare = [{k: v for k, v in m.items() if k != "reasoning_content"} for m in said]
    start = p.goal.initial_state.model_dump()
    for template in ("simulator_compact", "simulator_system"):
        assert simulator_chat(p, said, template=template) == simulator_chat(p, bare, template=template)
        assert simulator_chat(p, bare, template=template + "_state") == simulator_chat(p, bare, template=template)
        system = simulator_chat(p, said, template=template + "_state")[0]["content"]
        now = {**start, "trust": 0.3, "patience": 0.12}
        assert " ".join(f"{k}={now[k]:.2f}" for k in ("trust", "emotion", "patience", "participation")) in system
        assert simulator_chat(p, said, template=template + "_state")[1:] == simulator_chat(p, bare, template=template)[1:]
