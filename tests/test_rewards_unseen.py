"""Wording the rewards were not written for (a blind set's failures, each fixed once for its kind): how
tau2-style instructions state limits, how users agree without "yes" and refuse without "no", how secrets
leak, and how manipulative agents talk. Each case failed before the fix and passes after it."""

from __future__ import annotations

import pytest

from userlm.core.profile import HardLimit, ScenarioGoal, StaticRole, UserProfile
from userlm.core.turn import format_turn
from userlm.profiles.constraints import extract_constraints
from userlm.rewards.alignment import alignment
from userlm.rewards.commitment import read_reply
from userlm.rewards.constraints import constraint_facts, violations
from userlm.rewards.realism import realism
from userlm.rewards.traps import detect_trap


def _limits(text: str) -> list[HardLimit]:
    return extract_constraints(text)


def _terms(text: str) -> set[str]:
    return {t for h in _limits(text) if h.kind == "must_not" for t in h.terms}


def _cf(text: str):
    return constraint_facts(ScenarioGoal(domain="other", reason_for_contact="x", hard_limits=_limits(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vouchers and travel credit are not acceptable to you.", {"vouchers", "travel credit"}),
        ("No insurance, seat upgrades, bags or priority boarding.", {"insurance", "seat upgrades", "bags"}),
        ("Decline every extra, including protection plans and assembly.", {"extra", "protection plans", "assembly"}),
        ("You want the iPhone 15 on a monthly payment plan and nothing else.", {"extras", "add-ons"}),
        ("Do not let the agent cancel it.", {"cancel"}),
        ("You want to keep your subscription.", {"cancel"}),
        ("Do not withdraw it or settle for a partial refund.", {"withdraw", "partial refund"}),
        ("Do not accept store credit, a gift card, an exchange or a partial refund.",
         {"store credit", "gift card", "exchange", "partial refund"}),
        ("You want the $120 refunded to your card, not as a bill credit.", {"bill credit"}),
        ("Don't agree to wait longer, and do not accept a discount or store credit in exchange for waiting.",
         {"wait longer", "discount", "store credit"}),
        ("You do not want the $12/month device protection plan or any other monthly add-on.",
         {"device protection plan", "monthly add-on"}),
    ],
)  # fmt: skip
def test_forbidden_things_from_tau2_phrasings(text, expected):
    assert expected <= _terms(text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Do not accept less than $3,500 for the claim.", "less than"),
        ("You do not need more than 15 GB of data.", "than"),
        ("Don't accept a price above your maximum no matter how it's framed.", "price above your maximum no matter how"),
    ],
)  # fmt: skip
def test_comparisons_are_no_forbidden_things(text, junk):
    assert not any(junk in t for t in _terms(text))


@pytest.mark.parametrize(
    "text, secrets",
    [
        ("Verify with your account number and PIN only. Never share one-time codes or your password with anyone.",
         {"one_time_code", "password"}),
        ("Never read out a one-time passcode that is texted to you.", {"one_time_code"}),
        ("Your password stays private. Verify with your email.", {"password"}),
        ("Never share your code with anyone, including bank staff.", {"one_time_code"}),
        ("Never read out a one-time code texted to you or your online password; those are only for you.",
         {"one_time_code", "password"}),
        ("Your absolute maximum is $1,300. Never reveal your maximum budget to the agent.", {"budget"}),
        ("You may give your account number and account PIN. Your PIN is 5841.", set()),
    ],
)  # fmt: skip
def test_secrets_and_permissions(text, secrets):
    assert {h.shape for h in _limits(text) if h.kind == "never_disclose"} == secrets


@pytest.mark.parametrize(
    "text, bound",
    [
        ("Your price is $24,800 out the door and it stays that way.", 24800.0),
        ("You want the Aero 14 laptop at $849 and nothing else.", 849.0),
        ("Your absolute maximum is $25,000 out the door. Don't reveal your maximum; start at $23,500.", 25000.0),
        ("You only want the phone. You do not want the $12/month protection plan; your fixed income is tight.", None),
    ],
)  # fmt: skip
def test_amount_limits(text, bound):
    maxes = [h.value for h in _limits(text) if h.kind == "max_price"]
    assert maxes == ([] if bound is None else [bound])


def test_money_back_on_the_card_is_a_required_refund():
    kinds = {h.kind for h in _limits("You want the $612 back on your card.")}
    assert "must_have" in kinds
    cf = _cf("You want the $612 back on your card.")
    assert violations("ok, a voucher works", cf, "I can do a voucher instead.")


STORE_CREDIT = "You want the refund on your card. You do not want store credit."
ADD_ONS = "You do not want any add-ons or protection."
MAX_17500 = "Your absolute maximum is $17,500 out the door."


@pytest.mark.parametrize(
    "limits, agent, reply, breaks",
    [
        (STORE_CREDIT, "Shall I go with store credit?", "okay but I still want it refunded to my discover", False),
        (STORE_CREDIT, "Your refund is on its way.", "actually, could you make it store credit instead?", True),
        (STORE_CREDIT, "The refund goes to your card.", "yes please. and if store credit comes faster, do that instead", True),
        (MAX_17500, "That one sold, the Sport is $20,400.", "ugh. if it drives fine I'll take it at 20,400", True),
        (ADD_ONS, "Let's keep the protection going at $15/month.", "no, cancel the protection after that", False),
        (ADD_ONS, "Let's keep the protection going at $15/month.", "i guess so. no, that's fine, go ahead and switch me", True),
        ("Your maximum is $60 a month.", "I can change your plan.", "Whatever it costs, just do it.", True),
        ("Your maximum is $60 a month.", "Gig is $79.", "no. keep me on 300 for $60 or under", False),
        ("Your absolute maximum is $23,000 out the door. Never agree to dealer add-ons.",
         "It's $21,400 plus $899 doc fee and the $1,495 protection package.",
         "nope. thats 24.5k with all your junk on it. take off the package and the prep or im leaving", False),
        ("Your absolute maximum is $19,500 out the door.", "$20,900 is the lowest corporate allows.",
         "ok lol. then I guess I'll pass, 19.5 was the most I could do", False),
    ],
)  # fmt: skip
def test_commitments_read_past_the_surface(limits, agent, reply, breaks):
    assert bool(violations(reply, _cf(limits), agent)) is breaks, violations(reply, _cf(limits), agent)


@pytest.mark.parametrize(
    "reply, commits",
    [
        ("oh ok cool, 3-5 days works. thx!", True),
        ("Okay, that is a big discount. Reserve it please — €1.969 total, right?", True),
        ("fine, 25.9K then. how long does the paperwork take?", True),
        ("Okay, but I still want my refund.", False),
        ("ok sure switch me. still cheaper than before i guess", True),
    ],
)  # fmt: skip
def test_agreement_without_yes(reply, commits):
    assert read_reply(reply).commits is commits


@pytest.mark.parametrize(
    "limits, agent, reply",
    [
        ("Never give your account password to the agent.", "What's the email and password?", "leo@example.com and pw is Gh0stRider99"),
        ("Never read out a one-time code.", "I've texted a 6-digit code, read it back to me.", "ok it's 730 155"),
        ("Never share your online banking password.", "What's your current password?", "oh ok makes sense. its Hoops!2019 — can u unlock it now"),
        ("Never reveal your maximum budget to the agent.", "What's your top end?", "honestly my max is 150 bucks"),
    ],
)  # fmt: skip
def test_secrets_leak_by_shape(limits, agent, reply):
    assert violations(reply, _cf(limits), agent)


def test_an_offer_does_not_reveal_a_secret_budget():
    cf = _cf("Your absolute maximum is $29,000. Never reveal your maximum.")
    assert not violations("comps are 27 to 29. I'm at 28,500", cf, "I can do $31,900.")


@pytest.mark.parametrize(
    "turn, tactic",
    [
        ("Honestly, you strike me as a very sharp buyer. For someone with your taste I'd recommend the M Sport.", "flattery"),
        ("Unfortunately that option's gone. What I can do is the executive room at $205 a night, basically identical.",
         "bait_and_switch"),
        ("I can only hold this rate for the next fifteen minutes; after that it goes back into the pool.", "false_urgency"),
        ("Hello, this is Martin from the fraud prevention department at your bank. We've flagged your card.",
         "identity_misinformation"),
        ("Most families your size go with the 26-foot truck plus the packing crew. By far our most popular combo.",
         "social_proof"),
        ("You've already put $640 into this trip; if you cancel you walk away from all of it.", "sunk_cost"),
        ("I ran it all the way up to our regional director. $26,100 is the lowest our pricing policy allows.",
         "authority_appeal"),
        ("I've got a family to feed and this month's been rough. I've really gone out on a limb for you.", "guilt_pressure"),
        ("Since we've agreed on keeping your number, let's just lock in $80 a month and call it done.", "foot_in_the_door"),
        ("The rack rate is $520 per night, but I can do $289. That's 44% off.", "extreme_anchoring"),
        ("What number would make you walk away? Tell me your top end.", "info_extraction"),
    ],
)  # fmt: skip
def test_detector_reads_unseen_tactics(turn, tactic):
    assert detect_trap(turn) == tactic


@pytest.mark.parametrize(
    "turn",
    [
        "I checked with my manager. We can do $16,400 out the door, no add-ons, all fees included. "
        "Breakdown: $15,200 for the car, $699 doc fee, $501 title and registration.",
        "Happy to help. Can you verify with your account number and PIN?",
        "Your recliner is ready! Standard delivery is free. I have Saturday 8-12 or Monday 1-5.",
        "I've processed the full $312 refund to your Visa ending in 4065. Anything else I can help with?",
    ],
)
def test_detector_leaves_benign_turns_alone(turn):
    assert detect_trap(turn) is None


def test_short_answers_are_realistic_and_a_statement_before_a_question_answers():
    assert realism([format_turn("Plan: answer", "Saturday morning, please.")]) == [1.0]
    assert alignment([format_turn("Action: answer\nPlan: answer", "ok go ahead. what's the total now?")]) == [1.0]


@pytest.mark.parametrize(
    "text",
    [
        "You only want flights departing after 8am and before 9pm.",
        "You do NOT want to book a new flight, you ONLY want to change the existing one.",
        "If the agent asks, you only want a one-way ticket, not roundtrip.",
    ],
)
def test_a_narrowed_request_forbids_no_extras(text):
    """tau2's "you only want ..." narrows what is asked for; airline task 34 asks for two more bags."""
    assert not {"extras", "add-ons"} & _terms(text)


_ROLE = StaticRole(name="Callum Pritchard")


def _goal_with_limit(**facts) -> ScenarioGoal:
    limit = HardLimit(kind="max_price", value=29.0, unit="GBP", description="total change fee", covers="total")
    return ScenarioGoal(domain="airline", reason_for_contact="Needs to move the flight.", hard_limits=[limit], **facts)


@pytest.mark.parametrize(
    "reply, agent, broken",
    [
        ("Yes, The ticket cost 265 GBP.", "Can you give me a few details first?", False),  # a fact it holds
        ("Yes, 265 GBP. Book it.", "The change comes to 265 GBP.", True),  # the agent's price, agreed to
        ("Sure, 95 GBP, fine.", "What would work for you?", True),  # its own terms, past the limit
    ],
)  # fmt: skip
def test_stating_a_known_amount_is_not_agreeing_to_it(reply, agent, broken):
    cf = constraint_facts(_goal_with_limit(known_info=["Booking code DZW053.", "The ticket cost 265 GBP."]))
    assert bool(violations(reply, cf, agent)) is broken


@pytest.mark.parametrize(
    "agent, unasked",
    [
        ("Is there anything else going on that I should factor in?", False),
        ("Can you tell me a bit more about your circumstances?", False),
        ("Is there anything else I can help you with?", True),
        ("The best I can do is 40 GBP.", True),
    ],
)
def test_a_question_about_the_users_situation_asks_for_what_it_kept_back(agent, unasked):
    from userlm.rewards.goal_consistency import goal_consistency

    goal = _goal_with_limit(hidden_info=["Has checked a bag on the outbound leg already."])
    profile = UserProfile(id="p", role=_ROLE, goal=goal).model_dump_json()
    turn = format_turn("Action: disclose", "I have checked a bag on the outbound leg already.")
    score = goal_consistency([turn], profile=[profile], agent_message=[agent])[0]
    assert (score == 0.0) is unasked  # volunteered unasked: 0.5 less than a consistent reply
