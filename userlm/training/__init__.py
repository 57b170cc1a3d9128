"""The training stage: turn a base model into a reasoning user simulator.

- ``sft``: TRL SFTTrainer with the loss on the simulator's turns only;
- ``grpo``: TRL GRPOTrainer with the reward mix of ``rewards/mix.yaml``;

    userlm synth --out runs/synth && userlm train sft --config training/sft.yaml

The data comes from the stage below, ``userlm.synth``.

The proof that training worked is ``userlm eval rewards`` (parse rate and mean mixed reward on held-out
prompts, the same for every model compared).
"""
