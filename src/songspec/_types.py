"""The shared vocabulary: every vendor's jobs and songs are mapped onto these."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class TaskState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNKNOWN = "unknown"
    """A state the vendor invented after our spec was written; treated as not finished."""

    @property
    def is_terminal(self) -> bool:
        return self in (TaskState.SUCCEEDED, TaskState.FAILED)


@dataclass(frozen=True)
class Track:
    """One finished song, whatever the vendor called its fields."""

    id: str
    title: str | None = None
    audio_url: str | None = None
    video_url: str | None = None
    image_url: str | None = None
    lyrics: str | None = None
    duration: float | None = None
    """Seconds, as a float (vendors send strings such as "199.13")."""
    model: str | None = None
    seed: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The vendor's own record of this song, untouched."""


@dataclass(frozen=True)
class TaskResult:
    """What a vendor said about a task at one moment."""

    vendor: str
    task_id: str
    state: TaskState
    tracks: tuple[Track, ...] = ()
    progress: float | None = None
    """0 to 100 when the vendor reports progress."""
    reason: str | None = None
    """The vendor's failure reason (or message) when it gives one."""
    raw_state: str | None = None
    """The state exactly as the vendor sent it (e.g. "ON_QUEUE", "成功")."""
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def done(self) -> bool:
        return self.state.is_terminal

    @property
    def succeeded(self) -> bool:
        return self.state is TaskState.SUCCEEDED

    @property
    def failed(self) -> bool:
        return self.state is TaskState.FAILED

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON (what `songspec ... --json` prints and the ledger stores); no `raw`."""
        track_fields = ("id", "title", "audio_url", "video_url", "image_url", "duration", "model", "seed", "lyrics")
        return {
            "vendor": self.vendor,
            "task_id": self.task_id,
            "state": str(self.state),
            "raw_state": self.raw_state,
            "progress": self.progress,
            "reason": self.reason,
            "tracks": [{name: getattr(track, name) for name in track_fields} for track in self.tracks],
        }


@dataclass(frozen=True)
class SubmittedTask:
    """A job the vendor accepted. Keep task_id: it is all you need to resume waiting later."""

    vendor: str
    task_id: str
    operation: str
    raw: Any = field(default=None, repr=False, compare=False)


_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def unset_to_none(value: Any) -> Any:
    """A generated model's field, None for UNSET (every generated package has its own falsy Unset
    class, so it is recognised by name rather than imported from one package). The readers below
    apply it themselves."""
    return None if type(value).__name__ == "Unset" else value


def parse_progress(value: Any) -> float | None:
    """ "20%", "0.2", 20, "100" -> 0..100; anything unreadable (or UNSET) -> None."""
    value = unset_to_none(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        match = _NUMBER.search(str(value))
        if not match:
            return None
        number = float(match.group())
        if "%" not in str(value) and 0 < number <= 1 and "." in match.group():
            number *= 100  # a fraction such as "0.35"
    if math.isnan(number):
        return None
    return max(0.0, min(100.0, number))


def as_float(value: Any) -> float | None:
    """Durations arrive as 199.1, "199.1", null or UNSET."""
    value = unset_to_none(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def as_text(value: Any) -> str | None:
    value = unset_to_none(value)
    if value is None:
        return None
    text = str(value)
    return text or None
