"""What this machine can compute fast: CUDA, and on a CPU whether it has bf16 kernels.

Some CPUs have AVX-512 bf16 or AMX (bf16 is then 2-3x faster than fp32 for a small model's matrix work);
many have only AVX2, where bf16 is emulated and slower than fp32. Detect it, never assume it.

    >>> isinstance(cpu_has_bf16(), bool)
    True
"""

from __future__ import annotations

from functools import cache


@cache
def cpu_has_bf16() -> bool:
    """Whether the CPU has native bf16 matrix instructions (AVX-512 bf16 or AMX), read from /proc/cpuinfo."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = f.read()
    except OSError:  # not Linux: assume not, which is always correct if slower
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def matmul_gflops(dtype: str = "float32", size: int = 1024, seconds: float = 1.0) -> float:
    """The machine's dense matrix-multiply speed in GFLOP/s (``size``-square matmuls for about ``seconds``):
    the ceiling a training or generation run on this CPU is measured against.

    >>> matmul_gflops(size=64, seconds=0.01) > 0
    True
    """
    import time

    import torch

    a = torch.randn(size, size, dtype=getattr(torch, dtype))
    b = torch.randn(size, size, dtype=getattr(torch, dtype))
    a @ b  # warm-up: the first call pays for thread start and kernel choice
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        a @ b
        n += 1
    return 2 * size**3 * n / (time.perf_counter() - start) / 1e9
