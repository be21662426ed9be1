from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.producer_progress_data import ProducerProgressData
    from ..models.producer_result_data import ProducerResultData
    from ..models.task_properties import TaskProperties


T = TypeVar("T", bound="TaskDto")


@_attrs_define
class TaskDto:
    """The persisted CCAPI task record. Read `status`; once it is `SUCCESS`, `data` holds the
    normalized result (`clips`). Field types follow new-api's `dto.TaskDto`, which CCAPI's example
    matches field for field.

    """

    task_id: str
    """ The public CCAPI task id (`task_...`). """
    status: TaskStatus
    """ The task's state. Finished states are `SUCCESS` and `FAILURE`; every other value (including
    one CCAPI adds later) means "not finished yet". CCAPI's pages show only `IN_PROGRESS` and
    `SUCCESS`; the rest is new-api's list. The member for the literal value `UNKNOWN` is named
    `UNKNOWN_STATUS` so it does not clash with the generated client's placeholder for values
    this description does not list.
     """
    id: int | Unset = UNSET
    """ Internal row id. """
    created_at: int | Unset = UNSET
    """ Unix seconds. """
    updated_at: int | Unset = UNSET
    """ Unix seconds. """
    platform: str | Unset = UNSET
    """ `producer` for these tasks. """
    user_id: int | Unset = UNSET
    group: str | Unset = UNSET
    channel_id: int | Unset = UNSET
    quota: int | Unset = UNSET
    """ Quota CCAPI charged, in its billing units (30000 in the example). """
    action: str | Unset = UNSET
    """ The submit action, e.g. `MUSIC`. """
    fail_reason: None | str | Unset = UNSET
    """ Why the task failed; empty otherwise. """
    result_url: str | Unset = UNSET
    """ The main result's URL; present only once the task succeeded. """
    submit_time: int | Unset = UNSET
    """ Unix seconds. """
    start_time: int | Unset = UNSET
    """ Unix seconds; 0 until started. """
    finish_time: int | Unset = UNSET
    """ Unix seconds; 0 until finished. """
    progress: None | str | Unset = UNSET
    """ e.g. "20%", "100%". """
    properties: None | TaskProperties | Unset = UNSET
    username: str | Unset = UNSET
    """ Sent by new-api only in some views; not in CCAPI's example. """
    data: None | ProducerProgressData | ProducerResultData | Unset = UNSET
    """ The normalized payload: `ProducerResultData` (with `clips`) once the task succeeded,
    `ProducerProgressData` while it runs, or null.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.producer_progress_data import ProducerProgressData
        from ..models.producer_result_data import ProducerResultData
        from ..models.task_properties import TaskProperties

        task_id = self.task_id

        status = self.status.value

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        platform = self.platform

        user_id = self.user_id

        group = self.group

        channel_id = self.channel_id

        quota = self.quota

        action = self.action

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        result_url = self.result_url

        submit_time = self.submit_time

        start_time = self.start_time

        finish_time = self.finish_time

        progress: None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, TaskProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        username = self.username

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ProducerResultData) or isinstance(
            self.data, ProducerProgressData
        ):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if platform is not UNSET:
            field_dict["platform"] = platform
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if group is not UNSET:
            field_dict["group"] = group
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if quota is not UNSET:
            field_dict["quota"] = quota
        if action is not UNSET:
            field_dict["action"] = action
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if progress is not UNSET:
            field_dict["progress"] = progress
        if properties is not UNSET:
            field_dict["properties"] = properties
        if username is not UNSET:
            field_dict["username"] = username
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.producer_progress_data import ProducerProgressData
        from ..models.producer_result_data import ProducerResultData
        from ..models.task_properties import TaskProperties

        d = dict(src_dict)
        task_id = d.pop("task_id")

        status = TaskStatus(d.pop("status"))

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        platform = d.pop("platform", UNSET)

        user_id = d.pop("user_id", UNSET)

        group = d.pop("group", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        quota = d.pop("quota", UNSET)

        action = d.pop("action", UNSET)

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        result_url = d.pop("result_url", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        finish_time = d.pop("finish_time", UNSET)

        def _parse_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_properties(data: object) -> None | TaskProperties | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = TaskProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskProperties | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        username = d.pop("username", UNSET)

        def _parse_data(
            data: object,
        ) -> None | ProducerProgressData | ProducerResultData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ProducerResultData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = ProducerProgressData.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProducerProgressData | ProducerResultData | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        task_dto = cls(
            task_id=task_id,
            status=status,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            platform=platform,
            user_id=user_id,
            group=group,
            channel_id=channel_id,
            quota=quota,
            action=action,
            fail_reason=fail_reason,
            result_url=result_url,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            properties=properties,
            username=username,
            data=data,
        )

        task_dto.additional_properties = d
        return task_dto

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
