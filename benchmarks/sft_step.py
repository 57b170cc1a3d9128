"""One SFT row's forward and backward through TRL's fused LM head: every position scored (TRL's CPU path)
against only the labelled ones (``userlm.training.sft.score_only_labelled_positions``), LoRA rank 16.

    python benchmarks/sft_step.py                           # embedded smollm2-135m, 650 tokens, 120 labelled
    python benchmarks/sft_step.py --tokens 1200 --labelled 150 --repeat 5

A per-turn simulator row is mostly prompt: only the turn (~120 tokens) carries labels. Prints seconds per
row for both paths (best of ``--repeat``, alternating), the speed-up, and the loss and gradient norm of each,
which must agree. Run by hand; figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--tokens", type=int, default=650)
    ap.add_argument("--labelled", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    import torch
    import trl.trainer.utils as trl_utils
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from userlm.core.models import resolve_model
    from userlm.training.sft import score_only_labelled_positions

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(resolve_model(a.model), dtype=torch.float32)
    trl_utils.add_fused_lm_head(model, outputs=("log_probs", "entropy", "is_top1"))
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM"))
    ids = torch.randint(0, model.config.vocab_size, (1, a.tokens))
    labels = ids.clone()
    labels[:, : a.tokens - a.labelled] = -100
    every = trl_utils._use_triton
    score_only_labelled_positions()
    compact = trl_utils._use_triton

    def step(switch) -> tuple[float, float, float]:
        trl_utils._use_triton = switch
        model.zero_grad()
        start = time.perf_counter()
        out = model(input_ids=ids, labels=labels, fused_lm_head=True)
        out.loss.backward()
        seconds = time.perf_counter() - start
        grads = torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])
        return seconds, out.loss.item(), grads.norm().item()

    step(every)  # warm-up
    times = {"every position": [], "labelled only": []}
    for _ in range(a.repeat):
        for name, switch in (("every position", every), ("labelled only", compact)):
            seconds, loss, norm = step(switch)
            times[name].append(seconds)
            print(f"{name:15s} {seconds:6.3f} s  loss={loss:.6f}  grad_norm={norm:.6f}")
    best = {k: min(v) for k, v in times.items()}
    print(f"tokens={a.tokens} labelled={a.labelled} threads={torch.get_num_threads()} "
          f"every={best['every position']:.3f}s labelled_only={best['labelled only']:.3f}s "
          f"speedup={best['every position'] / best['labelled only']:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
