"""Conversation synthesis: the reference user policy, the scenario agents, offline and teacher-mode synth.

A stage below training and eval: both use its policy and agents (training for data, eval for gold labels).
Modules: ``policy`` (the programmatic reasoning user), ``scenario_agent`` (a scripted domain agent with trap
turns), ``conversation`` (one conversation and its rows), ``synth`` (``userlm synth``), ``teacher`` (an
endpoint plays the user), ``agent_endpoint`` (an endpoint plays the agent).
"""

# The longest conversation synth and eval run (agent turns); a light constant, so CLI help need not import
# the config models.
MAX_TURNS = 32
