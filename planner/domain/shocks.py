"""Seeded standard-normal shocks keyed by stable identities, for common random numbers across scenarios.

A shock stream is named by a stable key (a benchmark row, a host id, a session's host and start time), never
by its position in a list. A duplicated scenario gives its sessions new ids and may add or drop sessions;
keyed streams still give every unchanged session, host and benchmark the very same draws, so the difference
between two scenarios is the plan change, not Monte Carlo noise.

How: one pool of 2^20 standard normals is drawn from the seed (numpy PCG64). The stream of key ``h`` reads
the pool at ``(a_h + d · b_h) mod 2^20`` for draw ``d``, with offset ``a_h`` and odd stride ``b_h`` taken
from a 64-bit hash of the key. An odd stride visits 2^20 distinct pool entries before repeating, so a
stream's first 2^20 draws are distinct normals; two streams coincide only by rare chance (about one draw
in 2^20 per pair), which leaves sums and quantiles unaffected. This is several times faster than hashing
every (key, draw) pair through a counter-based generator and an inverse normal CDF, which matters at
10,000 sessions × 2,000 draws.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np

POOL_BITS = 20
POOL_SIZE = 1 << POOL_BITS
_MASK = np.uint64(POOL_SIZE - 1)
_M64 = (1 << 64) - 1


@lru_cache(maxsize=4)
def normal_pool(seed: int) -> np.ndarray:
    """The seed's pool of standard normals (cached: a few seeds are used over and over)."""
    pool = np.random.default_rng(np.random.PCG64(seed)).standard_normal(POOL_SIZE)
    pool.setflags(write=False)
    return pool


def text_key(text: str) -> int:
    """A stable 64-bit hash of a text key (never Python's salted ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser, vectorised over uint64 (wrapping arithmetic is intended)."""
    x = np.asarray(x, dtype=np.uint64).copy()
    with np.errstate(over="ignore"):
        x += np.uint64(0x9E3779B97F4A7C15)
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return x


def combine_keys(*parts: np.ndarray | int) -> np.ndarray:
    """Hash several integer key parts (arrays broadcast) into one uint64 key per element."""
    out: np.ndarray | None = None
    for part in parts:
        p = np.asarray(part)
        p = p.astype(np.int64).view(np.uint64) if p.dtype.kind == "i" else p.astype(np.uint64)
        out = mix64(p) if out is None else mix64(out ^ p)
    assert out is not None
    return out


class ShockSource:
    """Standard-normal shocks for keyed streams, reproducible from ``seed``."""

    def __init__(self, seed: int) -> None:
        self.seed = int(seed) & _M64
        self.pool = normal_pool(self.seed)

    def streams(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Offset ``a`` and odd stride ``b`` of each key's stream (int64; compute once per run)."""
        h = mix64(np.asarray(keys, dtype=np.uint64) ^ np.uint64(self.seed))
        a = (h & _MASK).astype(np.int64)
        b = (((h >> np.uint64(32)) | np.uint64(1)) & _MASK).astype(np.int64)
        return a, b

    def normals(self, keys: np.ndarray, start: int, count: int) -> np.ndarray:
        """Shocks of draws ``start .. start+count-1`` for each key: shape ``(count, len(keys))``."""
        return self.stream_normals(self.streams(keys), start, count)

    def stream_normals(self, ab: tuple[np.ndarray, np.ndarray], start: int, count: int,
                       out: np.ndarray | None = None, work: np.ndarray | None = None) -> np.ndarray:
        """:meth:`normals` for streams from :meth:`streams`, optionally into preallocated ``out``/``work``.

        Indices are built in int64 (the pool position ``(a + d·b) mod 2^20`` is the same as in wrapping
        uint32, as 2^20 divides 2^32): ``take`` with uint32 indices converts them first and is ~4× slower.
        """
        a, b = ab
        shape = (count, a.size)
        idx = np.empty(shape, np.int64) if work is None else work
        np.multiply.outer(np.arange(start, start + count, dtype=np.int64), b, out=idx)
        np.add(idx, a, out=idx)
        np.bitwise_and(idx, POOL_SIZE - 1, out=idx)
        return self.pool.take(idx, out=out, mode="clip")
