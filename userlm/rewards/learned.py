"""``learned:<criterion>``: a small reward model for what the rules cannot see, scored in batches.

The model is a sequence classifier (one score per text) trained with TRL's ``RewardTrainer`` on the
preference pairs of ``userlm.synth.preference_pairs`` (a reply that holds the goal against one that gives
in; in-role user speech against assistant-speak): ``userlm train reward --config training/reward_model.yaml``.
Its input is short, about 150 tokens, and written by ``render_prompt`` + ``render_reply`` here, the one
place both training data and scoring read: the profile's hard limits in a line, the agent's last turn,
the reply. The reward loads the model once, lazily (so the instance pickles without it), scores a batch
at a time and returns ``tanh(score / temperature)`` in (-1, 1), or a sigmoid in (0, 1); a completion
with no reply gets None (the component does not apply).

    # rewards/mix.yaml
    #  - name: learned:user_turn
    #    weight: 0.5
    #    params: {model: runs/reward_model/model}

    >>> render_prompt("max $17,500 out the door; never: extended warranty", "It's $19,900, today only.")
    "Limits: max $17,500 out the door; never: extended warranty\\nAgent: It's $19,900, today only.\\nUser:"
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from userlm.rewards.analysis import batch_column, parse

AGENT_WORDS, REPLY_WORDS = 60, 50  # the input stays near 150 tokens


def _clip(text: str, words: int) -> str:
    parts = " ".join((text or "").split()).split(" ")
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


@lru_cache(maxsize=4096)
def limits_brief(profile_json: str | None) -> str:
    """The profile's hard limits in one short line ("max $17,500 out the door; never: warranty; never
    give out: card number"), or "none"; cached per profile string (a GRPO group shares it)."""
    if not profile_json:
        return "none"
    try:
        from userlm.core.profile import UserProfile

        goal = UserProfile.model_validate_json(profile_json).goal
    except Exception:  # a reward must never crash a step on one bad row
        return "none"
    return brief_of_limits(goal.hard_limits)


def brief_of_limits(limits: list) -> str:
    from userlm.core.amounts import format_amount

    out = []
    for h in limits:
        if h.kind in ("max_price", "min_price"):
            try:
                value = format_amount(float(h.value), h.unit)
            except (TypeError, ValueError):
                continue
            out.append(
                f"{'max' if h.kind == 'max_price' else 'min'} {value}"
                + (f" {h.covers.replace('_', ' ')}" if h.covers else "")
            )
        elif h.kind == "must_not":
            out.append(f"never: {', '.join(h.terms[:3]) if h.terms else h.value}")
        elif h.kind == "never_disclose":
            out.append(f"never give out: {h.value}")
        elif h.kind == "must_have":
            out.append(f"must get: {h.value}")
    return "; ".join(out) or "none"


def render_prompt(limits: str, agent_message: str) -> str:
    """The model's prompt: the limits, then the agent's last turn (clipped), then ``User:``."""
    return f"Limits: {limits or 'none'}\nAgent: {_clip(agent_message, AGENT_WORDS)}\nUser:"


def render_reply(reply: str) -> str:
    """The scored continuation of ``render_prompt`` (the reply, clipped)."""
    return " " + _clip(reply, REPLY_WORDS)


class LearnedReward:
    """TRL reward: ``(completions, profile, agent_message, ...) -> (-1, 1) | None`` from a trained model.

    ``model``: the folder ``userlm train reward`` writes (``OUTPUT_DIR/model``). ``scale``: ``tanh`` (the
    default, in (-1, 1)) or ``sigmoid`` (in (0, 1)) of ``score / temperature``; ``temperature`` defaults
    to the spread of the model's scores recorded at training (``score_scale`` in ``userlm_reward.json``).
    """

    def __init__(self, model: str, criterion: str = "user_turn", batch_size: int = 32, scale: str = "tanh",
                 temperature: float | None = None, max_length: int = 256, threads: int | None = None):  # fmt: skip
        if scale not in ("tanh", "sigmoid"):
            raise ValueError(f"learned: scale must be tanh or sigmoid, got {scale!r}")
        if not os.path.isdir(model):
            raise ValueError(f"learned: no model folder at {model!r} (train one: userlm train reward)")
        if temperature is None:
            meta = Path(model) / "userlm_reward.json"
            meta = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
            temperature = float(meta.get("score_scale") or 1.0)
        self.model_path, self.criterion, self.batch_size = str(model), criterion, batch_size
        self.scale, self.temperature, self.max_length, self.threads = scale, temperature, max_length, threads
        self.__name__ = f"learned:{criterion}"
        self._model = self._tokenizer = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_model": None, "_tokenizer": None}  # reloaded lazily where unpickled

    def _load(self):
        if self._model is None:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer

            if self.threads:
                torch.set_num_threads(self.threads)
            self._tokenizer = AutoTokenizer.from_pretrained(self.model_path)
            self._tokenizer.padding_side = "right"
            model = AutoModelForSequenceClassification.from_pretrained(self.model_path, dtype=torch.float32)
            self._model = model.eval()
        return self._model, self._tokenizer

    def score_texts(self, texts: list[str]) -> list[float]:
        """Raw scores of full inputs (prompt + reply), in batches of similar length."""
        import torch

        model, tok = self._load()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = [0.0] * len(texts)
        with torch.inference_mode():
            for s in range(0, len(order), self.batch_size):
                idx = order[s : s + self.batch_size]
                enc = tok([texts[i] + tok.eos_token for i in idx], return_tensors="pt", padding=True,
                          truncation=True, max_length=self.max_length, add_special_tokens=False)  # fmt: skip
                logits = model(**enc).logits[:, 0].tolist()
                for i, v in zip(idx, logits):
                    out[i] = float(v)
        return out

    def squash(self, score: float) -> float:
        x = score / self.temperature
        return math.tanh(x) if self.scale == "tanh" else 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        n = len(completions)
        profiles, agents = batch_column(kwargs, "profile", n), batch_column(kwargs, "agent_message", n)
        texts, where = [], []
        for i, (c, prof, agent) in enumerate(zip(completions, profiles, agents)):
            reply = parse(c).reply
            if reply:
                if isinstance(prof, dict):
                    prof = json.dumps(prof, sort_keys=True)
                texts.append(render_prompt(limits_brief(prof), agent or "") + render_reply(reply))
                where.append(i)
        out: list[float | None] = [None] * n
        for i, score in zip(where, self.score_texts(texts) if texts else []):
            out[i] = round(self.squash(score), 6)
        return out

    def __repr__(self) -> str:
        return f"LearnedReward(model={self.model_path!r}, criterion={self.criterion!r}, scale={self.scale!r})"
