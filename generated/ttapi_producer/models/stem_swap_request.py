from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.producer_model import ProducerModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="StemSwapRequest")


@_attrs_define
class StemSwapRequest:
    """Swap the vocals (`/vocals-swap`) or the accompaniment (`/instrumentals-swap`) of a finished
    song, keeping the other part. Both endpoints document the same body; note the different
    defaults (0.7 for both strengths, `cover_strength` 1). `sound_prompt` and `lyrics_text` cannot
    both be empty.

    """

    music_id: str
    """ The parent song's `musicId` (from `data.musics[].musicId` of a finished job). """
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
    lyrics_strength: float | Unset = 0.7
    """ How strongly the lyrics steer the audio, 0 to 1. Default 0.7 on the swap endpoints. """
    sound_strength: float | Unset = 0.7
    """ How strongly the sound prompt steers the audio, 0.2 to 1. Default 0.7 on the swap endpoints. """
    cover_strength: float | Unset = 1.0
    """ How closely the kept part follows the original, 0.2 to 1. Default 1. """
    weirdness: float | Unset = UNSET
    """ Style unusualness, 0 to 1. Default 0.5. """
    is_storage: bool | Unset = UNSET
    """ true stores the files on TTAPI's storage; false (default) returns the upstream (official) URLs. """
    hook_url: str | Unset = UNSET
    """ Callback URL. When set, TTAPI POSTs the job (the same JSON as the fetch response) to it when
    the job succeeds or fails. Signing, retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

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

        cover_strength = self.cover_strength

        weirdness = self.weirdness

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )
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
        if cover_strength is not UNSET:
            field_dict["cover_strength"] = cover_strength
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
        music_id = d.pop("music_id")

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

        cover_strength = d.pop("cover_strength", UNSET)

        weirdness = d.pop("weirdness", UNSET)

        is_storage = d.pop("is_storage", UNSET)

        hook_url = d.pop("hook_url", UNSET)

        stem_swap_request = cls(
            music_id=music_id,
            sound_prompt=sound_prompt,
            lyrics_text=lyrics_text,
            instrumental=instrumental,
            mv=mv,
            title=title,
            cover_art_url=cover_art_url,
            seed=seed,
            lyrics_strength=lyrics_strength,
            sound_strength=sound_strength,
            cover_strength=cover_strength,
            weirdness=weirdness,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return stem_swap_request
