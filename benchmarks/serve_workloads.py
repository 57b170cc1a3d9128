"""Workloads of the serving benchmarks: tau2-bench-shaped plain-mode calls and multi-turn sessions.

    from serve_workloads import tau2_requests, session_script
    reqs = tau2_requests(64)          # list of OpenAI message lists (system = guidelines + <scenario>)

tau2-shaped: the tau2 retail and airline tasks of ``/work/shared/data/tau2`` (or the bundled example
profiles when absent) rendered as tau2-bench's user-simulator prompt (``render_plain``: the same
guidelines, then the task's ``<scenario>``), with the conversation cut after 1-4 agent turns (the agent
greets first; earlier simulator replies are canned). Prompts are about 450-650 tokens; every request
shares the guidelines, and the requests of one task share its scenario.

Sessions: ``session_script(profile, turns)`` gives the agent's messages of one conversation; the driver
sends turn t as the whole conversation so far (what tau2-bench and UserRL send every call), with the
simulator's real replies in between.
"""

from __future__ import annotations

from pathlib import Path

TAU2_DIR = Path("/work/shared/data/tau2")
GREETING = "Hi! How can I help you today?"
AGENT_TURNS = [
    "Sure, I can help with that. Could you give me your email address or name and zip code?",
    "Thanks, I found your account. Which order is this about, and what would you like to change?",
    "I see the order. Before I go on, can you confirm the items and the payment method you'd like to use?",
    "That option is not available; I can offer store credit or a replacement instead. Which do you prefer?",
    "Done. The change will take 5-7 business days. Is there anything else I can help you with?",
    "Our policy requires me to verify your identity again. What is the last four digits of your card?",
    "I can transfer you to a specialist if you prefer. Would you like that?",
    "Great, everything is processed now. Thank you for your patience.",
]
CANNED_REPLIES = [
    "Hi, I'd like some help with an order I placed recently.",
    "Sure, it's the one I mentioned. I want to exchange a couple of items.",
    "Yes, please use the same payment method as the original order.",
    "Hmm, I'd rather have a replacement than store credit.",
]


def load_profiles() -> list:
    """tau2 tasks as profiles (retail, then airline), or the bundled examples when the data is absent."""
    files = [TAU2_DIR / "retail.tasks.json", TAU2_DIR / "airline.tasks.json"]
    if all(f.exists() for f in files):
        from userlm.profiles.tau2 import import_tau2

        return [p for f in files for p in import_tau2(f)]
    from userlm.core.profile_store import examples_path
    from userlm.core.profile_store import load_profiles as load

    return load(examples_path())


def conversation(system: str, agent_turns: int, replies: list[str] | None = None) -> list[dict]:
    """Plain-mode messages (roles flipped: the agent is ``user``) cut after ``agent_turns`` agent messages."""
    replies = replies or CANNED_REPLIES
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": GREETING}]
    for t in range(1, agent_turns):
        msgs.append({"role": "assistant", "content": replies[(t - 1) % len(replies)]})
        msgs.append({"role": "user", "content": AGENT_TURNS[(t - 1) % len(AGENT_TURNS)]})
    return msgs


def tau2_requests(n: int, profiles: list | None = None) -> list[list[dict]]:
    """``n`` tau2-shaped plain-mode calls: task i % tasks, cut after 1 + i % 4 agent turns."""
    from userlm.core.prompts import render_plain

    profiles = profiles or load_profiles()
    systems: dict[int, str] = {}
    out = []
    for i in range(n):
        k = (i * 7) % len(profiles)  # spread over tasks, deterministically
        if k not in systems:
            systems[k] = render_plain(profiles[k], variant=0)
        out.append(conversation(systems[k], 1 + i % 4))
    return out


def session_system(index: int, profiles: list | None = None) -> str:
    from userlm.core.prompts import render_plain

    profiles = profiles or load_profiles()
    return render_plain(profiles[(index * 11 + 3) % len(profiles)], variant=0)
