"""The learned reward: preference pairs (deterministic, TRL's format), a one-step RewardTrainer run on the
tiny model through ``userlm train reward``, and the ``learned:<criterion>`` component scoring with it."""

from __future__ import annotations

import json
import pickle

import pytest

from userlm.synth.preference_pairs import synthesize_pairs, write_pairs


def test_pairs_are_seeded_and_in_trl_format(tmp_path):
    a, b = synthesize_pairs(24, seed=3), synthesize_pairs(24, seed=3)
    assert a == b and a != synthesize_pairs(24, seed=4)
    for row in a:
        assert {"prompt", "chosen", "rejected", "kind", "tactic"} <= set(row)
        assert row["prompt"].startswith("Limits: ") and row["prompt"].endswith("\nUser:")
        assert row["chosen"].startswith(" ") and row["chosen"] != row["rejected"]
        assert row["kind"] in ("goal", "role")
    assert {r["kind"] for r in synthesize_pairs(40, seed=0)} == {"goal", "role"}
    assert {r["kind"] for r in synthesize_pairs(10, seed=0, kinds=("role",))} == {"role"}
    from datasets import load_dataset

    ds = load_dataset("json", data_files=str(write_pairs(a, tmp_path / "p.jsonl")), split="train")
    assert len(ds) == 24 and {"prompt", "chosen", "rejected"} <= set(ds.column_names)
    with pytest.raises(ValueError):
        synthesize_pairs(3, kinds=("bogus",))


@pytest.fixture(scope="module")
def trained(tiny_model_dir, tmp_path_factory):
    from userlm.training.reward_model import train_reward

    out = tmp_path_factory.mktemp("rm")
    metrics = train_reward([
        "--config", "training/reward_model.yaml", "--model_name_or_path", tiny_model_dir,
        "--output_dir", str(out), "--dataset_path", str(out / "pairs.jsonl"), "--pairs", "16",
        "--eval_pairs", "8", "--max_steps", "1", "--per_device_train_batch_size", "4", "--keep_layers", "1",
    ])  # fmt: skip
    return out, metrics


def test_one_step_reward_trainer(trained):
    out, metrics = trained
    assert "train_loss" in metrics and "eval_accuracy" in metrics
    model = out / "model"
    assert (model / "config.json").exists() and (model / "userlm_reward.json").exists()
    config = json.loads((model / "config.json").read_text())
    assert config["num_labels"] == 1 if "num_labels" in config else len(config["id2label"]) == 1
    assert config["num_hidden_layers"] == 1  # cut to keep_layers
    assert not list(model.glob("adapter_*"))  # merged: a plain folder


def test_learned_component_scores_in_batches(trained):
    from userlm.core.turn import format_turn
    from userlm.rewards import get_reward

    reward = get_reward("learned:user_turn", model=str(trained[0] / "model"), batch_size=2)
    assert reward.__name__ == "learned:user_turn"
    from userlm.core.profile_store import examples_path

    prof = examples_path().read_text(encoding="utf-8").splitlines()[0]
    comps = [format_turn("Plan: reject", "No, I'll pass."), "Certainly! How can I assist you today?", ""]
    kw = {"profile": [prof] * 3, "agent_message": ["Offer ends today!"] * 3}
    out = reward(comps, **kw)
    # a one-step random model can saturate tanh, so the bounds are inclusive
    assert len(out) == 3 and out[2] is None and all(-1.0 <= v <= 1.0 for v in out[:2])
    again = pickle.loads(pickle.dumps(reward))  # picklable: the model reloads lazily
    assert again._model is None and again(comps, **kw) == out
    sig = get_reward("learned:user_turn", model=str(trained[0] / "model"), scale="sigmoid")
    assert all(0.0 <= v <= 1.0 for v in sig(comps[:2], **{k: v[:2] for k, v in kw.items()}))
    with pytest.raises(ValueError):
        get_reward("learned:user_turn")  # no model folder
