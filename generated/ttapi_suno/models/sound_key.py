from enum import StrEnum
from typing import Any


class SoundKey(StrEnum):
    A = "A"
    A_MINOR = "Am"
    A_SHARP = "A#"
    A_SHARP_MINOR = "A#m"
    B = "B"
    B_MINOR = "Bm"
    B_SHARP = "B#"
    B_SHARP_MINOR = "B#m"
    C = "C"
    C_MINOR = "Cm"
    C_SHARP = "C#"
    C_SHARP_MINOR = "C#m"
    D = "D"
    D_MINOR = "Dm"
    D_SHARP = "D#"
    D_SHARP_MINOR = "D#m"
    F = "F"
    F_MINOR = "Fm"
    F_SHARP = "F#"
    F_SHARP_MINOR = "F#m"
    G = "G"
    G_MINOR = "Gm"
    G_SHARP = "G#"
    G_SHARP_MINOR = "G#m"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "SoundKey | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
