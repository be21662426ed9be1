from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_status import ClipStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip_metadata import ClipMetadata
    from ..models.clip_reaction_type_0 import ClipReactionType0


T = TypeVar("T", bound="Clip")


@_attrs_define
class Clip:
    """A Suno clip (one song, or one stem). `audio_url` is empty while submitted or queued, a live
    stream (`https://audiopipe.suno.ai/?item_id=<id>`) while streaming and
    `https://cdn1.suno.ai/<id>.mp3` when complete; `video_url` is empty until complete. Nothing is
    required: a documentation placeholder (`{"more": "..."}`) parses too, and unknown fields are kept.

    """

    id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: ClipStatus | None | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    image_large_url: None | str | Unset = UNSET
    is_video_pending: bool | None | Unset = UNSET
    major_model_version: None | str | Unset = UNSET
    """ e.g. `v3`, `v4`; empty on stems. """
    model_name: None | str | Unset = UNSET
    """ e.g. `chirp-v3`; `chirp-stem` for stems. """
    text: None | str | Unset = UNSET
    metadata: ClipMetadata | None | Unset = UNSET
    entity_type: None | str | Unset = UNSET
    """ `song_schema` on newer Suno answers. """
    is_liked: bool | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ Stripped by some relays (one-hub). """
    display_name: None | str | Unset = UNSET
    handle: None | str | Unset = UNSET
    is_handle_updated: bool | None | Unset = UNSET
    avatar_image_url: None | str | Unset = UNSET
    is_trashed: bool | None | Unset = UNSET
    reaction: ClipReactionType0 | None | Unset = UNSET
    flag_count: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ ISO-8601 time. """
    play_count: int | None | Unset = UNSET
    upvote_count: int | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    allow_comments: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clip_metadata import ClipMetadata
        from ..models.clip_reaction_type_0 import ClipReactionType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ClipStatus):
            status = self.status.value
        else:
            status = self.status

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_large_url: None | str | Unset
        if isinstance(self.image_large_url, Unset):
            image_large_url = UNSET
        else:
            image_large_url = self.image_large_url

        is_video_pending: bool | None | Unset
        if isinstance(self.is_video_pending, Unset):
            is_video_pending = UNSET
        else:
            is_video_pending = self.is_video_pending

        major_model_version: None | str | Unset
        if isinstance(self.major_model_version, Unset):
            major_model_version = UNSET
        else:
            major_model_version = self.major_model_version

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ClipMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = self.entity_type

        is_liked: bool | None | Unset
        if isinstance(self.is_liked, Unset):
            is_liked = UNSET
        else:
            is_liked = self.is_liked

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        is_handle_updated: bool | None | Unset
        if isinstance(self.is_handle_updated, Unset):
            is_handle_updated = UNSET
        else:
            is_handle_updated = self.is_handle_updated

        avatar_image_url: None | str | Unset
        if isinstance(self.avatar_image_url, Unset):
            avatar_image_url = UNSET
        else:
            avatar_image_url = self.avatar_image_url

        is_trashed: bool | None | Unset
        if isinstance(self.is_trashed, Unset):
            is_trashed = UNSET
        else:
            is_trashed = self.is_trashed

        reaction: dict[str, Any] | None | Unset
        if isinstance(self.reaction, Unset):
            reaction = UNSET
        elif isinstance(self.reaction, ClipReactionType0):
            reaction = self.reaction.to_dict()
        else:
            reaction = self.reaction

        flag_count: int | None | Unset
        if isinstance(self.flag_count, Unset):
            flag_count = UNSET
        else:
            flag_count = self.flag_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        play_count: int | None | Unset
        if isinstance(self.play_count, Unset):
            play_count = UNSET
        else:
            play_count = self.play_count

        upvote_count: int | None | Unset
        if isinstance(self.upvote_count, Unset):
            upvote_count = UNSET
        else:
            upvote_count = self.upvote_count

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        allow_comments: bool | None | Unset
        if isinstance(self.allow_comments, Unset):
            allow_comments = UNSET
        else:
            allow_comments = self.allow_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_large_url is not UNSET:
            field_dict["image_large_url"] = image_large_url
        if is_video_pending is not UNSET:
            field_dict["is_video_pending"] = is_video_pending
        if major_model_version is not UNSET:
            field_dict["major_model_version"] = major_model_version
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if text is not UNSET:
            field_dict["text"] = text
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if is_liked is not UNSET:
            field_dict["is_liked"] = is_liked
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if handle is not UNSET:
            field_dict["handle"] = handle
        if is_handle_updated is not UNSET:
            field_dict["is_handle_updated"] = is_handle_updated
        if avatar_image_url is not UNSET:
            field_dict["avatar_image_url"] = avatar_image_url
        if is_trashed is not UNSET:
            field_dict["is_trashed"] = is_trashed
        if reaction is not UNSET:
            field_dict["reaction"] = reaction
        if flag_count is not UNSET:
            field_dict["flag_count"] = flag_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if play_count is not UNSET:
            field_dict["play_count"] = play_count
        if upvote_count is not UNSET:
            field_dict["upvote_count"] = upvote_count
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if allow_comments is not UNSET:
            field_dict["allow_comments"] = allow_comments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clip_metadata import ClipMetadata
        from ..models.clip_reaction_type_0 import ClipReactionType0

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_status(data: object) -> ClipStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ClipStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_image_large_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_large_url = _parse_image_large_url(d.pop("image_large_url", UNSET))

        def _parse_is_video_pending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_video_pending = _parse_is_video_pending(d.pop("is_video_pending", UNSET))

        def _parse_major_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        major_model_version = _parse_major_model_version(
            d.pop("major_model_version", UNSET)
        )

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_metadata(data: object) -> ClipMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ClipMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_entity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_type = _parse_entity_type(d.pop("entity_type", UNSET))

        def _parse_is_liked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_liked = _parse_is_liked(d.pop("is_liked", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handle = _parse_handle(d.pop("handle", UNSET))

        def _parse_is_handle_updated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_handle_updated = _parse_is_handle_updated(d.pop("is_handle_updated", UNSET))

        def _parse_avatar_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_image_url = _parse_avatar_image_url(d.pop("avatar_image_url", UNSET))

        def _parse_is_trashed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_trashed = _parse_is_trashed(d.pop("is_trashed", UNSET))

        def _parse_reaction(data: object) -> ClipReactionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reaction_type_0 = ClipReactionType0.from_dict(data)

                return reaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipReactionType0 | None | Unset, data)

        reaction = _parse_reaction(d.pop("reaction", UNSET))

        def _parse_flag_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flag_count = _parse_flag_count(d.pop("flag_count", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_play_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        play_count = _parse_play_count(d.pop("play_count", UNSET))

        def _parse_upvote_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        upvote_count = _parse_upvote_count(d.pop("upvote_count", UNSET))

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        def _parse_allow_comments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_comments = _parse_allow_comments(d.pop("allow_comments", UNSET))

        clip = cls(
            id=id,
            title=title,
            status=status,
            audio_url=audio_url,
            video_url=video_url,
            image_url=image_url,
            image_large_url=image_large_url,
            is_video_pending=is_video_pending,
            major_model_version=major_model_version,
            model_name=model_name,
            text=text,
            metadata=metadata,
            entity_type=entity_type,
            is_liked=is_liked,
            user_id=user_id,
            display_name=display_name,
            handle=handle,
            is_handle_updated=is_handle_updated,
            avatar_image_url=avatar_image_url,
            is_trashed=is_trashed,
            reaction=reaction,
            flag_count=flag_count,
            created_at=created_at,
            play_count=play_count,
            upvote_count=upvote_count,
            is_public=is_public,
            allow_comments=allow_comments,
        )

        clip.additional_properties = d
        return clip

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
