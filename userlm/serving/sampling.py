"""Per-row sampling for the continuous-batching engine: every sequence keeps its own settings and RNG.

    gen = seeded_generator(seed=7, index=0)          # a request's own torch.Generator
    token = sample_row(logits_row, temperature=0.7, top_p=0.9, generator=gen)

Greedy rows take the argmax. A sampled row is scaled by its temperature, cut to its top-p nucleus, and
drawn with the exponential race (``argmax(p / q)``, ``q ~ Exp(1)`` from the row's own generator: one
draw per vocabulary entry per step, whatever the row's batch-mates), so a seeded request gives the same
tokens alone or in any batch. Per-request logits processors (``(input_ids [1, L], scores [1, V]) ->
scores``, transformers' ``LogitsProcessor`` signature: grammars, bans) run on the row first.
"""

from __future__ import annotations

import random


def seeded_generator(seed: int | None, index: int = 0):
    """A CPU ``torch.Generator`` for choice ``index`` of a request: from ``seed``, or fresh entropy."""
    import torch

    g = torch.Generator(device="cpu")
    if seed is None:
        g.manual_seed(random.SystemRandom().getrandbits(63))
    else:
        g.manual_seed(int(seed) if index == 0 else hash((int(seed), index)) & (2**63 - 1))
    return g


def apply_processors(processors, context_ids: list[int], row):
    """Run per-request logits processors on one row ``[vocab]``; returns the new row."""
    import torch

    if not processors:
        return row
    input_ids = torch.tensor([context_ids], dtype=torch.long)
    scores = row.unsqueeze(0)
    for proc in processors:
        scores = proc(input_ids, scores)
    return scores[0]


def sample_row(row, temperature: float, top_p: float, generator) -> int:
    """One token from logits ``row`` ``[vocab]`` (float32)."""
    import torch

    if temperature <= 0:
        return int(torch.argmax(row))
    probs = torch.softmax(row / temperature, dim=-1)
    if top_p < 1.0:
        sorted_p, order = torch.sort(probs, descending=True)
        before = torch.cumsum(sorted_p, dim=-1) - sorted_p  # mass of the tokens ranked above
        sorted_p[before >= top_p] = 0.0  # the top token always stays
        probs = torch.zeros_like(probs).scatter_(0, order, sorted_p)
    q = torch.empty_like(probs).exponential_(generator=generator)
    return int(torch.argmax(probs / q))


def greedy_rows(logits, rows: list[int]) -> list[int]:
    """Argmax of several rows at once."""
    import torch

    if not rows:
        return []
    return torch.argmax(logits[rows], dim=-1).tolist()
