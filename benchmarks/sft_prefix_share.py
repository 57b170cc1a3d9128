"""Prefix-shared sequences against per-turn rows: the same conversations' turns, forward and backward, LoRA 16.

    python benchmarks/sft_prefix_share.py --turns runs/simulator/synth/sft_turns.jsonl
    python benchmarks/sft_prefix_share.py --turns runs/simulator/synth/sft_turns.jsonl --conversations 8 --repeat 2

Takes the first ``--conversations`` conversations of a per-turn dataset, tokenizes them as SFT does (the
training chat template, labels on the simulator's turns only) and runs every turn once as its own row, then
once as prefix-shared sequences (``userlm.training.prefix_share``), through TRL's fused head with only the
labelled positions scored, fp32 or bf16 autocast as ``userlm.core.device`` picks. Prints seconds, tokens,
turns a second, and the summed loss and gradient norm of both (which must agree). Run by hand; figures are
printed, not asserted. The whole synthesised set's token saving is printed too.
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--turns", required=True, help="sft_turns.jsonl")
    ap.add_argument("--conversations", type=int, default=4)
    ap.add_argument("--max-length", type=int, default=4096)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()

    import torch
    import trl.trainer.utils as trl_utils
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from userlm.core.device import cpu_has_bf16
    from userlm.core.models import resolve_model
    from userlm.training.prefix_share import PrefixShareCollator, pack_turns, packed_dataset, tokenize_rows
    from userlm.training.sft import score_only_labelled_positions, training_template

    path = resolve_model(a.model)
    tokenizer = AutoTokenizer.from_pretrained(path)
    template = training_template(tokenizer)
    rows = [json.loads(line) for line in open(a.turns, encoding="utf-8")]
    _, whole = packed_dataset(tokenizer, rows, template, a.max_length)
    print(f"whole set: {whole.describe()}")
    keep = list(dict.fromkeys(r["conversation"] for r in rows))[: a.conversations]
    turns = tokenize_rows(tokenizer, [r for r in rows if r["conversation"] in keep], template, a.max_length)
    sequences = pack_turns(turns, a.max_length)
    collate = PrefixShareCollator(tokenizer.pad_token_id or 0)

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    trl_utils.add_fused_lm_head(model, outputs=("log_probs", "entropy", "is_top1"))
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM"))
    score_only_labelled_positions()
    bf16 = cpu_has_bf16()

    def run(batches) -> tuple[float, float, float]:
        model.zero_grad()
        start, total = time.perf_counter(), 0.0
        for batch in batches:
            inputs = {k: v for k, v in batch.items() if k != "packed_tokens"}
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                out = model(**inputs, fused_lm_head=True)
            loss = -out.log_probs.sum()
            loss.backward()
            total += loss.item()
        seconds = time.perf_counter() - start
        grads = torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])
        return seconds, total, grads.norm().item()

    per_turn = [{"input_ids": torch.tensor([t.input_ids]), "labels": torch.tensor([t.labels])} for t in turns]
    packed = [collate([s]) for s in sequences]
    tokens = {"per-turn rows": sum(len(t.input_ids) for t in turns),
              "prefix-shared": sum(len(s["input_ids"]) for s in sequences)}  # fmt: skip
    run(packed[:1])  # warm-up
    best = {}
    for _ in range(a.repeat):
        for name, batches in (("per-turn rows", per_turn), ("prefix-shared", packed)):
            seconds, loss, norm = run(batches)
            best[name] = min(seconds, best.get(name, seconds))
            print(f"{name:14s} {seconds:7.1f} s  {tokens[name]:7,} tokens ({tokens[name] / seconds:5.0f}/s)  "
                  f"{len(turns) / seconds:5.2f} turns/s  loss_sum={loss:.3f}  grad_norm={norm:.6f}")  # fmt: skip
    print(f"conversations={len(keep)} turns={len(turns)} sequences={len(sequences)} bf16={bf16} "
          f"threads={torch.get_num_threads()} speedup={best['per-turn rows'] / best['prefix-shared']:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
