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
