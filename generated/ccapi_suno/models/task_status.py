from enum import StrEnum
from typing import Any


class TaskStatus(StrEnum):
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    QUEUED = "QUEUED"
    SUBMITTED = "SUBMITTED"
    SUCCESS = "SUCCESS"
    UNKNOWN_STATUS = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "TaskStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
