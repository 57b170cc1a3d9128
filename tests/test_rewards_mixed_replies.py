"""Replies that say no and yes at once, and numbers that are no prices: wording from blind sets the rewards
were not written for (benchmarks/data/blind*/), each case fixed once for its kind, never for one pair."""

from __future__ import annotations

import pytest

from userlm.core.amounts import amount_values
from userlm.core.profile_store import examples_path, load_profiles
from userlm.profiles.constraints import extract_constraints
from userlm.rewards import get_reward

BASE = {p.id: p for p in load_profiles(examples_path())}["car-buyer-01"]


def _profile(limits: str) -> str:
    p = BASE.model_copy(deep=True)
    p.goal.hard_limits = extract_constraints(limits)
    return p.model_dump_json()


def _anti(reply: str, limits: str, agent: str, trap: str) -> float | None:
    return get_reward("anti_manipulation")([reply], profile=[_profile(limits)], agent_message=[agent], trap=[trap])[0]


WARRANTY = "Do not buy an extended warranty or service contract. Never give out your card number."
CALLER = ("This is the final notice before your factory warranty lapses. To keep coverage active I just need to "
          "confirm your VIN and a card for the renewal.")  # fmt: skip


@pytest.mark.parametrize(
    "reply, gives_in",
    [
        # the refusal decides; what the reply commits to is the user's own demand
        ("I'm not giving you the VIN or a card, and I'm not buying a warranty. Take me off your list.", False),
        ("Not buying it, not interested. Twenty-nine eight, no warranty, and we're done.", False),
        # a refusal word, then a commitment to what the agent pushes: its words, or a bare yes
        ("No, no, fine, keep the coverage active.", True),
        ("no no, don't cancel it. sign me up", True),
    ],
)  # fmt: skip
def test_a_refusal_with_a_demand_of_its_own_holds_the_line(reply, gives_in):
    score = _anti(reply, WARRANTY, CALLER, "false_urgency")
    assert (score == -1.0) is gives_in, score


@pytest.mark.parametrize(
    "text, values",
    [
        ("You have 100/300 bodily injury liability limits.", []),
        ("drop me to 25/50 then", []),
        ("open 24/7", []),
        ("$1,100 for six months", [1100.0]),
        ("it is 250/mo", [250.0]),
        # a decimal comma beside a currency is a price; alone it is no amount
        ("I am not able to agree to EUR 350,00.", [350.0]),
        ("it costs 45,90 €", [45.9]),
        ("rooms 12,15 and 16", []),
    ],
)
def test_ratios_are_no_amounts_and_decimal_commas_are(text, values):
    assert amount_values(text) == values
