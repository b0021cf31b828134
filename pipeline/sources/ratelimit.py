"""One process-wide rate limiter for E-utilities (NCBI: 3 requests/s, 10 with an API key).

Every client, thread and Prefect task in the process shares the same limiter, so parallel tasks
cannot together exceed NCBI's limit.
"""

from __future__ import annotations

import threading
import time


class RateLimiter:
    """Spaces calls at least ``1/rate`` seconds apart (thread-safe)."""

    # Requests spaced exactly 1/rate apart can still arrive closer together after network jitter;
    # a 5% margin keeps the server-side count within the limit.
    MARGIN = 1.05

    def __init__(self, rate: float):
        self.rate = rate
        self._lock = threading.Lock()
        self._next = 0.0

    def acquire(self) -> None:
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.MARGIN / self.rate
        if wait > 0:
            time.sleep(wait)


_limiters: dict[float, RateLimiter] = {}
_guard = threading.Lock()


def shared_limiter(rate: float) -> RateLimiter:
    """The process-wide limiter for ``rate`` requests per second."""
    with _guard:
        if rate not in _limiters:
            _limiters[rate] = RateLimiter(rate)
        return _limiters[rate]
