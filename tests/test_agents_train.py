"""Agent GRPO: the loss mask covers agent tokens only; one tiny GRPOTrainer step with rollout_func."""

from __future__ import annotations

import math
import os

import pytest

from tests.test_agents import ScriptedBackend
from userlm.agents.env import UserEnv
from userlm.core.simulator import Simulator


@pytest.fixture(scope="module")
def tiny_tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def test_env_mask_covers_agent_tokens_only(tiny_tokenizer):
    from userlm.agents.grpo_rollout import TokenConversation

    tok = tiny_tokenizer
    chat = [
        {"role": "system", "content": "You are an agent."},
        {"role": "assistant", "content": "Hello! How can I help you today?"},
        {"role": "user", "content": "I need a car."},
    ]
    conv = TokenConversation(tok, chat)
    agent_ids = [tok(" What is your budget?", add_special_tokens=False)["input_ids"], []]
    agent_ids[0] = agent_ids[0] + [tok.eos_token_id]
    text = conv.add_agent(agent_ids[0])
    conv.add_user("About 9000 dollars.")
    second = tok("Great.", add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
    conv.add_agent(second)
    assert len(conv.env_mask) == len(conv.completion_ids)
    agent_tokens = [t for t, m in zip(conv.completion_ids, conv.env_mask) if m]
    assert agent_tokens == agent_ids[0] + second  # exactly what the agent generated
    env_text = tok.decode([t for t, m in zip(conv.completion_ids, conv.env_mask) if not m])
    assert "About 9000 dollars." in env_text and "budget" not in env_text and "Great" not in env_text
    # the token stream is the chat template's rendering of the whole conversation
    full = tok.apply_chat_template(
        chat + [{"role": "assistant", "content": text}, {"role": "user", "content": "About 9000 dollars."}],
        add_generation_prompt=True,
        tokenize=False,
    )
    stream = tok.decode(conv.prompt_ids + conv.completion_ids[: -len(second)])
    assert stream.replace(" ", "") == full.replace(" ", "")
    assert conv.tokens_per_turn == [len(agent_ids[0]), len(second)]


def test_one_grpo_step_with_rollout_func(tiny_model_dir, example_profiles, tmp_path):
    import torch
    from trl import GRPOConfig

    from userlm.agents import grpo_rollout
    from userlm.agents.train import AgentTrainArgs, build_trainer

    os.environ["TRL_EXPERIMENTAL_SILENCE"] = "1"
    args = AgentTrainArgs(
        model=tiny_model_dir,
        profile_repeats=2,
        max_turns=2,
        agent_max_tokens=6,
        turn_credit="r2g",
        lora_r=4,
        lora_alpha=8,
    )
    grpo = GRPOConfig(
        output_dir=str(tmp_path),
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        max_steps=1,
        per_device_train_batch_size=2,
        num_generations=2,
        max_completion_length=80,
        logging_steps=1,
        save_strategy="no",
        report_to="none",
        learning_rate=1e-3,
        seed=0,
    )
    seen = []
    original = grpo_rollout.run_token_rollouts

    def recording(*a, **k):
        out = original(*a, **k)
        seen.append(out)
        return out

    grpo_rollout.run_token_rollouts = recording
    try:
        sims = ScriptedBackend()
        trainer = build_trainer(
            args, grpo, make_env=lambda: UserEnv(Simulator(sims), max_turns=2), profiles=example_profiles[:1]
        )
        before = {n: p.detach().clone() for n, p in trainer.model.named_parameters() if p.requires_grad}
        trainer.train()
    finally:
        grpo_rollout.run_token_rollouts = original
    assert "credit_weights" in trainer._userlm_inputs[0]  # reached the advantage hook
    out = seen[0]
    assert len(out["completion_ids"]) == 2 and out["logprobs"] is None
    for ids, mask, w in zip(out["completion_ids"], out["env_mask"], out["credit_weights"]):
        assert len(ids) == len(mask) == len(w) <= 80
        assert 1 in mask and 0 in mask  # agent and simulator tokens both present, told apart
        assert all(x == 0.0 for x, m in zip(w, mask) if not m)
    assert all(s in ("ended", "max_turns", "length") for s in out["status"])
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert losses and all(math.isfinite(x) for x in losses)
    after = dict(trainer.model.named_parameters())
    assert any("lora" in n for n in before)  # LoRA by default
    assert all(torch.isfinite(after[n]).all() for n in before)
