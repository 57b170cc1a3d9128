"""One forward pass over many sequences at once, each with its own KV buffer: the engine's model step.

    install(model)                                   # once: registers the attention below on the model
    logits = forward_step(model, segments)           # segments: (buffer, start, tokens) per sequence

The tokens of every sequence in a step (one token of each decoding sequence, a chunk of each prefilling
one) are packed into a single row ``[1, T]`` with their own positions, so every linear layer runs once
on all of them. Attention is the only per-sequence part: the attention function registered here
(``userlm_ragged``, through transformers' ``AttentionInterface``) writes each sequence's new keys and
values into its buffer ``[layers, 2, kv_heads, capacity, head_dim]`` and attends over that buffer. Grouped
query heads are folded onto their KV head, so keys are never repeated. Transformers' own paged attention
on CPU (``sdpa_paged``) instead attends over the whole batch's cache with a dense mask, which is what this
avoids. Without the step's ``userlm_batch`` keyword the function is plain SDPA, so ``model.generate`` on
the same model object behaves as before.
"""

from __future__ import annotations

from dataclasses import dataclass

ATTN_NAME = "userlm_ragged"


@dataclass
class Segment:
    """``tokens`` of one sequence, at positions ``start...``, whose KV goes to ``kv`` (its buffer)."""

    kv: object  # torch.Tensor [layers, 2, kv_heads, capacity, head_dim]
    start: int
    tokens: list[int]
    want_logits: bool = True


@dataclass
class _Packed:
    segments: list[Segment]
    offsets: list[int]


def ragged_attention(module, query, key, value, attention_mask, dropout=0.0, scaling=None, **kwargs):
    """Per-sequence attention over KV buffers when the step passes ``userlm_batch``; else SDPA."""
    import torch

    batch: _Packed | None = kwargs.pop("userlm_batch", None)
    if batch is None:
        from transformers.integrations.sdpa_attention import sdpa_attention_forward

        return sdpa_attention_forward(
            module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
        )
    layer = module.layer_idx
    _, heads, total, dim = query.shape
    kv_heads = key.shape[1]
    groups = heads // kv_heads
    out = query.new_empty(total, heads, dim)
    for seg, off in zip(batch.segments, batch.offsets):
        n, start = len(seg.tokens), seg.start
        end = start + n
        seg.kv[layer, 0, :, start:end] = key[0, :, off : off + n]
        seg.kv[layer, 1, :, start:end] = value[0, :, off : off + n]
        k = seg.kv[layer, 0, :, :end].unsqueeze(0)  # [1, kvh, end, d]
        v = seg.kv[layer, 1, :, :end].unsqueeze(0)
        # Heads h = kv * groups + g (transformers' repeat_kv order): fold the groups into the query length.
        q = query[0, :, off : off + n].reshape(kv_heads, groups * n, dim).unsqueeze(0)
        mask = None
        if n > 1:
            rows = torch.arange(start, end, device=q.device).repeat(groups)
            mask = torch.arange(end, device=q.device).unsqueeze(0) <= rows.unsqueeze(1)  # [groups * n, end]
        o = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=scaling)
        out[off : off + n] = o[0].reshape(heads, n, dim).transpose(0, 1)
    return out.unsqueeze(0), None


def install(model) -> None:
    """Register ``userlm_ragged`` (attention and mask creation) and switch ``model`` to it."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, sdpa_mask

    AttentionInterface.register(ATTN_NAME, ragged_attention)
    ALL_MASK_ATTENTION_FUNCTIONS.register(ATTN_NAME, sdpa_mask)
    if getattr(model.config, "_attn_implementation", None) == ATTN_NAME:
        return
    if hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation(ATTN_NAME)
    else:  # pragma: no cover - older transformers
        model.config._attn_implementation = ATTN_NAME


def forward_step(model, segments: list[Segment]):
    """Run ``segments`` in one forward; logits ``[k, vocab]`` of the last token of each segment that wants them."""
    import torch

    ids, pos, offsets, last = [], [], [], []
    for seg in segments:
        offsets.append(len(ids))
        ids.extend(seg.tokens)
        pos.extend(range(seg.start, seg.start + len(seg.tokens)))
        if seg.want_logits:
            last.append(len(ids) - 1)
    device = model.device
    input_ids = torch.tensor([ids], dtype=torch.long, device=device)
    position_ids = torch.tensor([pos], dtype=torch.long, device=device)
    keep = torch.tensor(last, dtype=torch.long, device=device)
    out = model(
        input_ids=input_ids,
        position_ids=position_ids,
        use_cache=False,
        logits_to_keep=keep,
        userlm_batch=_Packed(segments, offsets),
    )
    return out.logits[0].float()


def bytes_per_token(model) -> int:
    """Bytes of KV one token takes in a sequence's buffer (every layer, keys and values)."""
    cfg = model.config
    heads = cfg.num_attention_heads
    kv_heads = getattr(cfg, "num_key_value_heads", None) or heads
    dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // heads
    return cfg.num_hidden_layers * 2 * kv_heads * dim * model.dtype.itemsize


def new_buffer(model, capacity: int):
    """An empty KV buffer for one sequence of up to ``capacity`` tokens."""
    import torch

    cfg = model.config
    heads = cfg.num_attention_heads
    kv_heads = getattr(cfg, "num_key_value_heads", None) or heads
    dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // heads
    shape = (cfg.num_hidden_layers, 2, kv_heads, capacity, dim)
    return torch.empty(shape, dtype=model.dtype, device=model.device)
