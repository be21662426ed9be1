from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_properties import TaskProperties


T = TypeVar("T", bound="NewApiTask")


@_attrs_define
class NewApiTask:
    """The fields of one task record that new-api and the origin server (Suno-API) send, without
    `data` (each spec adds its own `data`). Nothing is required: a relay sends what its version
    has. Times `submit_time`/`start_time`/`finish_time` are Unix seconds, `0` until set.

    """

    id: int | None | Unset = UNSET
    """ Row id (new-api and the origin server). """
    created_at: int | None | str | Unset = UNSET
    """ new-api: Unix seconds; origin server: an RFC 3339 time string. """
    updated_at: int | None | str | Unset = UNSET
    """ new-api: Unix seconds; origin server: an RFC 3339 time string. """
    task_id: None | str | Unset = UNSET
    """ The relay's task id (new-api `task_` + 32 characters; older relays the upstream id). """
    platform: None | str | Unset = UNSET
    """ new-api: `suno`, `producer`, ... """
    user_id: int | None | Unset = UNSET
    group: None | str | Unset = UNSET
    channel_id: int | None | Unset = UNSET
    quota: int | None | Unset = UNSET
    """ Quota charged, in the relay's billing units. """
    action: None | str | Unset = UNSET
    """ The submit action, upper case: `MUSIC`, `LYRICS` (Suno); `MUSIC`, `STEMS`, ... (Producer).
    `""` at some relays.
     """
    status: None | str | TaskStatus | Unset = UNSET
    """ The task state (`TaskStatus` lists the known values; any other string is accepted). """
    fail_reason: None | str | Unset = UNSET
    """ Empty unless the task failed (e.g. the clip's error message or `任务超时（N分钟）`). """
    result_url: None | str | Unset = UNSET
    """ new-api: the main result's URL (omitempty). """
    submit_time: int | None | Unset = UNSET
    """ Unix seconds. """
    start_time: int | None | Unset = UNSET
    """ Unix seconds; 0 until started. """
    finish_time: int | None | Unset = UNSET
    """ Unix seconds; 0 until finished. """
    progress: None | str | Unset = UNSET
    """ e.g. `0%`, `100%` (new-api sets `100%` only when the task ends). Absent at the origin server. """
    properties: None | TaskProperties | Unset = UNSET
    username: None | str | Unset = UNSET
    """ new-api, some views only (omitempty). """
    search_item: None | str | Unset = UNSET
    """ Origin server: its search column (usually `""`). """
    notify_hook: None | str | Unset = UNSET
    """ Echoed (`""`) by some resellers only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_properties import TaskProperties

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: int | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        channel_id: int | None | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        submit_time: int | None | Unset
        if isinstance(self.submit_time, Unset):
            submit_time = UNSET
        else:
            submit_time = self.submit_time

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finish_time: int | None | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        else:
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

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        search_item: None | str | Unset
        if isinstance(self.search_item, Unset):
            search_item = UNSET
        else:
            search_item = self.search_item

        notify_hook: None | str | Unset
        if isinstance(self.notify_hook, Unset):
            notify_hook = UNSET
        else:
            notify_hook = self.notify_hook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
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
        if status is not UNSET:
            field_dict["status"] = status
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
        if search_item is not UNSET:
            field_dict["search_item"] = search_item
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_properties import TaskProperties

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_channel_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_status(data: object) -> None | str | TaskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        def _parse_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_url = _parse_result_url(d.pop("result_url", UNSET))

        def _parse_submit_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submit_time = _parse_submit_time(d.pop("submit_time", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_finish_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finish_time", UNSET))

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

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_search_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_item = _parse_search_item(d.pop("search_item", UNSET))

        def _parse_notify_hook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_hook = _parse_notify_hook(d.pop("notify_hook", UNSET))

        new_api_task = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            task_id=task_id,
            platform=platform,
            user_id=user_id,
            group=group,
            channel_id=channel_id,
            quota=quota,
            action=action,
            status=status,
            fail_reason=fail_reason,
            result_url=result_url,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            properties=properties,
            username=username,
            search_item=search_item,
            notify_hook=notify_hook,
        )

        new_api_task.additional_properties = d
        return new_api_task

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
