"""The training stage: turn a base model into a reasoning user simulator.

- ``synth``: offline (programmatic user policy vs scripted agent) or teacher-model data synthesis;
- ``sft``: TRL SFTTrainer with the loss on the simulator's turns only;
- ``grpo``: TRL GRPOTrainer with the reward mix of ``rewards/mix.yaml``;
- ``parse_rate``: the share of well-formed turns a model writes on held-out profiles.

    userlm synth --out runs/synth && userlm train-sft --config training/sft.yaml
"""
