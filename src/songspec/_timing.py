"""Clocks, backoff and Retry-After: how long to wait before asking again."""

from __future__ import annotations

import contextlib
import email.utils
import heapq
import itertools
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # loaded by whoever runs an event loop; a sync caller never pays for it
    import asyncio


class Clock(Protocol):
    """Time for the engine. `wakeup`, when given, ends a sleep early once it is set (a callback)."""

    def monotonic(self) -> float: ...
    def sleep(self, seconds: float, wakeup: threading.Event | None = None) -> None: ...
    async def asleep(self, seconds: float, wakeup: asyncio.Event | None = None) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, wakeup: threading.Event | None = None) -> None:
        if seconds <= 0:
            return
        if wakeup is not None:
            wakeup.wait(seconds)
        else:
            time.sleep(seconds)

    async def asleep(self, seconds: float, wakeup: asyncio.Event | None = None) -> None:
        import asyncio

        if wakeup is None:
            await asyncio.sleep(max(0.0, seconds))
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wakeup.wait(), timeout=max(0.0, seconds))


class VirtualClock:
    """A clock that only moves when something sleeps: simulations and tests run minutes in
    milliseconds. Events scheduled with `call_at` run when the clock passes their time (a scripted
    vendor delivers its callbacks this way); a sleep given a `wakeup` ends at the event that sets it."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self._events: list[tuple[float, int, Callable[[], object]]] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self.now

    def call_at(self, when: float, action: Callable[[], object]) -> None:
        heapq.heappush(self._events, (when, next(self._order), action))

    def _advance(self, seconds: float, is_woken: Callable[[], bool]) -> None:
        target = self.now + max(0.0, seconds)
        while self._events and self._events[0][0] <= target:
            when, _, action = heapq.heappop(self._events)
            self.now = max(self.now, when)
            action()
            if is_woken():
                return
        self.now = target

    def sleep(self, seconds: float, wakeup: threading.Event | None = None) -> None:
        if wakeup is not None and wakeup.is_set():
            return
        self._advance(seconds, wakeup.is_set if wakeup is not None else lambda: False)

    async def asleep(self, seconds: float, wakeup: asyncio.Event | None = None) -> None:
        import asyncio

        if wakeup is None or not wakeup.is_set():
            self._advance(seconds, wakeup.is_set if wakeup is not None else lambda: False)
        await asyncio.sleep(0)


SYSTEM_CLOCK = SystemClock()


@dataclass(frozen=True)
class Backoff:
    """Capped exponential backoff with jitter: initial * multiplier**n, at most `maximum`, then
    spread by +-jitter (a fraction) so many clients do not poll in lock-step."""

    initial: float = 2.0
    maximum: float = 15.0
    multiplier: float = 1.5
    jitter: float = 0.1

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        base = min(self.maximum, self.initial)
        if self.multiplier > 1 and 0 < self.initial < self.maximum:
            # Capped before it is computed: multiplier**attempt overflows a float after hours of ticks.
            steps = min(max(0, attempt), math.ceil(math.log(self.maximum / self.initial, self.multiplier)))
            base = min(self.maximum, self.initial * self.multiplier**steps)
        spread = (rng or random).uniform(-self.jitter, self.jitter)
        return max(0.0, base * (1 + spread))


MAX_RETRY_AFTER = 300.0
"""A Retry-After longer than this is capped: the deadline decides, not a hostile header."""


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(MAX_RETRY_AFTER, seconds))
