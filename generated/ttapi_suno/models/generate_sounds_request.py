from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sound_key import SoundKey
from ..models.sound_type import SoundType
from ..models.sounds_model import SoundsModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateSoundsRequest")


@_attrs_define
class GenerateSoundsRequest:
    """A sound effect or loop from a description."""

    sound: str
    """ The sound you want. """
    mv: SoundsModel
    """ Only `chirp-v5` is supported for sounds. """
    type_: SoundType
    """ `one-shot` (a single hit) or `loop`. """
    bpm: int | Unset = UNSET
    """ Beats per minute, 1 to 300. """
    key: SoundKey | Unset = UNSET
    """ The key, as the page lists it (the list has no E, Em or E-sharp entries). """
    is_storage: bool | Unset = UNSET
    """ `true`: TTAPI stores the files and returns its CDN URLs; `false`: the upstream (official)
    URLs are returned.
     """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        sound = self.sound

        mv = self.mv.value

        type_ = self.type_.value

        bpm = self.bpm

        key: str | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.value

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sound": sound,
                "mv": mv,
                "type": type_,
            }
        )
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if key is not UNSET:
            field_dict["key"] = key
        if is_storage is not UNSET:
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sound = d.pop("sound")

        mv = SoundsModel(d.pop("mv"))

        type_ = SoundType(d.pop("type"))

        bpm = d.pop("bpm", UNSET)

        _key = d.pop("key", UNSET)
        key: SoundKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = SoundKey(_key)

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        generate_sounds_request = cls(
            sound=sound,
            mv=mv,
            type_=type_,
            bpm=bpm,
            key=key,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return generate_sounds_request
