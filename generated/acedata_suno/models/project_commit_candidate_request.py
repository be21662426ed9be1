from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCommitCandidateRequest")


@_attrs_define
class ProjectCommitCandidateRequest:
    """`action: commit_candidate` (asynchronous): put the chosen candidate into the project."""

    id: str
    operation_id: str
    candidate_id: str
    action: Literal["commit_candidate"] = "commit_candidate"
    version_id: str | Unset = UNSET
    track_id: str | Unset = UNSET
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with `task_id` without a `callback_url`; poll
    `fetch_tasks`. With `callback_url` too, the result is also POSTed there.
     """
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        operation_id = self.operation_id

        candidate_id = self.candidate_id

        version_id = self.version_id

        track_id = self.track_id

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "operation_id": operation_id,
                "candidate_id": candidate_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["commit_candidate"], d.pop("action"))
        if action != "commit_candidate":
            raise ValueError(
                f"action must match const 'commit_candidate', got '{action}'"
            )

        id = d.pop("id")

        operation_id = d.pop("operation_id")

        candidate_id = d.pop("candidate_id")

        version_id = d.pop("version_id", UNSET)

        track_id = d.pop("track_id", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_commit_candidate_request = cls(
            action=action,
            id=id,
            operation_id=operation_id,
            candidate_id=candidate_id,
            version_id=version_id,
            track_id=track_id,
            async_=async_,
            callback_url=callback_url,
        )

        return project_commit_candidate_request
