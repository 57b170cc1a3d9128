"""Prefix-shared packing trains the per-turn rows: TRL's tokens, the same losses and gradients, fewer tokens."""

from __future__ import annotations

import json
import math

import pytest

from userlm.synth.synth import SynthConfig, synthesize

TRAIN = ["--report_to", "none", "--logging_steps", "1", "--max_length", "4096", "--save_strategy", "no",
         "--per_device_train_batch_size", "1", "--learning_rate", "1e-2"]  # fmt: skip


@pytest.fixture(scope="module")
def turns_path(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    synthesize(SynthConfig(out=str(out), conversations=3, max_turns=4, trap_rate=0.5, system_prompt="compact", seed=3))
    return out / "sft_turns.jsonl"


def _trainer(tiny_model_dir, turns_path, tmp_path, *extra):
    from userlm.training.sft import build_trainer, parse_sft_args

    argv = ["--model_name_or_path", tiny_model_dir, "--dataset_path", str(turns_path), "--output_dir",
            str(tmp_path), *TRAIN, *extra]  # fmt: skip
    return build_trainer(*parse_sft_args(argv))


def _token_logprobs(model, batch):
    """Sum of the log-probabilities of the labelled tokens, and their count."""
    import torch

    inputs = {k: v for k, v in batch.items() if k not in ("labels", "packed_tokens")}
    logits = model(**inputs).logits[:, :-1].float()
    labels = batch["labels"][:, 1:]
    keep = labels != -100
    picked = torch.log_softmax(logits, -1).gather(-1, labels.clamp(min=0)[..., None])[..., 0]
    return picked[keep].sum(), int(keep.sum())


def test_shared_sequences_hold_trl_tokens_and_give_the_per_turn_losses_and_gradients(tiny_model_dir, turns_path, tmp_path):
    import torch
    from transformers import AutoModelForCausalLM

    from userlm.training.prefix_share import tokenize_rows

    rows = [json.loads(line) for line in turns_path.read_text().splitlines()]
    per_turn = _trainer(tiny_model_dir, turns_path, tmp_path / "a", "--use_peft", "false")
    shared = _trainer(tiny_model_dir, turns_path, tmp_path / "b", "--use_peft", "false", "--share_prefixes", "true")
    # The tokens and labels are TRL's own for these rows
    trl_rows = sorted((tuple(r["input_ids"]), tuple(r["labels"])) for r in per_turn.train_dataset)
    ours = tokenize_rows(shared.processing_class, rows, shared.processing_class.chat_template, 4096)
    assert sorted((tuple(t.input_ids), tuple(t.labels)) for t in ours) == trl_rows
    stats = shared.prefix_share_stats
    assert stats.rows == len(rows) and stats.sequences == 3  # one sequence per conversation
    assert stats.packed_tokens < stats.row_tokens / 1.5

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)

    def total(batches):
        model.zero_grad()
        pairs = [_token_logprobs(model, b) for b in batches]
        loss = -sum(p[0] for p in pairs)
        loss.backward()
        return loss.detach(), sum(p[1] for p in pairs), [p.grad.clone() for p in model.parameters()]

    rows_loss, rows_count, rows_grads = total(
        {"input_ids": torch.tensor([r["input_ids"]]), "labels": torch.tensor([r["labels"]])}
        for r in per_turn.train_dataset
    )
    collate = shared.data_collator
    packed_loss, packed_count, packed_grads = total(collate([s]) for s in shared.train_dataset)
    assert packed_count == rows_count == stats.labelled_tokens
    torch.testing.assert_close(packed_loss, rows_loss, rtol=1e-5, atol=1e-3)
    for a, b in zip(packed_grads, rows_grads):
        torch.testing.assert_close(a, b, rtol=1e-3, atol=1e-5)
    # A batch of two padded sequences gives the same as the two alone
    two, _, _ = total([collate([shared.train_dataset[0], shared.train_dataset[1]])])
    alone, _, _ = total(collate([shared.train_dataset[i]]) for i in (0, 1))
    torch.testing.assert_close(two, alone, rtol=1e-5, atol=1e-3)


def test_earlier_rationales_are_hidden_from_later_turns():
    from userlm.training.prefix_share import TurnTokens, attention_mask, pack_turns

    # turn 0: prompt [1, 2], completion [3, 4]; turn 1 extends the prompt with [5, 6] (the reply as context)
    first = TurnTokens([1, 2, 3, 4], [-100, -100, 3, 4], 2, "c", 0)
    second = TurnTokens([1, 2, 5, 6, 7], [-100, -100, -100, -100, 7], 4, "c", 1)
    other = TurnTokens([9, 8, 7], [-100, 8, 7], 1, "d", 0)
    packed = pack_turns([first, second, other], None)
    assert [s["input_ids"] for s in packed] == [[1, 2, 3, 4, 5, 6, 7], [9, 8, 7]]
    assert packed[0]["position_ids"] == [0, 1, 2, 3, 2, 3, 4]
    assert packed[0]["segments"] == [0, 0, 1, 1, 0, 0, 2]
    assert packed[0]["labels"] == [-100, -100, 3, 4, -100, -100, 7]
    mask = attention_mask(packed[0]["segments"])[0, 0].int().tolist()
    assert mask[6] == [1, 1, 0, 0, 1, 1, 1]  # turn 1's completion: its prompt, not turn 0's rationale
    assert mask[3] == [1, 1, 1, 1, 0, 0, 0]
    # a prompt that does not extend the conversation, or a sequence past max_length, starts a new one
    changed = TurnTokens([1, 7, 5, 6, 7], [-100, -100, -100, -100, 7], 4, "c", 1)
    assert len(pack_turns([first, changed], None)) == 2
    assert len(pack_turns([first, second], 6)) == 2


def test_prefix_shared_sft_trains_and_counts_packed_tokens(tiny_model_dir, turns_path, tmp_path):
    trainer = _trainer(tiny_model_dir, turns_path, tmp_path, "--share_prefixes", "true", "--max_steps", "2",
                       "--use_peft", "true", "--lora_r", "4", "--lora_target_modules", "q_proj", "v_proj")  # fmt: skip
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters() if p.requires_grad}
    result = trainer.train()
    assert math.isfinite(result.training_loss)
    assert any(not (before[n] == p).all() for n, p in trainer.model.named_parameters() if p.requires_grad)
    # num_tokens counts the two sequences' tokens, not the cells of their 4D masks
    lengths = [len(s["input_ids"]) for s in trainer.train_dataset]
    pairs = {a + b for i, a in enumerate(lengths) for j, b in enumerate(lengths) if i != j}
    assert trainer._total_train_tokens in pairs


def test_whole_conversation_rows_are_refused_with_the_line(tmp_path):
    from userlm.core.io import DataError
    from userlm.training.prefix_share import load_turn_rows

    path = tmp_path / "sft.jsonl"
    path.write_text('{"prompt": [], "completion": []}\n{"messages": []}\n')
    with pytest.raises(DataError, match=r"sft\.jsonl.*2.*prompt"):
        load_turn_rows(str(path))
    with pytest.raises(DataError, match="not found"):
        load_turn_rows(str(tmp_path / "missing.jsonl"))
