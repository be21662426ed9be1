"""Short, playable audio for the sandbox's tracks: a few seconds of a simple melody as a 16-bit mono
WAV, made with the standard library only (`wave`), different for each track name."""

from __future__ import annotations

import functools
import io
import math
import random
import sys
import wave
from array import array

SAMPLE_RATE = 22050
PENTATONIC = (0, 2, 4, 7, 9, 12)
"""Semitones above the root: any sequence of these sounds like a tune."""


@functools.lru_cache(maxsize=32)
def melody_wav(name: str, seconds: float = 4.0) -> bytes:
    """A WAV file of `seconds` of a melody chosen by `name` (the same name, the same file)."""
    rng = random.Random(name)
    root = 220.0 * 2 ** (rng.choice((0, 2, 3, 5, 7)) / 12)  # A3 and a few keys above it
    note_seconds = 0.25
    total = max(1, round(seconds * SAMPLE_RATE))
    per_note = round(note_seconds * SAMPLE_RATE)
    samples = array("h")
    note = 0
    while len(samples) < total:
        frequency = root * 2 ** (rng.choice(PENTATONIC) / 12) if note % 8 != 7 else 0.0  # a rest per bar
        count = min(per_note, total - len(samples))
        for i in range(count):
            # A short attack and an exponential decay: a plucked sound, without clicks at the edges.
            envelope = min(1.0, i / 200) * math.exp(-3.0 * i / per_note) * min(1.0, (count - i) / 200)
            tone = math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)
            overtone = 0.3 * math.sin(4 * math.pi * frequency * i / SAMPLE_RATE)
            samples.append(int(9000 * envelope * (tone + overtone)))
        note += 1
    if sys.byteorder == "big":
        samples.byteswap()  # WAV samples are little-endian
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()
