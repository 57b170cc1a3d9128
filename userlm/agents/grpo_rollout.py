"""TRL ``rollout_func`` for multi-turn GRPO: the agent talks with the simulator, token by token.

    rollout = make_rollout_func(make_env, RolloutSettings(max_turns=4))
    trainer = UserRLGRPOTrainer(model, reward_funcs=[...], args=grpo_config, rollout_func=rollout, ...)

TRL 1.16 calls ``rollout_func(prompts, trainer)`` with one prompt per sample (the sampler already
repeats each prompt ``num_generations`` times) and expects ``prompt_ids``, ``completion_ids`` and
``logprobs``; every other key reaches the reward functions, and ``env_mask`` becomes the loss mask.

One completion = the whole conversation after the first user message: the agent's turns (generated
here with ``unwrap_model_for_generation``, ``env_mask`` 1) interleaved with the simulator's replies
rendered by the agent's chat template (``env_mask`` 0, no loss). The simulator's tokens are the text
that the chat template puts between one agent turn and the next generation prompt, so training sees
exactly the sequence the model saw while generating. Extra keys: ``turn_rewards`` (scoring.py),
``credit_weights`` (credit.py, one weight per completion token), ``success``, ``agent_turns``, ``status``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from userlm.agents.credit import CreditConfig, token_weights, turn_credits
from userlm.agents.env import UserEnv
from userlm.agents.rollout import reset_all, step_all, trajectory_from_env
from userlm.agents.scoring import ScoringConfig, score_trajectory
from userlm.core.profile import UserProfile
from userlm.core.simulator import AGENT_SYSTEM_PROMPT, agent_system_prompt


@dataclass
class RolloutSettings:
    max_turns: int = 4
    agent_max_tokens: int = 64
    max_completion_length: int = 512  # the whole conversation's completion (agent + simulator tokens)
    concurrency: int = 8
    agent_system_prompt: str = AGENT_SYSTEM_PROMPT
    credit: CreditConfig = field(default_factory=CreditConfig)
    scoring: ScoringConfig = field(default_factory=ScoringConfig)


class TokenConversation:
    """Prompt ids, completion ids and env mask of one conversation, built turn by turn."""

    def __init__(self, tokenizer, chat: list[dict]):
        self.tok, self.chat = tokenizer, list(chat)
        self.prompt_ids: list[int] = self._render(self.chat, True, tokenize=True)
        self.completion_ids: list[int] = []
        self.env_mask: list[int] = []
        self.tokens_per_turn: list[int] = []
        self._gen_prefix = self._render(self.chat, True)  # the text the next generation continues

    def _render(self, chat: list[dict], gen: bool, tokenize: bool = False):
        out = self.tok.apply_chat_template(chat, add_generation_prompt=gen, tokenize=tokenize)
        return list(out["input_ids"] if hasattr(out, "keys") else out) if tokenize else out

    @property
    def input_ids(self) -> list[int]:
        return self.prompt_ids + self.completion_ids

    def add_agent(self, ids: list[int]) -> str:
        """Record the generated ids (eos included when emitted); returns the message text."""
        text = self.tok.decode(ids, skip_special_tokens=True)
        self.completion_ids += ids
        self.env_mask += [1] * len(ids)
        self.tokens_per_turn.append(len(ids))
        self.chat.append({"role": "assistant", "content": text})
        self._ended_with_eos = bool(ids) and ids[-1] == self.tok.eos_token_id
        return text

    def add_user(self, content: str) -> None:
        """Append the simulator's reply and the next generation prompt as env tokens (mask 0)."""
        agent_text = self.chat[-1]["content"]
        self.chat.append({"role": "user", "content": content})
        full = self._render(self.chat, True)
        seen = self._gen_prefix + agent_text
        if full.startswith(seen):
            bridge = full[len(seen) :]
            eos = self.tok.eos_token or ""
            if self._ended_with_eos and eos and bridge.startswith(eos):
                bridge = bridge[len(eos) :]  # the model already emitted the end-of-turn token
        else:  # a template that rewrites history: fall back to the rendered difference
            bridge = full[len(self._render(self.chat[:-1], False)) :]
        ids = self.tok(bridge, add_special_tokens=False)["input_ids"]
        self.completion_ids += ids
        self.env_mask += [0] * len(ids)
        self._gen_prefix = full


def _generate(trainer, batch: list[list[int]], max_new_tokens: list[int]) -> list[list[int]]:
    """Sample one agent turn per sequence (left-padded batch) inside TRL's generation context."""
    import torch
    from trl.models.utils import unwrap_model_for_generation

    tok = trainer.processing_class
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    width = max(len(s) for s in batch)
    device = trainer.accelerator.device
    input_ids = torch.tensor([[pad] * (width - len(s)) + s for s in batch], device=device)
    attention = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in batch], device=device)
    with (
        unwrap_model_for_generation(trainer.model_wrapped, trainer.accelerator) as model,
        torch.no_grad(),
    ):
        out = model.generate(
            input_ids=input_ids,
            attention_mask=attention,
            max_new_tokens=max(max_new_tokens),
            do_sample=True,
            temperature=getattr(trainer, "temperature", 1.0) or 1.0,
            top_p=getattr(trainer, "top_p", 1.0) or 1.0,
            pad_token_id=pad,
            eos_token_id=tok.eos_token_id,
        )
    results = []
    for row, limit in zip(out[:, width:].tolist(), max_new_tokens):
        ids = []
        for t in row[:limit]:
            ids.append(t)
            if t == tok.eos_token_id:
                break
        results.append(ids)
    return results


def _profiles_for(prompts: list, trainer, by_prompt: dict[str, UserProfile]) -> list[UserProfile]:
    """The profile of each sample: from the dataset rows (UserRLGRPOTrainer keeps them), else by prompt."""
    import json

    rows = getattr(trainer, "_userlm_inputs", None)
    if rows is not None and len(rows) == len(prompts) and all("profile" in r for r in rows):
        return [UserProfile.model_validate_json(r["profile"]) for r in rows]
    out = []
    for p in prompts:
        key = json.dumps(p, sort_keys=True)
        if key not in by_prompt:
            raise ValueError(
                "rollout_func cannot tell which profile a prompt belongs to: use UserRLGRPOTrainer, "
                "or a dataset whose prompts are unique per profile"
            )
        out.append(by_prompt[key])
    return out


def run_token_rollouts(
    trainer, profiles: list[UserProfile], make_env: Callable[[], UserEnv], cfg: RolloutSettings
) -> dict:
    """Lockstep conversations: one batched agent generation per turn, simulator calls in parallel."""
    envs = [make_env() for _ in profiles]
    firsts = reset_all(envs, profiles, cfg.concurrency)
    tok = trainer.processing_class
    convs = []
    for env, profile, first in zip(envs, profiles, firsts):
        system = agent_system_prompt(profile, cfg.agent_system_prompt)
        chat = [{"role": "system", "content": system}] + [dict(m) for m in env.messages]
        convs.append(TokenConversation(tok, chat))
        if not first:  # the simulator failed before the agent spoke; keep the rollout, mask it all
            convs[-1].completion_ids, convs[-1].env_mask = [tok.eos_token_id], [0]
    too_long = [False] * len(envs)
    while True:
        active = [
            i
            for i, (e, c) in enumerate(zip(envs, convs))
            if not e.done and not too_long[i] and c.env_mask != [0]
        ]
        budgets = [
            min(cfg.agent_max_tokens, cfg.max_completion_length - len(convs[i].completion_ids))
            for i in active
        ]
        for i, b in zip(list(active), budgets):
            if b <= 0:
                too_long[i] = True
        active = [i for i, b in zip(active, budgets) if b > 0]
        if not active:
            break
        generated = _generate(trainer, [convs[i].input_ids for i in active], [b for b in budgets if b > 0])
        texts = [convs[i].add_agent(ids) for i, ids in zip(active, generated)]
        replies = step_all([envs[i] for i in active], [t.strip() for t in texts], cfg.concurrency)
        for i, (reply, done, _) in zip(active, replies):
            if not done:
                convs[i].add_user(reply)
                if len(convs[i].completion_ids) >= cfg.max_completion_length:
                    too_long[i] = True
    out: dict = {
        k: [] for k in ("prompt_ids", "completion_ids", "env_mask", "turn_rewards", "credit_weights")
    }
    out.update(success=[], agent_turns=[], status=[])
    for env, conv, profile, long_ in zip(envs, convs, profiles, too_long):
        traj = trajectory_from_env(env)
        if long_ and not env.done:
            traj.status = "length"
        scores = score_trajectory(traj, profile, cfg.scoring)
        rewards = scores["turn_rewards"][: len(conv.tokens_per_turn)]
        agent_w = iter(token_weights(conv.tokens_per_turn, turn_credits(rewards, cfg.credit), cfg.credit))
        n = cfg.max_completion_length
        out["prompt_ids"].append(conv.prompt_ids)
        out["completion_ids"].append(conv.completion_ids[:n])
        out["env_mask"].append(conv.env_mask[:n])
        out["credit_weights"].append([next(agent_w) if m else 0.0 for m in conv.env_mask][:n])
        out["turn_rewards"].append(rewards)
        out["success"].append(float(scores["success"]))
        out["agent_turns"].append(traj.agent_turns)
        out["status"].append(traj.status)
    out["logprobs"] = None  # sampled with transformers, not vLLM: TRL recomputes what it needs
    return out


def make_rollout_func(
    make_env: Callable[[], UserEnv], cfg: RolloutSettings, by_prompt: dict[str, UserProfile] | None = None
) -> Callable:
    """``rollout_func(prompts, trainer)`` for ``GRPOTrainer``."""

    def rollout_func(prompts: list, trainer) -> dict:
        profiles = _profiles_for(prompts, trainer, by_prompt or {})
        return run_token_rollouts(trainer, profiles, make_env, cfg)

    return rollout_func
