from enum import StrEnum
from typing import Any


class LyricsModel(StrEnum):
    CLASSIC = "classic"
    REMI = "remi"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "LyricsModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
