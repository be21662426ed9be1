from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_type import ClipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip_history_entry import ClipHistoryEntry
    from ..models.clip_metadata_concat_history_type_0_item import (
        ClipMetadataConcatHistoryType0Item,
    )


T = TypeVar("T", bound="ClipMetadata")


@_attrs_define
class ClipMetadata:
    """A clip's generation details. Suno adds fields over time; unknown ones are kept."""

    tags: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    """ The lyrics sung. """
    gpt_description_prompt: None | str | Unset = UNSET
    audio_prompt_id: None | str | Unset = UNSET
    history: list[ClipHistoryEntry] | None | Unset = UNSET
    concat_history: list[ClipMetadataConcatHistoryType0Item] | None | Unset = UNSET
    type_: ClipType | None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    """ Length in seconds (null until known). """
    refund_credits: bool | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    error_type: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    """ Why the clip failed; the origin server copies the first clip's into `fail_reason`. """
    can_remix: bool | None | Unset = UNSET
    is_remix: bool | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    edited_clip_id: None | str | Unset = UNSET
    infill: bool | None | Unset = UNSET
    has_vocal: bool | None | Unset = UNSET
    stem_from_id: None | str | Unset = UNSET
    """ Stems: the clip that was separated. """
    stem_task: None | str | Unset = UNSET
    stem_type_id: int | None | Unset = UNSET
    stem_type_group_name: None | str | Unset = UNSET
    """ On a stem clip, the stem's name (e.g. `Vocals`); on the request echo, `Two` or `Twelve`. """
    task: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        gpt_description_prompt: None | str | Unset
        if isinstance(self.gpt_description_prompt, Unset):
            gpt_description_prompt = UNSET
        else:
            gpt_description_prompt = self.gpt_description_prompt

        audio_prompt_id: None | str | Unset
        if isinstance(self.audio_prompt_id, Unset):
            audio_prompt_id = UNSET
        else:
            audio_prompt_id = self.audio_prompt_id

        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        concat_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.concat_history, Unset):
            concat_history = UNSET
        elif isinstance(self.concat_history, list):
            concat_history = []
            for concat_history_type_0_item_data in self.concat_history:
                concat_history_type_0_item = concat_history_type_0_item_data.to_dict()
                concat_history.append(concat_history_type_0_item)

        else:
            concat_history = self.concat_history

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ClipType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        refund_credits: bool | None | Unset
        if isinstance(self.refund_credits, Unset):
            refund_credits = UNSET
        else:
            refund_credits = self.refund_credits

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        can_remix: bool | None | Unset
        if isinstance(self.can_remix, Unset):
            can_remix = UNSET
        else:
            can_remix = self.can_remix

        is_remix: bool | None | Unset
        if isinstance(self.is_remix, Unset):
            is_remix = UNSET
        else:
            is_remix = self.is_remix

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        edited_clip_id: None | str | Unset
        if isinstance(self.edited_clip_id, Unset):
            edited_clip_id = UNSET
        else:
            edited_clip_id = self.edited_clip_id

        infill: bool | None | Unset
        if isinstance(self.infill, Unset):
            infill = UNSET
        else:
            infill = self.infill

        has_vocal: bool | None | Unset
        if isinstance(self.has_vocal, Unset):
            has_vocal = UNSET
        else:
            has_vocal = self.has_vocal

        stem_from_id: None | str | Unset
        if isinstance(self.stem_from_id, Unset):
            stem_from_id = UNSET
        else:
            stem_from_id = self.stem_from_id

        stem_task: None | str | Unset
        if isinstance(self.stem_task, Unset):
            stem_task = UNSET
        else:
            stem_task = self.stem_task

        stem_type_id: int | None | Unset
        if isinstance(self.stem_type_id, Unset):
            stem_type_id = UNSET
        else:
            stem_type_id = self.stem_type_id

        stem_type_group_name: None | str | Unset
        if isinstance(self.stem_type_group_name, Unset):
            stem_type_group_name = UNSET
        else:
            stem_type_group_name = self.stem_type_group_name

        task: None | str | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if audio_prompt_id is not UNSET:
            field_dict["audio_prompt_id"] = audio_prompt_id
        if history is not UNSET:
            field_dict["history"] = history
        if concat_history is not UNSET:
            field_dict["concat_history"] = concat_history
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if refund_credits is not UNSET:
            field_dict["refund_credits"] = refund_credits
        if stream is not UNSET:
            field_dict["stream"] = stream
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if can_remix is not UNSET:
            field_dict["can_remix"] = can_remix
        if is_remix is not UNSET:
            field_dict["is_remix"] = is_remix
        if priority is not UNSET:
            field_dict["priority"] = priority
        if edited_clip_id is not UNSET:
            field_dict["edited_clip_id"] = edited_clip_id
        if infill is not UNSET:
            field_dict["infill"] = infill
        if has_vocal is not UNSET:
            field_dict["has_vocal"] = has_vocal
        if stem_from_id is not UNSET:
            field_dict["stem_from_id"] = stem_from_id
        if stem_task is not UNSET:
            field_dict["stem_task"] = stem_task
        if stem_type_id is not UNSET:
            field_dict["stem_type_id"] = stem_type_id
        if stem_type_group_name is not UNSET:
            field_dict["stem_type_group_name"] = stem_type_group_name
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clip_history_entry import ClipHistoryEntry
        from ..models.clip_metadata_concat_history_type_0_item import (
            ClipMetadataConcatHistoryType0Item,
        )

        d = dict(src_dict)

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_gpt_description_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpt_description_prompt = _parse_gpt_description_prompt(
            d.pop("gpt_description_prompt", UNSET)
        )

        def _parse_audio_prompt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_prompt_id = _parse_audio_prompt_id(d.pop("audio_prompt_id", UNSET))

        def _parse_history(data: object) -> list[ClipHistoryEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_type_0 = []
                _history_type_0 = data
                for history_type_0_item_data in _history_type_0:
                    history_type_0_item = ClipHistoryEntry.from_dict(
                        history_type_0_item_data
                    )

                    history_type_0.append(history_type_0_item)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClipHistoryEntry] | None | Unset, data)

        history = _parse_history(d.pop("history", UNSET))

        def _parse_concat_history(
            data: object,
        ) -> list[ClipMetadataConcatHistoryType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                concat_history_type_0 = []
                _concat_history_type_0 = data
                for concat_history_type_0_item_data in _concat_history_type_0:
                    concat_history_type_0_item = (
                        ClipMetadataConcatHistoryType0Item.from_dict(
                            concat_history_type_0_item_data
                        )
                    )

                    concat_history_type_0.append(concat_history_type_0_item)

                return concat_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClipMetadataConcatHistoryType0Item] | None | Unset, data)

        concat_history = _parse_concat_history(d.pop("concat_history", UNSET))

        def _parse_type_(data: object) -> ClipType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ClipType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_refund_credits(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refund_credits = _parse_refund_credits(d.pop("refund_credits", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_can_remix(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_remix = _parse_can_remix(d.pop("can_remix", UNSET))

        def _parse_is_remix(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_remix = _parse_is_remix(d.pop("is_remix", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_edited_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edited_clip_id = _parse_edited_clip_id(d.pop("edited_clip_id", UNSET))

        def _parse_infill(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        infill = _parse_infill(d.pop("infill", UNSET))

        def _parse_has_vocal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_vocal = _parse_has_vocal(d.pop("has_vocal", UNSET))

        def _parse_stem_from_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_from_id = _parse_stem_from_id(d.pop("stem_from_id", UNSET))

        def _parse_stem_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_task = _parse_stem_task(d.pop("stem_task", UNSET))

        def _parse_stem_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stem_type_id = _parse_stem_type_id(d.pop("stem_type_id", UNSET))

        def _parse_stem_type_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_type_group_name = _parse_stem_type_group_name(
            d.pop("stem_type_group_name", UNSET)
        )

        def _parse_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task = _parse_task(d.pop("task", UNSET))

        clip_metadata = cls(
            tags=tags,
            prompt=prompt,
            gpt_description_prompt=gpt_description_prompt,
            audio_prompt_id=audio_prompt_id,
            history=history,
            concat_history=concat_history,
            type_=type_,
            duration=duration,
            refund_credits=refund_credits,
            stream=stream,
            error_type=error_type,
            error_message=error_message,
            can_remix=can_remix,
            is_remix=is_remix,
            priority=priority,
            edited_clip_id=edited_clip_id,
            infill=infill,
            has_vocal=has_vocal,
            stem_from_id=stem_from_id,
            stem_task=stem_task,
            stem_type_id=stem_type_id,
            stem_type_group_name=stem_type_group_name,
            task=task,
        )

        clip_metadata.additional_properties = d
        return clip_metadata

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
