from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_request_echo import TaskRequestEcho
    from ..models.task_response_echo import TaskResponseEcho


T = TypeVar("T", bound="TaskRecord")


@_attrs_define
class TaskRecord:
    """One task as the platform stores it: the creating request and, once finished, its final
    answer in `response` (for /suno/audios an AudiosResponse with `data[]` songs). Projects
    tasks are finished when `finished_at` is present and successful when `response.success` is
    true.

    """

    id: str
    """ The task id. """
    field_id: str | Unset = UNSET
    """ Storage id (24 hex digits). """
    type_: str | Unset = UNSET
    """ The creating API (undocumented for Suno; `audios` on Producer). """
    api_id: str | Unset = UNSET
    """ The platform API id (/suno/audios: 09a26295-5972-4392-9318-dcd9b218f90d). """
    application_id: str | Unset = UNSET
    credential_id: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    request: TaskRequestEcho | Unset = UNSET
    """ The request body that created the task, as sent. """
    response: None | TaskResponseEcho | Unset = UNSET
    created_at: float | None | Unset = UNSET
    """ Creation time, Unix seconds. """
    started_at: float | None | Unset = UNSET
    """ Start time, Unix seconds. """
    finished_at: float | None | Unset = UNSET
    """ Completion time, Unix seconds. Absent until the task ends. """
    elapsed: float | None | Unset = UNSET
    """ Run time in seconds. """
    state: None | str | Unset = UNSET
    """ Not documented for Suno (the Producer MCP server describes a record-level state); read when present. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_response_echo import TaskResponseEcho

        id = self.id

        field_id = self.field_id

        type_ = self.type_

        api_id = self.api_id

        application_id = self.application_id

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        user_id = self.user_id

        trace_id = self.trace_id

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, TaskResponseEcho):
            response = self.response.to_dict()
        else:
            response = self.response

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        started_at: float | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        finished_at: float | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        elapsed: float | None | Unset
        if isinstance(self.elapsed, Unset):
            elapsed = UNSET
        else:
            elapsed = self.elapsed

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_request_echo import TaskRequestEcho
        from ..models.task_response_echo import TaskResponseEcho

        d = dict(src_dict)
        id = d.pop("id")

        field_id = d.pop("_id", UNSET)

        type_ = d.pop("type", UNSET)

        api_id = d.pop("api_id", UNSET)

        application_id = d.pop("application_id", UNSET)

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        user_id = d.pop("user_id", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        _request = d.pop("request", UNSET)
        request: TaskRequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = TaskRequestEcho.from_dict(_request)

        def _parse_response(data: object) -> None | TaskResponseEcho | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = TaskResponseEcho.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskResponseEcho | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_started_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_elapsed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        elapsed = _parse_elapsed(d.pop("elapsed", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        task_record = cls(
            id=id,
            field_id=field_id,
            type_=type_,
            api_id=api_id,
            application_id=application_id,
            credential_id=credential_id,
            user_id=user_id,
            trace_id=trace_id,
            request=request,
            response=response,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            elapsed=elapsed,
            state=state,
        )

        task_record.additional_properties = d
        return task_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
