"""``termination``: a stop token when the goal is met or a limit is hit, and not before.

Range [-1, 1]; ``None`` when neither ``goal_met`` nor ``limit_hit`` is known for the row. Should end
and does: 1 (0.5 when the token is ``###TRANSFER###``/``###OUT-OF-SCOPE###`` although the goal was
met). Should end and does not: ``-late_penalty`` (default -1). Should go on and stops: -1 (hanging up
early is the costlier error for a simulator). Should go on and does: 1.

    >>> from userlm.core.turn import format_turn, STOP
    >>> from userlm.rewards.termination import termination
    >>> termination([format_turn(None, "Great, thanks.", STOP), "Thanks. ###STOP###"],
    ...             goal_met=[True, False], limit_hit=[False, False])
    [1.0, -1.0]
"""

from __future__ import annotations

from typing import Any

from userlm.core.turn import STOP
from userlm.rewards.analysis import batch_column, parse


class TerminationReward:
    """TRL reward: ``(completions, goal_met, limit_hit, ...) -> [-1, 1] | None``."""

    __name__ = "termination"

    def __init__(self, late_penalty: float = 1.0):
        self.late_penalty = late_penalty

    def score(self, completion: Any, goal_met: bool | None, limit_hit: bool | None) -> float | None:
        if goal_met is None and limit_hit is None:
            return None
        stop = parse(completion).stop
        should_end = bool(goal_met) or bool(limit_hit)
        if should_end:
            if stop is None:
                return -self.late_penalty
            return 0.5 if goal_met and not limit_hit and stop != STOP else 1.0
        return -1.0 if stop is not None else 1.0

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        n = len(completions)
        met, hit = batch_column(kwargs, "goal_met", n), batch_column(kwargs, "limit_hit", n)
        return [self.score(c, m, h) for c, m, h in zip(completions, met, hit)]

    def __repr__(self) -> str:
        return f"TerminationReward(late_penalty={self.late_penalty})"


termination = TerminationReward()
