from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    API_ERROR = "api_error"
    API_NOT_IMPLEMENTED = "api_not_implemented"
    BAD_REQUEST = "bad_request"
    BUSY = "busy"
    CONTENT_REJECTED = "content_rejected"
    DISABLED = "disabled"
    FORBIDDEN = "forbidden"
    INVALID_TOKEN = "invalid_token"
    NO_API = "no_api"
    NO_TOKEN = "no_token"
    STUDIO_AUDIO_UNAVAILABLE = "studio_audio_unavailable"
    STUDIO_MODEL_UNAVAILABLE = "studio_model_unavailable"
    STUDIO_MODEL_UNSUPPORTED = "studio_model_unsupported"
    STUDIO_STATE_INVALID = "studio_state_invalid"
    STUDIO_UNAVAILABLE = "studio_unavailable"
    TIMEOUT = "timeout"
    TOKEN_EXPIRED = "token_expired"
    TOKEN_MISMATCHED = "token_mismatched"
    TOO_MANY_REQUESTS = "too_many_requests"
    USED_UP = "used_up"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API description does not list (kept as received)."""
        # Membership, not the name: a vendor may have a real member called UNKNOWN.
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _missing_(cls, value: Any) -> "ErrorCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNISED"
        member._value_ = value
        return member
