"""The agent side: train and evaluate agents against the user simulator.

- ``env``: ``UserEnv`` (Gymnasium-style reset/step) over a simulator in process or at a base URL;
- ``rollout``: many conversations at once, failures recorded on the trajectory;
- ``scoring``: outcome from the final state and stop token, efficiency, turn rewards, judge;
- ``credit``: UserRL's turn credits, trajectory scores and token advantages;
- ``grpo_rollout`` + ``train``: TRL GRPOTrainer with ``rollout_func`` (``userlm train agent``);
- ``eval``: ``userlm eval agent``.

Nothing heavy is imported here.
"""
