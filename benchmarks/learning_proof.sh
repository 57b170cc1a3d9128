#!/usr/bin/env bash
# Proof that the user-simulator training learns, on the embedded model and a 2-core CPU (about an hour).
#
#   bash benchmarks/learning_proof.sh [OUT]        # default OUT=runs/proof
#   MASK_TRUNCATED=false bash benchmarks/learning_proof.sh runs/proof_nomask
#                                                   # a cut completion stays in the loss (the gate pays it the
#                                                   # format penalty) instead of being masked out of it
#   GRPO_EXTRA="--scale_rewards none" bash benchmarks/learning_proof.sh runs/proof_dr
#                                                   # any further GRPOConfig flags for the GRPO step
#
# 1. profiles: 48 seeded profiles split per domain (a quarter of each, rounded up): 31 train / 17 held out,
#    unseen by every model.
# 2. synth: offline reasoning-user conversations over the train profiles (SFT rows, GRPO prompts) and over the
#    held-out profiles (evaluation prompts only).
# 3. SFT: full fine-tuning, 24 steps, loss on the simulator's turns only.
# 4. GRPO: 16 steps, LoRA, reward mix of rewards/mix.yaml, 2 prompts x 4 completions per step over a fixed set
#    of 8 training prompts, so every 4-step epoch sees the same prompts and epoch means are comparable.
#    The 8 completions of a step go through the loss 4 at a time (2 accumulation steps): 8 at once held
#    8 x ~800 tokens x 49k-vocab logits and their copies, and the OOM killer stopped GRPO at 23 GiB resident.
#    The mix is gated (gate: parsed: a turn parse_turn rejects earns only the format penalty) and the recipe
#    masks truncated completions (mask_truncated_completions), so completions get the recipe's 192 tokens:
#    at 128 most well-formed turns of this data would be cut and left out of the loss.
#    Generation is free (no grammar): the run shows what GRPO learns about the format by itself.
# 5. eval rewards: base, SFT and GRPO answer the same 32 held-out prompts; parse rate (figure 1) and mean
#    mixed reward (figure 2), with paired differences against the base model. 192 tokens: a well-formed
#    turn of this data is 106-177 tokens (median 119); a smaller budget cuts turns and undercounts parses.
# Every step is skipped when its output exists, so a killed run picks up where it stopped.
set -euo pipefail
OUT=${1:-runs/proof}
U=${USERLM:-.venv/bin/userlm}
PY=${PYTHON:-.venv/bin/python}
mkdir -p "$OUT"

[ -f "$OUT/profiles/test.jsonl" ] ||
  $U profiles generate --n 48 --seed 1 --test-size 0.25 --out "$OUT/profiles.jsonl" --dataset "$OUT/profiles" --quiet
[ -f "$OUT/train/grpo.jsonl" ] ||
  $U synth --profiles "$OUT/profiles/train.jsonl" --conversations 48 --seed 1 --system_prompt compact --out "$OUT/train"
[ -f "$OUT/held/grpo.jsonl" ] ||
  $U synth --profiles "$OUT/profiles/test.jsonl" --conversations 24 --seed 2 --system_prompt compact --out "$OUT/held"

[ -f "$OUT/sft/README.md" ] ||
  $U train sft --config training/sft.yaml --dataset_path "$OUT/train/sft_turns.jsonl" --output_dir "$OUT/sft" \
    --use_peft false --max_steps 24 --learning_rate 1e-4 --per_device_train_batch_size 2 --max_length 640 \
    --save_steps 8

[ -f "$OUT/grpo/merged/config.json" ] ||
  $U train rl --config training/grpo_user.yaml --model_name_or_path "$OUT/sft" \
    --dataset_path "$OUT/train/grpo.jsonl" --max_train_rows 8 --output_dir "$OUT/grpo" --max_steps 16 \
    --num_generations 4 --per_device_train_batch_size 4 --gradient_accumulation_steps 2 \
    --max_completion_length 192 --learning_rate 5e-4 --mask_truncated_completions "${MASK_TRUNCATED:-true}" \
    --merge_lora true --save_steps 4 ${GRPO_EXTRA:-}

[ -f "$OUT/eval_rewards/results.json" ] ||
  $U eval rewards --model base=smollm2-135m --model sft="$OUT/sft" --model grpo="$OUT/grpo/merged" \
    --rows "$OUT/held/grpo.jsonl" --n 32 --samples 1 --max-tokens 192 --out "$OUT/eval_rewards"

# GRPO's own curve: mean mixed reward per 4-step epoch over the same 8 training prompts.
$PY - "$OUT/grpo/metrics.jsonl" <<'EOF'
import json, sys
rows = [r for r in map(json.loads, open(sys.argv[1])) if "reward" in r]
steps = [round(r["reward"], 3) for r in rows]
print("GRPO mean mixed reward per step:", steps)
epochs = [sum(steps[i:i + 4]) / len(steps[i:i + 4]) for i in range(0, len(steps), 4)]
print("per 4-step epoch (same prompts):", " -> ".join(f"{e:.3f}" for e in epochs))
EOF
cat "$OUT/eval_rewards/report.md"
