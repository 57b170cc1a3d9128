"""Shipped simulators: a packaged LoRA adapter loads by name, merged into its base once."""

from __future__ import annotations

from pathlib import Path

import pytest

import userlm.core.shipped as shipped
from userlm.core.io import DataError
from userlm.core.models import resolve_model


@pytest.fixture()
def adapter(tmp_path, tiny_model_dir):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(tiny_model_dir), LoraConfig(r=4, target_modules="all-linear")
    )
    for name, p in model.named_parameters():
        if "lora_B" in name:  # a trained adapter changes the outputs (a fresh one is all zeros)
            p.data.normal_(0, 0.5)
    model.save_pretrained(tmp_path / "adapter")
    return tmp_path / "adapter"


@pytest.fixture()
def packaged(tmp_path, monkeypatch, adapter, tiny_model_dir):
    """The adapter packaged as shipped simulator "tiny-userlm" in a private package root and cache."""
    root = tmp_path / "simulators"
    root.mkdir()
    monkeypatch.setattr(shipped, "shipped_root", lambda: root)
    monkeypatch.setenv("USERLM_CACHE", str(tmp_path / "cache"))
    info = {"base": str(tiny_model_dir), "template": "simulator_compact", "reasoning_simulator": True,
            "sampling": {"temperature": 0.3}}  # fmt: skip
    shipped.package_adapter(adapter, root / "tiny-userlm", info, "# card\n")


def test_a_packaged_adapter_loads_by_name(tmp_path, packaged, tiny_model_dir):
    import torch
    from transformers import AutoModelForCausalLM

    assert shipped.shipped_names() == ["tiny-userlm"]

    path = resolve_model("tiny-userlm")
    assert Path(path).parent == tmp_path / "cache" / "models" and Path(path).name.startswith("tiny-userlm-")
    assert resolve_model("tiny-userlm") == path  # merged once, then reused
    ids = torch.tensor([[1, 2, 3, 4]])
    merged = AutoModelForCausalLM.from_pretrained(path)(ids).logits
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)(ids).logits
    assert not torch.allclose(merged, base)  # the adapter is in the weights
    assert (shipped.shipped_root() / "tiny-userlm" / "README.md").read_text() == "# card\n"


def test_a_shipped_simulator_is_a_reasoning_user_with_its_own_template(packaged, tiny_model_dir):
    from userlm.core.models import is_reasoning_simulator, model_template
    from userlm.core.simulator import DEFAULT_TEMPLATE, template_for

    # by name (servers decide plain-mode handling before loading) and as the merged folder they load
    assert is_reasoning_simulator("tiny-userlm") and is_reasoning_simulator(resolve_model("tiny-userlm"))
    assert (
        model_template("tiny-userlm") == model_template(resolve_model("tiny-userlm")) == "simulator_compact"
    )
    assert template_for("tiny-userlm") == "simulator_compact"
    assert template_for("tiny-userlm", "simulator_system") == "simulator_system"  # an explicit choice wins
    assert template_for(str(tiny_model_dir)) == DEFAULT_TEMPLATE and not is_reasoning_simulator(
        tiny_model_dir
    )


def test_a_shipped_simulator_is_sampled_at_its_own_temperature_unless_told(packaged, tiny_model_dir, tmp_path):
    import argparse
    import json

    from transformers import GenerationConfig

    from userlm.core.models import default_temperature
    from userlm.eval.run import temperature
    from userlm.serving.completions import ServerContext
    from userlm.serving.config import ServeConfig

    merged = resolve_model("tiny-userlm")
    assert default_temperature("tiny-userlm") == default_temperature(merged) == 0.3
    assert default_temperature(str(tiny_model_dir)) == 0.7  # a model that recommends none: the usual default
    # the merged folder says it the way transformers and vLLM (--generation-config auto) read it
    generation = GenerationConfig.from_pretrained(merged)
    assert generation.temperature == 0.3 and generation.do_sample
    assert json.loads(Path(merged, "generation_config.json").read_text())["eos_token_id"] is not None  # kept
    # server: a request without a temperature gets the model's; a configured default wins over it
    assert ServerContext(ServeConfig(model="tiny-userlm"), engine=None).default_temperature() == 0.3
    assert ServerContext(ServeConfig(model="tiny-userlm", default_temperature=0.9), engine=None).default_temperature() == 0.9
    # eval and chat: each simulator at its own unless --temperature is given
    assert temperature("sim=tiny-userlm", None) == 0.3 and temperature("sim=tiny-userlm", 1.0) == 1.0
    from userlm.chat.session import build_simulator

    args = argparse.Namespace(model="tiny-userlm", base_url=None, api_key=None, max_tokens=8, temperature=None,
                              seed=0, template=None, no_grammar=True)  # fmt: skip
    assert build_simulator(args).params.temperature == 0.3
    from userlm.eval.simulators import load_simulator

    assert load_simulator("sim=tiny-userlm", backend=object()).params.temperature == 0.3  # no params given
    # a broken marker is an error that names it, not a trained simulator silently served as a plain model
    broken = tmp_path / "broken"
    broken.mkdir()
    for text, why in (("[1, 2]", "must be a JSON object"), ("{oops", "not valid JSON")):
        (broken / "userlm.json").write_text(text)
        with pytest.raises(DataError, match=f"broken/userlm.json: {why}"):
            default_temperature(broken)


def test_package_adapter_refuses_what_is_not_an_adapter(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="not a LoRA adapter"):
        shipped.package_adapter(tmp_path / "empty", tmp_path / "out", {}, "")


def test_training_continues_an_adapter_instead_of_stacking_one(adapter, tiny_model_dir):
    from peft import PeftModel
    from trl import ModelConfig

    from userlm.training.sft import load_model_and_tokenizer, peft_config_for

    model_args = ModelConfig(model_name_or_path=str(adapter), use_peft=True)
    _, model, _ = load_model_and_tokenizer(model_args, None)
    assert isinstance(model, PeftModel) and peft_config_for(model, model_args) is None
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in n for n in trainable)
    plain = ModelConfig(model_name_or_path=tiny_model_dir, use_peft=True)
    _, base, _ = load_model_and_tokenizer(plain, None)
    assert peft_config_for(base, plain) is not None  # a plain model gets TRL's LoRA config
