from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.producer_model import ProducerModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Generate one song from a sound prompt and/or lyrics. **Rule:** `sound_prompt` and `lyrics_text`
    cannot both be empty; the `if`/`else` below requires at least one of them to be a non-empty
    string (an empty string in the other one is allowed, as the vendor words it).

    """

    sound_prompt: str | Unset = UNSET
    """ Audio prompt (style, instruments, mood). `sound_prompt` and `lyrics_text` cannot both be empty. """
    lyrics_text: str | Unset = UNSET
    """ Lyrics. `sound_prompt` and `lyrics_text` cannot both be empty. """
    instrumental: bool | Unset = UNSET
    """ Generate pure music; when true, any lyrics are ignored. """
    mv: ProducerModel | Unset = UNSET
    """ The FUZZ model (`mv`). Default `FUZZ-2.0`. `FUZZ-2.0 Pro` and `Lyria 3 preview` are listed by
    the current pages only, not by the older ttapi.io reference.
     """
    title: str | Unset = UNSET
    """ Song title. """
    cover_art_url: str | Unset = UNSET
    """ URL of a cover image. """
    seed: str | Unset = UNSET
    """ Random seed, sent as a string (the vendor's type). """
    lyrics_strength: float | Unset = UNSET
    """ How strongly the lyrics steer the audio, 0 to 1. Default 0.5. """
    sound_strength: float | Unset = UNSET
    """ How strongly the sound prompt steers the audio, 0.2 to 1. Default 0.5. """
    weirdness: float | Unset = UNSET
    """ Style unusualness, 0 to 1. Default 0.5. """
    is_storage: bool | Unset = UNSET
    """ true stores the files on TTAPI's storage; false (default) returns the upstream (official) URLs. """
    hook_url: str | Unset = UNSET
    """ Callback URL. When set, TTAPI POSTs the job (the same JSON as the fetch response) to it when
    the job succeeds or fails. Signing, retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        sound_prompt = self.sound_prompt

        lyrics_text = self.lyrics_text

        instrumental = self.instrumental

        mv: str | Unset = UNSET
        if not isinstance(self.mv, Unset):
            mv = self.mv.value

        title = self.title

        cover_art_url = self.cover_art_url

        seed = self.seed

        lyrics_strength = self.lyrics_strength

        sound_strength = self.sound_strength

        weirdness = self.weirdness

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sound_prompt is not UNSET:
            field_dict["sound_prompt"] = sound_prompt
        if lyrics_text is not UNSET:
            field_dict["lyrics_text"] = lyrics_text
        if instrumental is not UNSET:
            field_dict["instrumental"] = instrumental
        if mv is not UNSET:
            field_dict["mv"] = mv
        if title is not UNSET:
            field_dict["title"] = title
        if cover_art_url is not UNSET:
            field_dict["cover_art_url"] = cover_art_url
        if seed is not UNSET:
            field_dict["seed"] = seed
        if lyrics_strength is not UNSET:
            field_dict["lyrics_strength"] = lyrics_strength
        if sound_strength is not UNSET:
            field_dict["sound_strength"] = sound_strength
        if weirdness is not UNSET:
            field_dict["weirdness"] = weirdness
        if is_storage is not UNSET:
            field_dict["is_storage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sound_prompt = d.pop("sound_prompt", UNSET)

        lyrics_text = d.pop("lyrics_text", UNSET)

        instrumental = d.pop("instrumental", UNSET)

        _mv = d.pop("mv", UNSET)
        mv: ProducerModel | Unset
        if isinstance(_mv, Unset):
            mv = UNSET
        else:
            mv = ProducerModel(_mv)

        title = d.pop("title", UNSET)

        cover_art_url = d.pop("cover_art_url", UNSET)

        seed = d.pop("seed", UNSET)

        lyrics_strength = d.pop("lyrics_strength", UNSET)

        sound_strength = d.pop("sound_strength", UNSET)

        weirdness = d.pop("weirdness", UNSET)

        is_storage = d.pop("is_storage", UNSET)

        hook_url = d.pop("hook_url", UNSET)

        generate_music_request = cls(
            sound_prompt=sound_prompt,
            lyrics_text=lyrics_text,
            instrumental=instrumental,
            mv=mv,
            title=title,
            cover_art_url=cover_art_url,
            seed=seed,
            lyrics_strength=lyrics_strength,
            sound_strength=sound_strength,
            weirdness=weirdness,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return generate_music_request
