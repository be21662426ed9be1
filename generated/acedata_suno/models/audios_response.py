from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.song import Song


T = TypeVar("T", bound="AudiosResponse")


@_attrs_define
class AudiosResponse:
    """The answer of `generate_music`, each line of its `application/x-ndjson` stream, and the body
    POSTed to `callback_url`.
    - Blocking mode (no `callback_url`, no `async`): `success`, `task_id`, `trace_id` and `data`
      with the finished songs (two per generation; one for `concat`; many for `all_stems`).
    - Callback or async mode: at once only `{"task_id": ...}`; the full body follows at
      `callback_url`, or in `response` of the task record from `fetch_tasks`.
    - Streaming (`accept: application/x-ndjson`): one such body per line, the songs moving from
      `pending` to `running` (with a preview `audio_url`) to `succeeded`.

    """

    task_id: str
    """ The task id; pass it to `fetch_tasks` as `id`. """
    success: bool | Unset = UNSET
    """ true when the request succeeded (also on in-progress stream lines). """
    trace_id: str | Unset = UNSET
    """ Request trace id (quote it to support). """
    data: list[Song] | Unset = UNSET
    """ The songs. """
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        success = self.success

        trace_id = self.trace_id

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail
        from ..models.song import Song

        d = dict(src_dict)
        task_id = d.pop("task_id")

        success = d.pop("success", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Song] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Song.from_dict(data_item_data)

                data.append(data_item)

        _error = d.pop("error", UNSET)
        error: ErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorDetail.from_dict(_error)

        audios_response = cls(
            task_id=task_id,
            success=success,
            trace_id=trace_id,
            data=data,
            error=error,
        )

        audios_response.additional_properties = d
        return audios_response

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
