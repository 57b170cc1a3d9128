"""The user profile: a static role plus a dynamic scenario goal.

Every stage of userlm reads this one data model. A ``UserProfile`` renders itself to the
simulator's system prompt through the template in ``userlm/core/prompts/`` (``render_system_prompt``),
so the prompt text lives in a data file, not in code.

    from userlm.core.profile import UserProfile
    profile = UserProfile.model_validate_json(line)
    print(profile.render())
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Unit = Field(ge=0.0, le=1.0)


class _Strict(BaseModel):
    # Unknown fields are an error: a typo in a library or a JSONL row must not pass silently.
    model_config = ConfigDict(extra="forbid")


class StateValues(_Strict):
    """The four state values of UserLM-R1, each in 0..1, updated turn by turn."""

    trust: float = Field(0.5, ge=0.0, le=1.0, description="Trust in the agent: 0 = none, 1 = complete.")
    emotion: float = Field(
        0.5, ge=0.0, le=1.0, description="Emotional valence: 0 = angry or distressed, 1 = calm and pleased."
    )
    patience: float = Field(
        0.7, ge=0.0, le=1.0, description="Patience left: 0 = about to give up, 1 = unhurried."
    )
    participation: float = Field(
        0.7, ge=0.0, le=1.0, description="Willingness to engage: 0 = disengaged, 1 = fully engaged."
    )

    def as_text(self) -> str:
        """``trust=0.50 emotion=0.50 patience=0.70 participation=0.70``: the form the rationale uses."""
        return " ".join(f"{k}={v:.2f}" for k, v in self.model_dump().items())


class Personality(_Strict):
    """Big Five traits in 0..1, with an optional MBTI label (the UserLM-R1 paper uses MBTI)."""

    openness: float = Field(0.5, ge=0.0, le=1.0, description="Openness to experience.")
    conscientiousness: float = Field(0.5, ge=0.0, le=1.0, description="Conscientiousness.")
    extraversion: float = Field(0.5, ge=0.0, le=1.0, description="Extraversion.")
    agreeableness: float = Field(0.5, ge=0.0, le=1.0, description="Agreeableness.")
    neuroticism: float = Field(0.5, ge=0.0, le=1.0, description="Neuroticism.")
    mbti: str | None = Field(None, description="Optional MBTI type, e.g. 'ISTJ'.")

    def describe(self) -> str:
        def word(v: float, lo: str, hi: str) -> str:
            return hi if v >= 0.66 else lo if v <= 0.33 else f"moderately {hi}"

        return ", ".join(
            [
                word(self.openness, "conventional", "curious"),
                word(self.conscientiousness, "easygoing", "organised"),
                word(self.extraversion, "reserved", "outgoing"),
                word(self.agreeableness, "blunt", "agreeable"),
                word(self.neuroticism, "calm", "anxious"),
            ]
        )


class ExpressionStyle(_Strict):
    """How the user writes."""

    verbosity: float = Field(
        0.5, ge=0.0, le=1.0, description="0 = a few words per message, 1 = long messages."
    )
    formality: float = Field(0.5, ge=0.0, le=1.0, description="0 = casual slang, 1 = formal.")
    patience: float = Field(
        0.5, ge=0.0, le=1.0, description="Trait patience: how fast the state patience drains."
    )
    typo_rate: float = Field(
        0.0, ge=0.0, le=1.0, description="Share of messages with typos or missing capitals."
    )
    contractions: bool = Field(True, description="Whether the user writes contractions (don't, I'm).")
    typical_phrases: list[str] = Field(default_factory=list, description="Phrases this user tends to use.")

    def describe(self) -> str:
        length = "very short" if self.verbosity < 0.3 else "long" if self.verbosity > 0.7 else "medium-length"
        register = "casual" if self.formality < 0.35 else "formal" if self.formality > 0.7 else "neutral"
        return f"{length} messages, {register} register" + (
            ", sometimes with typos" if self.typo_rate > 0.2 else ""
        )


class StaticRole(_Strict):
    """Who the user is; fixed for the whole conversation."""

    name: str = Field(..., min_length=1, description="Full name.")
    age: int | None = Field(
        None, ge=14, le=100, description="Age in years; None when the source does not say."
    )
    occupation: str | None = Field(None, description="Occupation.")
    locale: str = Field("en-US", description="Locale of names and writing, e.g. en-US, en-GB, es-MX.")
    personality: Personality = Field(default_factory=Personality, description="Personality traits.")
    style: ExpressionStyle = Field(default_factory=ExpressionStyle, description="Expression style.")
    background: str = Field("", description="Background and life situation, a few sentences.")
    persona_text: str | None = Field(
        None, description="Free-text persona from an imported source (tau2-bench, PersonaHub), kept verbatim."
    )


LimitKind = Literal["max_price", "min_price", "deadline", "must_have", "must_not", "never_disclose"]
Covers = Literal["total", "out_the_door", "monthly", "fee", "refund", "per_item", "payout"]
SecretShape = Literal[
    "card_number", "cvv", "pin", "password", "ssn", "account_number", "one_time_code", "budget", "text"
]


class HardLimit(_Strict):
    """A machine-checkable constraint the user never breaks, whatever the agent says.

    Four families, each checked by the rewards from the reply's text:
    - amount limits: ``max_price``/``min_price`` with the currency in ``unit`` and what the amount
      ``covers`` (total, out the door, monthly, a fee, a refund);
    - forbidden actions: ``must_not`` (accept store credit, cancel, buy an add-on...), with the
      ``terms`` that name the thing in a conversation;
    - forbidden disclosures: ``never_disclose`` (a card number, a PIN, a password, a hidden fact),
      with the literal ``secret`` when the profile knows it and its ``shape``;
    - required outcomes: ``must_have`` (refund to the original card...); ``deadline`` for dates.
    """

    kind: LimitKind = Field(
        ...,
        description="max_price/min_price: numeric bounds; deadline: a date or duration; must_have: a required "
        "outcome; must_not: a forbidden action; never_disclose: a secret or fact never given out.",
    )
    value: float | str = Field(..., description="The bound (a number for prices) or the condition text.")
    unit: str | None = Field(None, description="Currency or unit of value, e.g. USD, days.")
    description: str = Field("", description="The limit in words, as the user would think it.")
    covers: Covers | None = Field(
        None,
        description="What an amount limit covers: total, out_the_door (taxes and fees in), monthly, fee, "
        "refund, per_item, payout. None: unspecified (read as the total).",
    )
    terms: list[str] = Field(
        default_factory=list,
        description="Words or phrases that name the forbidden action, the required outcome or the secret in a "
        "conversation, e.g. ['store credit', 'voucher']; empty = read from value.",
    )
    secret: str | None = Field(
        None, description="never_disclose: the literal secret (card number, password) when the profile knows it."
    )
    shape: SecretShape | None = Field(
        None,
        description="never_disclose: the form of the secret, so a disclosure is caught even when its value is "
        "unknown (the digit groups of a card number, a PIN, a password).",
    )
    condition: str | None = Field(
        None, description="When the limit applies, if only sometimes, e.g. 'unless the refund is full'."
    )
    source_text: str | None = Field(
        None, description="The sentence of an imported instruction the limit was extracted from."
    )

    @field_validator("value")
    @classmethod
    def _amount_is_a_number(cls, value: float | str, info: ValidationInfo) -> float | str:
        """An amount limit's value is a number ("17,500" is read as one); anything else is an error on
        this field, not a crash when the limit is shown to the simulator."""
        if info.data.get("kind") in ("max_price", "min_price") and not isinstance(value, (int, float)):
            try:
                return float(str(value).replace(",", "").strip())
            except ValueError:
                raise ValueError(f"a {info.data['kind']} limit needs a number, got {value!r}") from None
        return value

    def as_text(self) -> str:
        if self.kind in ("max_price", "min_price"):
            word = "at most" if self.kind == "max_price" else "at least"
            covers = f" {self.covers.replace('_', ' ')}" if self.covers else ""
            return f"{word} {self.value:g} {self.unit or ''}".strip() + covers + (
                f" ({self.description})" if self.description else ""
            )
        if self.kind == "never_disclose":
            return "never give out: " + (self.description or str(self.value))
        text = self.description or f"{self.kind.replace('_', ' ')}: {self.value}"
        return text + (f" ({self.condition})" if self.condition and self.condition not in text else "")


class Behaviour(_Strict):
    """A non-cooperative behaviour with a strength (LLM users are too cooperative by default)."""

    name: str = Field(..., description="Behaviour id from profiles/behaviours.yaml, e.g. tangential_chatter.")
    strength: float = Field(
        0.5, ge=0.0, le=1.0, description="How often or how strongly it shows: 0 = never, 1 = always."
    )
    description: str = Field("", description="The behaviour in words, shown to the simulator.")


class ScenarioGoal(_Strict):
    """Why the user is here and what they want; the dynamic half of the profile."""

    domain: str = Field(..., description="Domain, e.g. retail, airline, telecom.")
    scenario: str | None = Field(None, description="Scenario template id the goal was drawn from.")
    item: str | None = Field(None, description="The product, booking or service at stake.")
    reason_for_contact: str = Field(
        ..., min_length=1, description="Why the user contacts the agent, in their words."
    )
    known_info: list[str] = Field(default_factory=list, description="Facts the user knows and may share.")
    hidden_info: list[str] = Field(
        default_factory=list, description="Facts the user gives only when asked directly."
    )
    unknown_info: list[str] = Field(
        default_factory=list, description="Things the user does not know and must not invent."
    )
    primary_concerns: list[str] = Field(
        default_factory=list, description="What must be resolved for success."
    )
    secondary_concerns: list[str] = Field(
        default_factory=list, description="Nice-to-haves, raised if there is room."
    )
    hard_limits: list[HardLimit] = Field(default_factory=list, description="Limits never crossed.")
    decision_policy: list[str] = Field(
        default_factory=list, description="Rules for when to accept, counter, escalate or walk away."
    )
    success_criteria: list[str] = Field(
        default_factory=list, description="What counts as the goal being met."
    )
    instructions: str | None = Field(
        None, description="Extra task instructions (e.g. tau2-bench task_instructions)."
    )
    behaviours: list[Behaviour] = Field(
        default_factory=list, description="Non-cooperative behaviours and strengths."
    )
    cooperativeness: float = Field(
        0.7, ge=0.0, le=1.0, description="0 = obstructive, 1 = does whatever is asked."
    )
    initial_state: StateValues = Field(
        default_factory=StateValues, description="State values at the first turn."
    )

    def amount_limits(self) -> list[HardLimit]:
        """The numeric limits (max_price, min_price)."""
        return [h for h in self.hard_limits if h.kind in ("max_price", "min_price")]

    def forbidden_actions(self) -> list[HardLimit]:
        return [h for h in self.hard_limits if h.kind == "must_not"]

    def forbidden_disclosures(self) -> list[HardLimit]:
        return [h for h in self.hard_limits if h.kind == "never_disclose"]

    def required_outcomes(self) -> list[HardLimit]:
        return [h for h in self.hard_limits if h.kind == "must_have"]

    def constraint_conflicts(self) -> list[str]:
        """Constraints that contradict each other (``profiles validate`` rejects them).

        >>> g = ScenarioGoal(domain="retail", reason_for_contact="refund", hard_limits=[
        ...     HardLimit(kind="must_not", value="accept store credit", terms=["store credit"]),
        ...     HardLimit(kind="must_have", value="store credit", terms=["store credit"])])
        >>> g.constraint_conflicts()
        ["'store credit' is both required (must_have) and forbidden (must_not)"]
        """
        out = []
        for covers in {h.covers for h in self.amount_limits()}:
            same = [h for h in self.amount_limits() if h.covers == covers]
            try:
                his = [float(h.value) for h in same if h.kind == "max_price"]
                los = [float(h.value) for h in same if h.kind == "min_price"]
            except (TypeError, ValueError):
                continue  # a non-numeric bound is reported on its own by validate
            if his and los and max(los) > min(his):
                out.append(f"min_price {max(los):g} > max_price {min(his):g}" + (f" ({covers})" if covers else ""))
            out += [f"{h.kind} {float(h.value):g} is negative" for h in same if float(h.value) < 0]
        def words(h: HardLimit) -> set[str]:
            return {t.lower().strip() for t in (h.terms or [str(h.value)]) if t.strip()}
        required = {t for h in self.required_outcomes() for t in words(h)}
        for h in self.forbidden_actions():
            for t in sorted(words(h) & required):
                out.append(f"{t!r} is both required (must_have) and forbidden (must_not)")
        units = {h.unit.upper() for h in self.amount_limits() if h.unit and len(h.unit) == 3}
        if len(units) > 1:
            out.append(f"amount limits in different currencies: {', '.join(sorted(units))}")
        return out

    def max_price(self) -> float | None:
        vals = [float(h.value) for h in self.hard_limits if h.kind == "max_price"]
        return min(vals) if vals else None

    def min_price(self) -> float | None:
        vals = [float(h.value) for h in self.hard_limits if h.kind == "min_price"]
        return max(vals) if vals else None


class ProfileSource(_Strict):
    """Where a profile came from, kept so agent training can score against it."""

    kind: Literal["generated", "tau2", "persona", "manual"] = Field(
        "manual", description="Origin of the profile."
    )
    seed: int | None = Field(None, description="Generator seed, for generated profiles.")
    task_id: str | None = Field(None, description="tau2-bench task id.")
    file: str | None = Field(None, description="Source file the profile was imported from.")
    evaluation_criteria: dict[str, Any] | None = Field(
        None,
        description="tau2-bench evaluation_criteria (actions, nl_assertions, communicate_info, reward_basis).",
    )
    reason_for_call: str | None = Field(
        None,
        description="tau2-bench's reason_for_call as written: the request and its directions in one paragraph "
        "(the goal keeps them apart); the tau2-shaped prompt shows it as tau2-bench does.",
    )


class UserProfile(_Strict):
    """A simulated user: id + static role + dynamic scenario goal."""

    id: str = Field(..., min_length=1, description="Unique id within a profile set.")
    role: StaticRole = Field(..., description="The static role.")
    goal: ScenarioGoal = Field(..., description="The dynamic scenario goal.")
    source: ProfileSource = Field(default_factory=ProfileSource, description="Provenance.")

    def render(self, template: str = "simulator_system", state: dict[str, float] | None = None) -> str:
        """The simulator's system prompt for this profile; ``state``: the state values now (the latest
        rationale's, ``userlm.core.state.carried_state``), shown in place of the starting values (keys it
        leaves out keep those)."""
        from userlm.core.prompts import render_template

        now = None if not state else StateValues(**{**self.goal.initial_state.model_dump(), **state})
        return render_template(template, profile=self, state=now)
