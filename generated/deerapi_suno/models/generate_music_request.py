from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.music_task import MusicTask
from ..models.stem_task import StemTask
from ..models.stem_type_group_name import StemTypeGroupName
from ..models.suno_model import SunoModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_metadata import AdvancedMetadata


T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Body of `POST /suno/submit/music` at DeerAPI: the relay format's fields with DeerAPI's `mv`
    spelling. Everything is optional. Rule (also as `if`/`then`): `continue_clip_id` needs
    `task_id`. Scenarios: inspiration (`gpt_description_prompt`), custom (`prompt`, `title`,
    `tags`), instrumental (`make_instrumental`); `extend` then `concat_song`; `infill`
    (`infill_start_s`/`infill_end_s`) then `concat_song` with `is_infill: true`; stem separation
    (`task: gen_stem`, `mv: chirp-auk`, `continue_clip_id`, `stem_type_id: 91`, and
    `stem_type_group_name: Twelve` + `stem_task: twelve` for the full track or `Two` + `two` for
    vocals/instrumental; 5 times the base price, works across accounts); music with a persona
    (`persona_id` from `create_persona`).

    """

    prompt: str | Unset = UNSET
    """ Lyrics (custom mode, extend, cover, infill). In custom mode an empty string asks for an
    instrumental.
     """
    gpt_description_prompt: str | Unset = UNSET
    """ Inspiration mode: a description of the song instead of lyrics. When set, the origin server
    sends an empty `prompt` upstream and drops `title`, `tags` and the `continue_*` fields.
     """
    mv: SunoModel | Unset = UNSET
    """ The Suno model (`mv`) as DeerAPI spells it: `chirp-v3.0`, `chirp-v3.5` (with dots), `chirp-v4`,
    `chirp-auk` (v4.5, also stem separation), `chirp-bluejay` (v4.5+), `chirp-crow` (v5),
    `chirp-fenix` (v5.5, DeerAPI's version guide).
     """
    title: str | Unset = UNSET
    """ Song title (custom mode). """
    tags: str | Unset = UNSET
    """ Style, comma-separated (custom mode), e.g. `emotional punk`. """
    negative_tags: str | Unset = UNSET
    """ Styles to avoid. """
    make_instrumental: bool | Unset = UNSET
    """ Generate without vocals. The origin server always sends it (false when omitted). """
    task: MusicTask | Unset = UNSET
    """ What `POST /suno/submit/music` does. Absent, `""` or `generate`: a plain generation.
    `extend` continues a generated clip (then `concat_song` with `is_infill: false`);
    `upload_extend` continues an uploaded clip; `cover` restyles `cover_clip_id`; `infill`
    replaces `infill_start_s`..`infill_end_s` (then `concat_song` with `is_infill: true`);
    `gen_stem` separates `continue_clip_id` into stems (`stem_type_group_name` Two or Twelve, mv
    `chirp-auk`); `artist_consistency` sings with a persona (`persona_id`, `artist_clip_id`);
    `overpainting` adds vocals over a range of `overpainting_clip_id` (mv `chirp-bluejay`).
     """
    task_id: str | Unset = UNSET
    """ The id of the task that produced `continue_clip_id` (or of the upload). Required whenever
    `continue_clip_id` is set (see the body's rule). `""` means none.
     """
    continue_clip_id: None | str | Unset = UNSET
    """ The source clip: the clip to extend (`extend`, `upload_extend`), to separate (`gen_stem`) or to
    edit (`infill`). `null` or `""` means none. A non-empty value needs `task_id` (the task that
    produced the clip), except for `upload_extend` and `gen_stem` at relays that document them
    without one; new-api answers 400 `task id is empty` otherwise.
     """
    continue_at: float | None | Unset = UNSET
    """ Second of the source clip at which to continue. Documented as a float by DeerAPI and as an
    integer by others; examples send 80, 10, 120, and `null` for stem separation.
     """
    continued_aligned_prompt: None | str | Unset = UNSET
    """ Sent as `null` in the stems and infill examples; its meaning is not documented. """
    generation_type: str | Unset = UNSET
    """ Generation type; every documented example sends `TEXT`. Other values are not documented. """
    notify_hook: str | Unset = UNSET
    """ Callback URL. The relay is said to POST to it when the task ends, but no source documents the
    body, signing or retries, and open-source new-api does not implement Suno callbacks: poll
    `fetch_task` and treat the callback as a hint.
     """
    cover_clip_id: str | Unset = UNSET
    """ `task: cover`: the clip (generated or uploaded) to restyle (other relays; not on DeerAPI's pages). """
    infill_start_s: float | None | Unset = UNSET
    """ `task: infill`: start of the section to replace, in seconds (DeerAPI guide, section 3). """
    infill_end_s: float | None | Unset = UNSET
    """ `task: infill`: end of the section to replace, in seconds (DeerAPI guide, section 3). """
    stem_type_id: int | Unset = UNSET
    """ Stem type; `91` in every stems example. """
    stem_type_group_name: StemTypeGroupName | Unset = UNSET
    """ `Two` splits into vocals and instrumental (DeerAPI's "single-track" separation); `Twelve`
    splits the full track into up to twelve stems (DeerAPI's "full-track" separation).
     """
    stem_task: StemTask | Unset = UNSET
    """ Lower-case twin of `stem_type_group_name` (`two` with `Two`, `twelve` with `Twelve`). """
    persona_id: str | Unset = UNSET
    """ The persona to sing with (`id` returned by `create_persona`), for `task: artist_consistency`. """
    artist_clip_id: str | Unset = UNSET
    """ `task: artist_consistency`: the persona's source clip. """
    vocal_gender: str | Unset = UNSET
    """ Optional vocal gender for `artist_consistency`; the values are not documented. """
    overpainting_clip_id: str | Unset = UNSET
    """ `task: overpainting`: the clip to add vocals to (other relays; not on DeerAPI's pages). """
    overpainting_start_s: float | None | Unset = UNSET
    """ `task: overpainting`: start of the range, in seconds. """
    overpainting_end_s: float | None | Unset = UNSET
    """ `task: overpainting`: end of the range, in seconds. """
    override_fields: list[str] | Unset = UNSET
    """ `task: overpainting`: which fields of the source clip to override. """
    metadata: AdvancedMetadata | Unset = UNSET
    """ "Advanced controls". Documented only by a summary of the gpt-best pages (a secondary source);
    the slider values are between 0 and 1.
     """
    instrumental: bool | Unset = UNSET
    """ Forwarded by current new-api as is (`dto.SunoSubmitReq.Instrumental`, always sent, `false`
    when unset); the instrumental switch of sunoapi.org-style upstreams. `make_instrumental` is
    the relay format's own switch.
     """
    model: str | Unset = UNSET
    """ Forwarded by current new-api as is (`Model`, omitempty); the model name of sunoapi.org-style upstreams (e.g.
    `V4_5`). The relay format's model is `mv`. """
    call_back_url: str | Unset = UNSET
    """ Forwarded by current new-api as is (`CallBackUrl`, always sent, `""` when unset): the callback
    field of sunoapi.org-style upstreams. new-api itself sends no callback; songspec's webhook uses
    `notify_hook`.
     """
    custom_mode: bool | Unset = UNSET
    """ Forwarded by current new-api as is (`CustomMode`, always sent, `false` when unset); sunoapi.org-style
    custom-mode switch. """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        gpt_description_prompt = self.gpt_description_prompt

        mv: str | Unset = UNSET
        if not isinstance(self.mv, Unset):
            mv = self.mv.value

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        make_instrumental = self.make_instrumental

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.value

        task_id = self.task_id

        continue_clip_id: None | str | Unset
        if isinstance(self.continue_clip_id, Unset):
            continue_clip_id = UNSET
        else:
            continue_clip_id = self.continue_clip_id

        continue_at: float | None | Unset
        if isinstance(self.continue_at, Unset):
            continue_at = UNSET
        else:
            continue_at = self.continue_at

        continued_aligned_prompt: None | str | Unset
        if isinstance(self.continued_aligned_prompt, Unset):
            continued_aligned_prompt = UNSET
        else:
            continued_aligned_prompt = self.continued_aligned_prompt

        generation_type = self.generation_type

        notify_hook = self.notify_hook

        cover_clip_id = self.cover_clip_id

        infill_start_s: float | None | Unset
        if isinstance(self.infill_start_s, Unset):
            infill_start_s = UNSET
        else:
            infill_start_s = self.infill_start_s

        infill_end_s: float | None | Unset
        if isinstance(self.infill_end_s, Unset):
            infill_end_s = UNSET
        else:
            infill_end_s = self.infill_end_s

        stem_type_id = self.stem_type_id

        stem_type_group_name: str | Unset = UNSET
        if not isinstance(self.stem_type_group_name, Unset):
            stem_type_group_name = self.stem_type_group_name.value

        stem_task: str | Unset = UNSET
        if not isinstance(self.stem_task, Unset):
            stem_task = self.stem_task.value

        persona_id = self.persona_id

        artist_clip_id = self.artist_clip_id

        vocal_gender = self.vocal_gender

        overpainting_clip_id = self.overpainting_clip_id

        overpainting_start_s: float | None | Unset
        if isinstance(self.overpainting_start_s, Unset):
            overpainting_start_s = UNSET
        else:
            overpainting_start_s = self.overpainting_start_s

        overpainting_end_s: float | None | Unset
        if isinstance(self.overpainting_end_s, Unset):
            overpainting_end_s = UNSET
        else:
            overpainting_end_s = self.overpainting_end_s

        override_fields: list[str] | Unset = UNSET
        if not isinstance(self.override_fields, Unset):
            override_fields = self.override_fields

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        instrumental = self.instrumental

        model = self.model

        call_back_url = self.call_back_url

        custom_mode = self.custom_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if mv is not UNSET:
            field_dict["mv"] = mv
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if task is not UNSET:
            field_dict["task"] = task
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if continue_clip_id is not UNSET:
            field_dict["continue_clip_id"] = continue_clip_id
        if continue_at is not UNSET:
            field_dict["continue_at"] = continue_at
        if continued_aligned_prompt is not UNSET:
            field_dict["continued_aligned_prompt"] = continued_aligned_prompt
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook
        if cover_clip_id is not UNSET:
            field_dict["cover_clip_id"] = cover_clip_id
        if infill_start_s is not UNSET:
            field_dict["infill_start_s"] = infill_start_s
        if infill_end_s is not UNSET:
            field_dict["infill_end_s"] = infill_end_s
        if stem_type_id is not UNSET:
            field_dict["stem_type_id"] = stem_type_id
        if stem_type_group_name is not UNSET:
            field_dict["stem_type_group_name"] = stem_type_group_name
        if stem_task is not UNSET:
            field_dict["stem_task"] = stem_task
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if artist_clip_id is not UNSET:
            field_dict["artist_clip_id"] = artist_clip_id
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if overpainting_clip_id is not UNSET:
            field_dict["overpainting_clip_id"] = overpainting_clip_id
        if overpainting_start_s is not UNSET:
            field_dict["overpainting_start_s"] = overpainting_start_s
        if overpainting_end_s is not UNSET:
            field_dict["overpainting_end_s"] = overpainting_end_s
        if override_fields is not UNSET:
            field_dict["override_fields"] = override_fields
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if instrumental is not UNSET:
            field_dict["instrumental"] = instrumental
        if model is not UNSET:
            field_dict["model"] = model
        if call_back_url is not UNSET:
            field_dict["callBackUrl"] = call_back_url
        if custom_mode is not UNSET:
            field_dict["customMode"] = custom_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_metadata import AdvancedMetadata

        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        gpt_description_prompt = d.pop("gpt_description_prompt", UNSET)

        _mv = d.pop("mv", UNSET)
        mv: SunoModel | Unset
        if isinstance(_mv, Unset):
            mv = UNSET
        else:
            mv = SunoModel(_mv)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        _task = d.pop("task", UNSET)
        task: MusicTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = MusicTask(_task)

        task_id = d.pop("task_id", UNSET)

        def _parse_continue_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continue_clip_id = _parse_continue_clip_id(d.pop("continue_clip_id", UNSET))

        def _parse_continue_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        continue_at = _parse_continue_at(d.pop("continue_at", UNSET))

        def _parse_continued_aligned_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continued_aligned_prompt = _parse_continued_aligned_prompt(
            d.pop("continued_aligned_prompt", UNSET)
        )

        generation_type = d.pop("generation_type", UNSET)

        notify_hook = d.pop("notify_hook", UNSET)

        cover_clip_id = d.pop("cover_clip_id", UNSET)

        def _parse_infill_start_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        infill_start_s = _parse_infill_start_s(d.pop("infill_start_s", UNSET))

        def _parse_infill_end_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        infill_end_s = _parse_infill_end_s(d.pop("infill_end_s", UNSET))

        stem_type_id = d.pop("stem_type_id", UNSET)

        _stem_type_group_name = d.pop("stem_type_group_name", UNSET)
        stem_type_group_name: StemTypeGroupName | Unset
        if isinstance(_stem_type_group_name, Unset):
            stem_type_group_name = UNSET
        else:
            stem_type_group_name = StemTypeGroupName(_stem_type_group_name)

        _stem_task = d.pop("stem_task", UNSET)
        stem_task: StemTask | Unset
        if isinstance(_stem_task, Unset):
            stem_task = UNSET
        else:
            stem_task = StemTask(_stem_task)

        persona_id = d.pop("persona_id", UNSET)

        artist_clip_id = d.pop("artist_clip_id", UNSET)

        vocal_gender = d.pop("vocal_gender", UNSET)

        overpainting_clip_id = d.pop("overpainting_clip_id", UNSET)

        def _parse_overpainting_start_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overpainting_start_s = _parse_overpainting_start_s(
            d.pop("overpainting_start_s", UNSET)
        )

        def _parse_overpainting_end_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overpainting_end_s = _parse_overpainting_end_s(
            d.pop("overpainting_end_s", UNSET)
        )

        override_fields = cast(list[str], d.pop("override_fields", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: AdvancedMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AdvancedMetadata.from_dict(_metadata)

        instrumental = d.pop("instrumental", UNSET)

        model = d.pop("model", UNSET)

        call_back_url = d.pop("callBackUrl", UNSET)

        custom_mode = d.pop("customMode", UNSET)

        generate_music_request = cls(
            prompt=prompt,
            gpt_description_prompt=gpt_description_prompt,
            mv=mv,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            make_instrumental=make_instrumental,
            task=task,
            task_id=task_id,
            continue_clip_id=continue_clip_id,
            continue_at=continue_at,
            continued_aligned_prompt=continued_aligned_prompt,
            generation_type=generation_type,
            notify_hook=notify_hook,
            cover_clip_id=cover_clip_id,
            infill_start_s=infill_start_s,
            infill_end_s=infill_end_s,
            stem_type_id=stem_type_id,
            stem_type_group_name=stem_type_group_name,
            stem_task=stem_task,
            persona_id=persona_id,
            artist_clip_id=artist_clip_id,
            vocal_gender=vocal_gender,
            overpainting_clip_id=overpainting_clip_id,
            overpainting_start_s=overpainting_start_s,
            overpainting_end_s=overpainting_end_s,
            override_fields=override_fields,
            metadata=metadata,
            instrumental=instrumental,
            model=model,
            call_back_url=call_back_url,
            custom_mode=custom_mode,
        )

        return generate_music_request
