from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.suno_model import SunoModel
from ..models.vocal_gender import VocalGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Two songs from an inspiration prompt or from your lyrics (one request always makes two).
    **Rules:** with `custom: false`, `gpt_description_prompt` must be a non-empty string; with
    `custom: true` and `instrumental: false`, `prompt` (the lyrics) must be. `generateVideo`, which
    docs-zh marks as abandoned (废弃), is not accepted.

    """

    custom: bool
    """ Custom mode. `true`: the song is sung from your lyrics (`prompt`), styled by `tags` and
    titled by `title`; `false` (inspiration mode): TTAPI writes the lyrics from
    `gpt_description_prompt`.
     """
    instrumental: bool
    """ Instrumental only (no vocals). In custom mode any lyrics are then ignored. """
    mv: SunoModel
    """ The Suno model (`mv`). The current pages list these eight values and default to `chirp-v5`.
     """
    gpt_description_prompt: str | Unset = UNSET
    """ Inspiration-mode prompt: what the song should be; TTAPI writes the lyrics from it. Required
    when `custom` is false.
     """
    prompt: str | Unset = UNSET
    """ Lyrics (custom mode). Required in custom mode unless `instrumental` is true. """
    title: str | Unset = UNSET
    """ Song title (custom mode). At most 80 characters. """
    tags: str | Unset = UNSET
    """ Style or genre (custom mode), e.g. "rock, blues, hip-hop, r&b". """
    negative_tags: str | Unset = UNSET
    """ Styles to keep out of the song (custom mode). """
    style_weight: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    weirdness_constraint: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    audio_weight: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    auto_lyrics: bool | Unset = UNSET
    """ Custom mode only. `true`: TTAPI rewrites the given lyrics creatively (as inspiration mode
    does); `false`: the lyrics are sung as given.
     """
    vocal_gender: VocalGender | Unset = UNSET
    """ Voice gender. """
    persona_id: str | Unset = UNSET
    """ A persona (singer style) id from `create_persona`; custom mode. """
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
        custom = self.custom

        instrumental = self.instrumental

        mv = self.mv.value

        gpt_description_prompt = self.gpt_description_prompt

        prompt = self.prompt

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        style_weight = self.style_weight

        weirdness_constraint = self.weirdness_constraint

        audio_weight = self.audio_weight

        auto_lyrics = self.auto_lyrics

        vocal_gender: str | Unset = UNSET
        if not isinstance(self.vocal_gender, Unset):
            vocal_gender = self.vocal_gender.value

        persona_id = self.persona_id

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "custom": custom,
                "instrumental": instrumental,
                "mv": mv,
            }
        )
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight
        if auto_lyrics is not UNSET:
            field_dict["auto_lyrics"] = auto_lyrics
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if is_storage is not UNSET:
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom = d.pop("custom")

        instrumental = d.pop("instrumental")

        mv = SunoModel(d.pop("mv"))

        gpt_description_prompt = d.pop("gpt_description_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        style_weight = d.pop("style_weight", UNSET)

        weirdness_constraint = d.pop("weirdness_constraint", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        auto_lyrics = d.pop("auto_lyrics", UNSET)

        _vocal_gender = d.pop("vocal_gender", UNSET)
        vocal_gender: VocalGender | Unset
        if isinstance(_vocal_gender, Unset):
            vocal_gender = UNSET
        else:
            vocal_gender = VocalGender(_vocal_gender)

        persona_id = d.pop("persona_id", UNSET)

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        generate_music_request = cls(
            custom=custom,
            instrumental=instrumental,
            mv=mv,
            gpt_description_prompt=gpt_description_prompt,
            prompt=prompt,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            audio_weight=audio_weight,
            auto_lyrics=auto_lyrics,
            vocal_gender=vocal_gender,
            persona_id=persona_id,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return generate_music_request
