from enum import StrEnum
from typing import Any


class ProducerModel(StrEnum):
    FUZZ_0_8 = "FUZZ-0.8"
    FUZZ_1_0 = "FUZZ-1.0"
    FUZZ_1_0_PRO = "FUZZ-1.0 Pro"
    FUZZ_1_1 = "FUZZ-1.1"
    FUZZ_1_1_PRO = "FUZZ-1.1 Pro"
    FUZZ_2_0 = "FUZZ-2.0"
    FUZZ_2_0_PRO = "FUZZ-2.0 Pro"
    FUZZ_2_0_RAW = "FUZZ-2.0 Raw"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "ProducerModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
