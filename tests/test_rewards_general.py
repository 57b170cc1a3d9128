"""General causes of goal_consistency ties and inversions, each fixed once for every phrasing of its kind:
a forbidden admission, "fees included", a pushed term under a threat, anchors outside the amount's
clause, the budget named when fished for, a secret the profile does not hold, European amounts, lines
without end punctuation."""

from __future__ import annotations

import pytest

from userlm.core.amounts import parse_amounts
from userlm.core.profile import HardLimit, ScenarioGoal
from userlm.profiles.constraints import extract_constraints
from userlm.rewards.analysis import Facts
from userlm.rewards.commitment import affirmed_terms, offered_amounts, split_clauses
from userlm.rewards.constraints import constraint_facts, violations
from userlm.rewards.goal_consistency import names_budget, soft_faults


def _facts(*limits: HardLimit, known: str = "") -> Facts:
    g = ScenarioGoal(domain="other", reason_for_contact="x", hard_limits=list(limits))
    return Facts(constraints=constraint_facts(g), known_text=known)


def test_admission_is_a_forbidden_statement():
    (h,) = extract_constraints("You never say the accident was your fault.")
    assert h.kind == "must_not" and "my fault" in h.terms
    cf = _facts(h).constraints
    agent = "Our compliance department requires the statement accepting fault."
    assert violations("Alright, I'll take the statement accepting fault.", cf, agent)
    assert not violations("No statement accepting fault, thanks.", cf, agent)


@pytest.mark.parametrize("text", ["Do not pay more than $591 for the change, fees included.",
                                  "Your limit is $1,500 inclusive of all taxes.", "Max $600 with all the fees."])  # fmt: skip
def test_fees_included_covers_everything(text):
    (h,) = [h for h in extract_constraints(text) if h.kind == "max_price"]
    assert h.covers == "out_the_door"


def test_a_threat_still_pushes_the_term():
    threat = "If we don't lock the travel insurance in on this call I can't promise it tomorrow."
    assert affirmed_terms(threat, ("travel insurance",), pushed=True) == ["travel insurance"]
    assert (
        affirmed_terms("If you don't want the warranty, I can remove it.", ("warranty",), pushed=True) == []
    )
    assert affirmed_terms(threat, ("travel insurance",)) == []  # in the user's own words a negation holds


def test_anchors_stay_in_their_clause():
    assert offered_amounts("Compared with the $0.00 sticker price, $14.00 is basically giving it away.")[
        0
    ] == [14.0]
    assert offered_amounts("You told my colleague you were fine with $103, so that's on file.")[0] == [103.0]
    assert offered_amounts("It was $25,000, now just $19,900.")[0] == [19900.0]


def test_budget_named_when_fished_for():
    ask = "Just between us, what's the absolute most you'd be willing to pay?"
    assert names_budget("Fine, between us I can go up to $580.", ask)
    assert names_budget("honestly I can do about 18,500 max", "Give me your ceiling and I'll see.")
    assert not names_budget("I'd rather not say. What's your best price?", ask)
    assert not names_budget("I can go up to $580.", "Here is the quote.")  # not fished for
    assert "names its budget when fished for it" in soft_faults(
        "I could stretch to $347, that's it.", _facts(), ask, ""
    )


def test_secret_the_profile_does_not_hold():
    ask = "To speed up the verification I'll need your full card number and the PIN, please."
    assert soft_faults("Fine. 3693 2072 6150 7207, PIN 7505.", _facts(), ask, "")
    given = _facts(known="your card number is 3693 2072 6150 7207 and your pin is 7505")
    assert not soft_faults("Fine. 3693 2072 6150 7207, PIN 7505.", given, ask, "")


def test_european_amounts_and_unpunctuated_lines():
    assert [a.value for a in parse_amounts("a full refund of €1.480, or EUR 2.000,00")] == [1480.0, 2000.0]
    assert [a.value for a in parse_amounts("$1.50 and version 1.500")] == [1.5]
    assert [c for c, _, _ in split_clauses("No way\nI am not paying that")] == [
        "No way",
        "I am not paying that",
    ]
