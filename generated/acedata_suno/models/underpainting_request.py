from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.suno_model import SunoModel
from ..models.vocal_gender import VocalGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lyric_prompt import LyricPrompt


T = TypeVar("T", bound="UnderpaintingRequest")


@_attrs_define
class UnderpaintingRequest:
    """`action: underpainting` (Add Instrumental): an accompaniment under an uploaded vocals-only song, from
    `underpainting_start` (default 0) to `underpainting_end` (less than the song's length), styled by `style`.

    """

    audio_id: str
    """ The source song: a `data[].id` of an earlier result, or the `data.audio_id` of `upload_audio`
    for the `upload_*`, `underpainting`, `overpainting` and `samples` actions.
     """
    underpainting_end: float
    """ A time in the source song, in seconds. """
    action: Literal["underpainting"] = "underpainting"
    underpainting_start: float | Unset = UNSET
    """ A time in the source song, in seconds. """
    model: SunoModel | Unset = UNSET
    """ The Suno model. Omitted, the server uses `chirp-v4` (every source agrees). Limits differ per
    model: lyrics up to 3000 characters, style up to 200 and title up to 80 for `chirp-v3-5`,
    `chirp-v4` (and `chirp-v3-0`); 5000, 1000 and 100 from `chirp-v4-5` on.
     """
    prompt: str | Unset = UNSET
    """ Inspiration mode (`custom` false): what the song should be about. For `replace_section` the
    part of the lyrics to replace. At most 500 characters.
     """
    lyric: str | Unset = UNSET
    """ Custom mode (`custom: true`) lyrics, section tags such as `[Verse]` inside. At most 5000
    characters from `chirp-v4-5` on, 3000 for `chirp-v3-5` and `chirp-v4` (the server checks that).
     """
    custom: bool | Unset = UNSET
    """ true generates from `lyric`, `title` and `style` (custom mode); false (the default) from `prompt`. """
    instrumental: bool | Unset = UNSET
    """ true makes a song without vocals (the lyrics are ignored). Default false. """
    title: str | Unset = UNSET
    """ Song title (custom mode). At most 100 characters from chirp-v4-5 on, 80 before. """
    style: str | Unset = UNSET
    """ Music style (custom mode), e.g. "Synthwave, Electronic, Dreamy". At most 1000 characters from chirp-v4-5 on,
    200 before. """
    style_negative: str | Unset = UNSET
    """ Styles to avoid (custom mode). The guides and the Docs file call it `style_negative`; the
    platform spec and the skill `negative_tags`. Both names are accepted (see x-decision on
    GenerateRequest); send one.
     """
    negative_tags: str | Unset = UNSET
    """ Styles to avoid (custom mode). The guides and the Docs file call it `style_negative`; the
    platform spec and the skill `negative_tags`. Both names are accepted (see x-decision on
    GenerateRequest); send one.
     """
    vocal_gender: VocalGender | Unset = UNSET
    """ Preferred voice: `m` male, `f` female. chirp-v4-5 and later; a preference, not a guarantee. """
    weirdness: float | Unset = UNSET
    """ Suno's "Weirdness", 0 to 1 (custom mode). Higher is more experimental. """
    style_influence: float | Unset = UNSET
    """ Suno's "Style Influence", 0 to 1 (custom mode). Higher follows the style more closely. """
    audio_weight: float | Unset = UNSET
    """ Suno's "Audio Influence", 0 to 1. Higher relies more on the reference audio (covers). """
    lyric_prompt: LyricPrompt | Unset = UNSET
    """ A prompt from which the lyrics are written, used only with `custom: true` and no `lyric`. Its
    fields are not documented (both OpenAPI files type it `object`; the skill says "structured
    prompt payload"); no example exists.
     """
    persona_id: str | Unset = UNSET
    """ A `persona_id` from `create_persona` (or `create_voice`): sing in that singer's style. """
    duration: int | Unset = UNSET
    """ Target length in seconds, "typically between 10 and 360" (not a documented limit). Mainly for
    custom mode on newer models; unsupported combinations may ignore it or fail. The result's
    `duration` is the real length.
     """
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with `task_id` without a `callback_url`; poll
    `fetch_tasks`. With `callback_url` too, the result is also POSTed there.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        audio_id = self.audio_id

        underpainting_end = self.underpainting_end

        underpainting_start = self.underpainting_start

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        prompt = self.prompt

        lyric = self.lyric

        custom = self.custom

        instrumental = self.instrumental

        title = self.title

        style = self.style

        style_negative = self.style_negative

        negative_tags = self.negative_tags

        vocal_gender: str | Unset = UNSET
        if not isinstance(self.vocal_gender, Unset):
            vocal_gender = self.vocal_gender.value

        weirdness = self.weirdness

        style_influence = self.style_influence

        audio_weight = self.audio_weight

        lyric_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lyric_prompt, Unset):
            lyric_prompt = self.lyric_prompt.to_dict()

        persona_id = self.persona_id

        duration = self.duration

        callback_url = self.callback_url

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "audio_id": audio_id,
                "underpainting_end": underpainting_end,
            }
        )
        if underpainting_start is not UNSET:
            field_dict["underpainting_start"] = underpainting_start
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if custom is not UNSET:
            field_dict["custom"] = custom
        if instrumental is not UNSET:
            field_dict["instrumental"] = instrumental
        if title is not UNSET:
            field_dict["title"] = title
        if style is not UNSET:
            field_dict["style"] = style
        if style_negative is not UNSET:
            field_dict["style_negative"] = style_negative
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if weirdness is not UNSET:
            field_dict["weirdness"] = weirdness
        if style_influence is not UNSET:
            field_dict["style_influence"] = style_influence
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight
        if lyric_prompt is not UNSET:
            field_dict["lyric_prompt"] = lyric_prompt
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lyric_prompt import LyricPrompt

        d = dict(src_dict)
        action = cast(Literal["underpainting"], d.pop("action"))
        if action != "underpainting":
            raise ValueError(f"action must match const 'underpainting', got '{action}'")

        audio_id = d.pop("audio_id")

        underpainting_end = d.pop("underpainting_end")

        underpainting_start = d.pop("underpainting_start", UNSET)

        _model = d.pop("model", UNSET)
        model: SunoModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = SunoModel(_model)

        prompt = d.pop("prompt", UNSET)

        lyric = d.pop("lyric", UNSET)

        custom = d.pop("custom", UNSET)

        instrumental = d.pop("instrumental", UNSET)

        title = d.pop("title", UNSET)

        style = d.pop("style", UNSET)

        style_negative = d.pop("style_negative", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        _vocal_gender = d.pop("vocal_gender", UNSET)
        vocal_gender: VocalGender | Unset
        if isinstance(_vocal_gender, Unset):
            vocal_gender = UNSET
        else:
            vocal_gender = VocalGender(_vocal_gender)

        weirdness = d.pop("weirdness", UNSET)

        style_influence = d.pop("style_influence", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        _lyric_prompt = d.pop("lyric_prompt", UNSET)
        lyric_prompt: LyricPrompt | Unset
        if isinstance(_lyric_prompt, Unset):
            lyric_prompt = UNSET
        else:
            lyric_prompt = LyricPrompt.from_dict(_lyric_prompt)

        persona_id = d.pop("persona_id", UNSET)

        duration = d.pop("duration", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        underpainting_request = cls(
            action=action,
            audio_id=audio_id,
            underpainting_end=underpainting_end,
            underpainting_start=underpainting_start,
            model=model,
            prompt=prompt,
            lyric=lyric,
            custom=custom,
            instrumental=instrumental,
            title=title,
            style=style,
            style_negative=style_negative,
            negative_tags=negative_tags,
            vocal_gender=vocal_gender,
            weirdness=weirdness,
            style_influence=style_influence,
            audio_weight=audio_weight,
            lyric_prompt=lyric_prompt,
            persona_id=persona_id,
            duration=duration,
            callback_url=callback_url,
            async_=async_,
        )

        return underpainting_request
