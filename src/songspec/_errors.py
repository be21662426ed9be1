"""songspec's errors: a short hierarchy, the same for every vendor. Every raise site picks from here.

    SongspecError
    ├── ConfigurationError          fix the call or the environment: unknown vendor, no key, no base URL,
    │                               a bad option (also a ValueError); nothing was sent
    ├── RequestValidationError      the body does not satisfy the vendor's spec (also a ValueError);
    │                               nothing was sent, nothing was charged
    ├── APIConnectionError          no server answered: refused, DNS, timeouts (a fetch; a submit that
    │                               provably never left). Distinct from a server's 5xx.
    ├── APIError                    the vendor answered with an error
    │   ├── AuthenticationError     bad or missing key, blocked account (401/403)
    │   ├── InsufficientBalanceError out of credit (402, or the vendor's own code)
    │   ├── RateLimitedError        429; .retry_after in seconds when the vendor said
    │   ├── InvalidRequestError     the vendor refused the request (4xx)
    │   │   └── TaskNotFoundError   the vendor does not know this task id
    │   └── ServerError             the vendor's server failed: 5xx, 499, Cloudflare 52x, unreadable answers
    ├── DownloadError               a track's audio could not be saved (the result itself is intact)
    ├── TaskFailedError             the job ran and failed (only when you ask for an exception)
    ├── OutcomeUnknownError         a submit may or may not have been accepted: reconcile, do not resend
    └── WaitTimeoutError            the deadline passed; .task_ids lets you resume waiting

No message, repr or attribute of these ever holds the API key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._types import TaskResult


class SongspecError(Exception):
    """Base class of every error songspec raises."""


class ConfigurationError(SongspecError, ValueError):
    """The call or the environment needs changing (the message says what); nothing was sent."""


class RequestValidationError(SongspecError, ValueError):
    """The request body does not satisfy the vendor's API description; nothing was sent."""

    def __init__(self, message: str, *, vendor: str, operation: str, problems: list[str] | None = None) -> None:
        self.vendor = vendor
        self.operation = operation
        self.problems = problems or []
        super().__init__(f"{vendor} {operation}: {message}")


class APIConnectionError(SongspecError):
    """No server answered. `sent` says whether the request may have left this machine."""

    def __init__(self, message: str, *, vendor: str, sent: bool) -> None:
        self.vendor = vendor
        self.sent = sent
        super().__init__(f"{vendor}: {message}")


class APIError(SongspecError):
    """The vendor answered with an error. `.body` is the answer's JSON (None when unreadable)."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        status_code: int | None = None,
        code: str | None = None,
        body: Any = None,
    ) -> None:
        self.vendor = vendor
        self.status_code = status_code
        self.code = code
        self.body = body
        where = f"{vendor}" + (f" HTTP {status_code}" if status_code is not None else "")
        super().__init__(f"{where}: {message}" + (f" ({code})" if code else ""))
        self.message = message


class AuthenticationError(APIError):
    pass


class InsufficientBalanceError(APIError):
    pass


class RateLimitedError(APIError):
    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InvalidRequestError(APIError):
    pass


class TaskNotFoundError(InvalidRequestError):
    def __init__(self, task_id: str, **kwargs: Any) -> None:
        self.task_id = task_id
        if kwargs.get("code") is None:  # the vendor's own code when it gave one
            kwargs["code"] = "task_not_found"
        super().__init__(f"the vendor does not know task {task_id}", **kwargs)


class ServerError(APIError):
    pass


class DownloadError(SongspecError):
    def __init__(self, message: str, *, track_id: str, url: str | None) -> None:
        self.track_id = track_id
        self.url = url
        super().__init__(message)


class TaskFailedError(SongspecError):
    def __init__(self, result: TaskResult) -> None:
        self.result = result
        super().__init__(f"{result.vendor} task {result.task_id} failed: {result.reason or 'no reason given'}")


class OutcomeUnknownError(SongspecError):
    """The submit request was sent but no usable answer came back (timeout, dropped connection,
    5xx, unreadable body). The vendor may have accepted it and charged for it, so songspec does not
    send it again. Reconcile first: look for the job in the vendor's dashboard or task list, using
    `sent_at` and `body` to recognise it."""

    def __init__(self, *, vendor: str, operation: str, cause: str, body: Any, sent_at: float) -> None:
        self.vendor = vendor
        self.operation = operation
        self.cause = cause
        self.body = body
        self.sent_at = sent_at
        super().__init__(
            f"{vendor} {operation}: the request was sent but the outcome is unknown ({cause}). "
            "It was NOT retried, to avoid a double charge; check the vendor's task list before submitting again."
        )


class WaitTimeoutError(SongspecError, TimeoutError):
    def __init__(self, *, vendor: str, task_ids: list[str], last: dict[str, TaskResult], waited: float) -> None:
        self.vendor = vendor
        self.task_ids = task_ids
        self.last = last
        self.waited = waited
        shown = ", ".join(task_ids[:5]) + (f" and {len(task_ids) - 5} more" if len(task_ids) > 5 else "")
        super().__init__(
            f"{vendor}: gave up after {waited:.0f}s; still not finished: {shown}. "
            "The tasks keep running at the vendor: wait again with these ids to resume."
        )


def error_for_status(
    status: int,
    message: str,
    *,
    vendor: str,
    code: str | None = None,
    body: Any = None,
    retry_after: float | None = None,
) -> APIError:
    """The error class for an HTTP status (codecs refine it by the vendor's own codes)."""
    kwargs: dict[str, Any] = {"vendor": vendor, "status_code": status, "code": code, "body": body}
    if status in (401, 403):
        return AuthenticationError(message, **kwargs)
    if status == 402:
        return InsufficientBalanceError(message, **kwargs)
    if status == 429:
        return RateLimitedError(message, retry_after=retry_after, **kwargs)
    if 400 <= status < 500 and status != 499:
        return InvalidRequestError(message, **kwargs)
    return ServerError(message, **kwargs)


def reclassify(error: APIError, wanted: type[APIError]) -> APIError:
    """The same error as another class (a vendor's own code says more than its HTTP status)."""
    if type(error) is wanted:
        return error
    kwargs: dict[str, Any] = {
        "vendor": error.vendor,
        "status_code": error.status_code,
        "code": error.code,
        "body": error.body,
    }
    if wanted is RateLimitedError:
        kwargs["retry_after"] = getattr(error, "retry_after", None)
    return wanted(error.message, **kwargs)
