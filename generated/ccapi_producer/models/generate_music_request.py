from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Generate music from a description. Fields as shown by the vendor's request example; the page
    shows no field table, so required flags, defaults and ranges are not documented.

    """

    prompt: str
    """ What the song should be, in words (the Generate Music body's `prompt`). """
    style: str | Unset = UNSET
    """ Comma-separated style tags, e.g. "pop, upbeat, summer" (the Generate Music body's `style`). """
    title: str | Unset = UNSET
    """ Song title. """
    make_instrumental: bool | Unset = UNSET
    """ Generate an instrumental (no vocals). """
    sound: str | Unset = UNSET
    """ The sound description (echoed as `sound` on every result clip; inferred). """
    lyrics: str | Unset = UNSET
    """ Lyrics to sing (echoed as `lyrics` on every result clip; inferred). """
    mv: str | Unset = UNSET
    """ The Producer model, e.g. `FUZZ-2.0` (echoed as `mv` on every result clip; inferred). """
    wait_audio: bool | Unset = UNSET
    """ Shown (as `false`) in the vendor's example without explanation. The submit answer is a
    task id either way; poll `fetch_task` for the result.
     """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        style = self.style

        title = self.title

        make_instrumental = self.make_instrumental

        sound = self.sound

        lyrics = self.lyrics

        mv = self.mv

        wait_audio = self.wait_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if title is not UNSET:
            field_dict["title"] = title
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if sound is not UNSET:
            field_dict["sound"] = sound
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if mv is not UNSET:
            field_dict["mv"] = mv
        if wait_audio is not UNSET:
            field_dict["wait_audio"] = wait_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        style = d.pop("style", UNSET)

        title = d.pop("title", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        sound = d.pop("sound", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        mv = d.pop("mv", UNSET)

        wait_audio = d.pop("wait_audio", UNSET)

        generate_music_request = cls(
            prompt=prompt,
            style=style,
            title=title,
            make_instrumental=make_instrumental,
            sound=sound,
            lyrics=lyrics,
            mv=mv,
            wait_audio=wait_audio,
        )

        return generate_music_request
