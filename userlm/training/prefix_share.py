"""Prefix-shared packing: every turn of a conversation trained in one forward pass, with per-turn-row losses.

Per-turn rows (``userlm synth``'s ``sft_turns.jsonl``: the prompt as the simulator sees it at inference, then
that turn's rationale and reply) repeat their conversation once per turn: turn k's prompt is turn k-1's prompt,
that turn's reply and the agent's next message. A conversation of six turns costs ~3.5x its longest row, and
on 2 CPU cores the repeated prompt is most of SFT's time. Here one sequence holds the conversation's prompt
once, each turn's completion right after the prompt it answers, and a 4D attention mask:

- a prompt token sees the prompt tokens before it (its own row's prompt, as in the per-turn row);
- a completion token sees the prompt tokens before it (its own turn's prompt) and its own completion.

Position ids are the per-turn row's (a completion's count on from its own prompt), so every labelled token
gets the logits it gets in its own row: the same loss and gradients (``tests/test_training_prefix_share.py``
compares them with TRL's per-turn rows), not an approximation. Earlier rationales stay out of later turns'
context, as at inference. A row whose prompt does not extend the conversation so far (a ``_state`` template's
system prompt changes every turn) starts a new sequence, so any data trains; it only shares less.

    userlm train sft --config training/sft.yaml --share_prefixes true   # sft_turns.jsonl, or the recipe's rows

The tokenization is TRL's for conversational prompt-completion rows (prompt with the generation prompt, the
completion from where the two diverge, assistant-only and completion-only loss, ``keep_start`` truncation).
We pack ourselves because TRL's packing (``bfd``/``wrapped``) concatenates rows and cannot share a prefix.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PROMPT = 0  # segment id of prompt tokens; completions are numbered from 1 within a sequence


@dataclass
class TurnTokens:
    """One per-turn row, tokenized as TRL would: ``labels`` are -100 off the simulator's completion."""

    input_ids: list[int]
    labels: list[int]
    prompt_len: int
    conversation: str
    turn_index: int


def tokenize_turn(tokenizer, prompt: list[dict], completion: list[dict], chat_template: str, max_length: int | None) -> tuple[list[int], list[int], int]:
    """(input_ids, labels, prompt_len) of one conversational prompt-completion row, as TRL's SFTTrainer makes
    them with ``assistant_only_loss`` (truncated at ``max_length`` keeping the start)."""
    from trl.data_utils import common_prefix_length

    prompt_ids = tokenizer.apply_chat_template(prompt, chat_template=chat_template, add_generation_prompt=True,
                                               tokenize=True, return_dict=True)["input_ids"]  # fmt: skip
    full = tokenizer.apply_chat_template(prompt + completion, chat_template=chat_template, tokenize=True,
                                         return_dict=True, return_assistant_tokens_mask=True)  # fmt: skip
    ids, assistant = list(full["input_ids"]), list(full["assistant_masks"])
    prompt_len = common_prefix_length(prompt_ids, ids)  # where TRL starts the completion, too
    labels = [t if i >= prompt_len and assistant[i] else -100 for i, t in enumerate(ids)]
    if max_length is not None:
        ids, labels = ids[:max_length], labels[:max_length]
    return ids, labels, min(prompt_len, len(ids))


def tokenize_rows(tokenizer, rows, chat_template: str, max_length: int | None) -> list[TurnTokens]:
    """Every row that keeps a labelled token after truncation (TRL drops the others too)."""
    out = []
    for n, row in enumerate(rows):
        ids, labels, prompt_len = tokenize_turn(tokenizer, row["prompt"], row["completion"], chat_template, max_length)
        if any(label != -100 for label in labels):
            out.append(TurnTokens(ids, labels, prompt_len, str(row.get("conversation", f"row-{n}")),
                                  int(row.get("turn_index") or 0)))  # fmt: skip
    return out


def pack_turns(turns: list[TurnTokens], max_length: int | None) -> list[dict]:
    """Sequences of ``input_ids``, ``labels``, ``position_ids`` and ``segments`` (0 prompt, k the k-th
    completion), one per run of a conversation's turns whose prompts extend each other, each at most
    ``max_length`` tokens. A conversation's turns go in turn order; the input order of conversations is kept."""
    by_conversation: dict[str, list[TurnTokens]] = {}
    for turn in turns:
        by_conversation.setdefault(turn.conversation, []).append(turn)
    sequences: list[dict] = []
    for group in by_conversation.values():
        current, context = None, []
        for turn in sorted(group, key=lambda t: t.turn_index):
            prompt = turn.input_ids[: turn.prompt_len]
            completion = len(turn.input_ids) - turn.prompt_len
            extends = current is not None and prompt[: len(context)] == context
            grown = len(current["input_ids"]) + turn.prompt_len - len(context) + completion if extends else 0
            if not extends or (max_length is not None and grown > max_length):
                current, context = _new_sequence(), []
                sequences.append(current)
            _append(current, turn, len(context))
            context = prompt
    return sequences


def _new_sequence() -> dict:
    return {"input_ids": [], "labels": [], "position_ids": [], "segments": [], "turns": 0}


def _append(seq: dict, turn: TurnTokens, shared: int) -> None:
    """The prompt tokens past the ``shared`` ones already in ``seq``, then the turn's completion."""
    seq["turns"] += 1
    for i in range(shared, len(turn.input_ids)):
        seq["input_ids"].append(turn.input_ids[i])
        seq["labels"].append(turn.labels[i] if i >= turn.prompt_len else -100)
        seq["position_ids"].append(i)
        seq["segments"].append(PROMPT if i < turn.prompt_len else seq["turns"])


def attention_mask(segments):
    """The boolean 4D mask (batch, 1, query, key) of padded ``segments`` (-1 for padding): causal, a prompt
    token sees earlier prompt tokens, a completion token those and its own completion's. Padding sees itself,
    so no row of the softmax is empty."""
    import torch

    seg = torch.as_tensor(segments)
    if seg.ndim == 1:
        seg = seg[None]
    length = seg.shape[-1]
    causal = torch.ones(length, length, dtype=torch.bool).tril()
    key, query = seg[:, None, :], seg[:, :, None]
    visible = (key == PROMPT) | (key == query)
    mask = causal & visible & (key >= 0)
    mask |= torch.eye(length, dtype=torch.bool)
    return mask[:, None]


class PrefixShareCollator:
    """Pads a batch of packed sequences (right side) and adds the 4D attention mask; picklable."""

    def __init__(self, pad_token_id: int):
        self.pad_token_id = pad_token_id

    def __call__(self, features: list[dict]) -> dict:
        import torch

        length = max(len(f["input_ids"]) for f in features)

        def padded(key, value):
            return torch.tensor([list(f[key]) + [value] * (length - len(f[key])) for f in features])

        segments = padded("segments", -1)
        return {
            "input_ids": padded("input_ids", self.pad_token_id),
            "labels": padded("labels", -100),
            "position_ids": padded("position_ids", 0),
            "attention_mask": attention_mask(segments),
            "packed_tokens": torch.tensor(sum(len(f["input_ids"]) for f in features)),
        }


@dataclass
class PackStats:
    """What packing saved: the per-turn rows' tokens against the packed sequences'."""

    rows: int
    sequences: int
    row_tokens: int
    packed_tokens: int
    labelled_tokens: int

    @property
    def saving(self) -> float:
        return self.row_tokens / max(self.packed_tokens, 1)

    def describe(self) -> str:
        return (f"{self.rows} turns in {self.sequences} sequences: {self.packed_tokens:,} tokens instead of "
                f"{self.row_tokens:,} ({self.saving:.2f}x fewer), {self.labelled_tokens:,} labelled")  # fmt: skip


def packed_dataset(tokenizer, rows, chat_template: str, max_length: int | None, seed: int = 0):
    """(``datasets.Dataset`` of packed sequences in a seeded order, ``PackStats``) for per-turn ``rows``."""
    from datasets import Dataset

    turns = tokenize_rows(tokenizer, rows, chat_template, max_length)
    sequences = pack_turns(turns, max_length)
    random.Random(seed).shuffle(sequences)
    stats = PackStats(
        rows=len(turns), sequences=len(sequences),
        row_tokens=sum(len(t.input_ids) for t in turns),
        packed_tokens=sum(len(s["input_ids"]) for s in sequences),
        labelled_tokens=sum(sum(label != -100 for label in t.labels) for t in turns),
    )  # fmt: skip
    columns = ("input_ids", "labels", "position_ids", "segments")
    return Dataset.from_dict({k: [s[k] for s in sequences] for k in columns}), stats


def load_turn_rows(path: str, limit: int | None = None) -> list[dict]:
    """Per-turn rows (``prompt``, ``completion``; ``conversation`` and ``turn_index`` say which share a prefix)."""
    from pathlib import Path

    from userlm.core.io import DataError, iter_jsonl

    if not Path(path).exists():
        raise DataError("dataset not found (run `userlm synth` first)", path, None, "dataset_path")
    rows = []
    for line, row in iter_jsonl(path):
        missing = [k for k in ("prompt", "completion") if k not in row]
        if missing:
            raise DataError(f"prefix sharing needs per-turn rows (sft_turns.jsonl); this row has no {missing[0]!r}",
                            path, line, missing[0])  # fmt: skip
        rows.append(row)
    return rows[:limit] if limit else rows


def prefix_share_trainer_class():
    """SFTTrainer whose logged ``num_tokens`` counts the packed tokens, not the cells of the 4D mask."""
    from trl import SFTTrainer

    class PrefixShareSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            packed = int(inputs.pop("packed_tokens"))
            before = self._total_train_tokens
            result = super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            if self.model.training:
                self._total_train_tokens = before + packed * self.accelerator.num_processes
                self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
            return result

    return PrefixShareSFTTrainer
