"""An LRU cache of KV blocks keyed by token prefixes: what the continuous-batching engine reuses.

    cache = PrefixCache(budget_bytes=256 << 20, block_size=16)
    n, blocks = cache.match(prompt_ids)           # the longest cached prefix: n tokens, as KV blocks
    cache.insert(prompt_ids, kv, n_valid)         # store the complete blocks of a computed sequence

A block holds the KV of ``block_size`` tokens in every layer (``[layers, 2, kv_heads, block, head_dim]``)
and is keyed by ``(id of the block before it, its tokens)``, so a block is found only after the very same
tokens (vLLM's automatic prefix caching keys blocks the same way, with a hash of the parent and the tokens;
exact tuples here, so no collision can change an output). The guidelines every tau2 request shares, a
profile's system prompt and a session's earlier turns all end up as chains of blocks.

Memory is bounded by ``budget_bytes``: past it, the least recently used blocks go. A chain is touched from
its end back to its root, so a root is always more recent than its children and leaves go first.
The cache is used by the engine's one generation thread only; it has no lock.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class _Block:
    id: int
    kv: object  # torch.Tensor [layers, 2, kv_heads, block_size, head_dim]
    nbytes: int


@dataclass
class PrefixCacheStats:
    lookups: int = 0
    lookup_tokens: int = 0
    hit_tokens: int = 0
    inserted_blocks: int = 0
    evicted_blocks: int = 0
    blocks: int = 0
    bytes: int = 0
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        rate = self.hit_tokens / self.lookup_tokens if self.lookup_tokens else 0.0
        out = {k: v for k, v in self.__dict__.items() if k != "extra"}
        return {**out, "hit_rate": round(rate, 3), "mb": round(self.bytes / 2**20, 1)}


class PrefixCache:
    """Blocks of KV keyed by the exact token prefix that produced them, LRU within a byte budget."""

    def __init__(self, budget_bytes: int = 256 << 20, block_size: int = 16):
        if block_size < 1:
            raise ValueError("block_size must be >= 1")
        self.budget_bytes = int(budget_bytes)
        self.block_size = block_size
        self._blocks: OrderedDict[tuple, _Block] = OrderedDict()
        self._next_id = 1
        self.stats = PrefixCacheStats()

    @property
    def enabled(self) -> bool:
        return self.budget_bytes > 0

    def _chain(self, ids: list[int], n_blocks: int) -> list[tuple[tuple, _Block]]:
        """The cached blocks that start ``ids``, root first, up to ``n_blocks``."""
        out, parent, b = [], 0, self.block_size
        for j in range(n_blocks):
            key = (parent, tuple(ids[j * b : (j + 1) * b]))
            block = self._blocks.get(key)
            if block is None:
                break
            out.append((key, block))
            parent = block.id
        return out

    def _touch(self, chain: list[tuple[tuple, _Block]]) -> None:
        for key, _ in reversed(chain):  # the root ends up the most recent
            self._blocks.move_to_end(key)

    def match(self, ids: list[int], limit: int | None = None) -> tuple[int, list]:
        """(tokens matched, their KV blocks root first): the longest cached prefix of ``ids[:limit]``."""
        limit = len(ids) if limit is None else min(limit, len(ids))
        self.stats.lookups += 1
        self.stats.lookup_tokens += len(ids)
        if not self.enabled:
            return 0, []
        chain = self._chain(ids, limit // self.block_size)
        self._touch(chain)
        n = len(chain) * self.block_size
        self.stats.hit_tokens += n
        return n, [block.kv for _, block in chain]

    def insert(self, ids: list[int], kv, n_valid: int) -> int:
        """Store the complete blocks of ``ids[:n_valid]`` whose KV is ``kv[:, :, :, :n_valid]``.

        ``kv`` is a sequence's buffer ``[layers, 2, kv_heads, capacity, head_dim]``; blocks already cached are
        only touched. Returns the number of new blocks.
        """
        if not self.enabled:
            return 0
        b = self.block_size
        n_blocks = min(n_valid, len(ids)) // b
        chain = self._chain(ids, n_blocks)
        parent = chain[-1][1].id if chain else 0
        added = 0
        for j in range(len(chain), n_blocks):
            block_kv = kv[:, :, :, j * b : (j + 1) * b].clone()
            nbytes = block_kv.element_size() * block_kv.nelement()
            if nbytes > self.budget_bytes:
                break
            block = _Block(self._next_id, block_kv, nbytes)
            self._next_id += 1
            key = (parent, tuple(ids[j * b : (j + 1) * b]))
            self._blocks[key] = block
            chain.append((key, block))
            parent = block.id
            added += 1
            self.stats.bytes += nbytes
        self._touch(chain)
        self.stats.inserted_blocks += added
        self._evict(keep=len(chain))
        self.stats.blocks = len(self._blocks)
        return added

    def _evict(self, keep: int = 0) -> None:
        """Drop least recently used blocks until within budget (the ``keep`` most recent stay)."""
        while self.stats.bytes > self.budget_bytes and len(self._blocks) > keep:
            _, block = self._blocks.popitem(last=False)
            self.stats.bytes -= block.nbytes
            self.stats.evicted_blocks += 1
        self.stats.blocks = len(self._blocks)

    def clear(self) -> None:
        self._blocks.clear()
        self.stats.bytes = 0
        self.stats.blocks = 0

    def __len__(self) -> int:
        return len(self._blocks)
