from enum import StrEnum
from typing import Any


class SunoModel(StrEnum):
    CHIRP_V3_0 = "chirp-v3-0"
    CHIRP_V3_5 = "chirp-v3-5"
    CHIRP_V4 = "chirp-v4"
    CHIRP_V4_5 = "chirp-v4-5"
    CHIRP_V4_5_ALL = "chirp-v4-5-all"
    CHIRP_V4_5_PLUS = "chirp-v4-5+"
    CHIRP_V5 = "chirp-v5"
    CHIRP_V5_5 = "chirp-v5-5"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "SunoModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
