from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Body of `POST /suno/submit/MUSIC`. **Inferred**: CCAPI's "Generate Music" page was not
    captured. These are the fields of new-api's Suno submit struct (`dto.SunoSubmitReq`), which
    new-api parses the body into and re-marshals before forwarding it, so other fields never reach
    the upstream. Inspiration mode: `gpt_description_prompt` alone. Custom mode: the lyrics in
    `prompt`, the style in `tags`, and a `title`. Rule (also as `if`/`then`): a non-empty
    `continue_clip_id` needs a non-empty `task_id` (new-api answers 400 `task id is empty`).
    Nothing is required: new-api sets `mv` to `chirp-v3-0` when it is empty.

    """

    gpt_description_prompt: str | Unset = UNSET
    """ Inspiration mode, a description of the song (instead of lyrics). """
    prompt: str | Unset = UNSET
    """ Custom mode, the lyrics (also the lyrics of an extension). """
    mv: str | Unset = UNSET
    """ The Suno model, e.g. `chirp-v3-5`. new-api sends `chirp-v3-0` when it is empty or absent.
    Which models CCAPI accepts is not documented, so no list is enforced here.
     """
    title: str | Unset = UNSET
    """ Custom mode, the song title. """
    tags: str | Unset = UNSET
    """ Custom mode, the style, comma-separated (e.g. `jazz, smooth`). """
    make_instrumental: bool | Unset = UNSET
    """ Without vocals. new-api always forwards it (`false` when unset). """
    continue_clip_id: None | str | Unset = UNSET
    """ The clip to continue (extension); needs `task_id`. `""` or `null` means none. """
    continue_at: float | Unset = UNSET
    """ Second of `continue_clip_id` at which to continue (a float in new-api's struct). """
    task_id: str | Unset = UNSET
    """ The task that produced `continue_clip_id`. `""` means none. """
    instrumental: bool | Unset = UNSET
    """ Forwarded by new-api as is (always sent, `false` when unset). """
    model: str | Unset = UNSET
    """ Forwarded by new-api as is (omitted when empty); the model name of some upstreams. """
    call_back_url: str | Unset = UNSET
    """ Forwarded by new-api as is (always sent, `""` when unset) to the upstream. new-api sends no
    callback itself and CCAPI documents none: poll the fetch operations.
     """
    custom_mode: bool | Unset = UNSET
    """ Forwarded by new-api as is (always sent, `false` when unset). """

    def to_dict(self) -> dict[str, Any]:
        gpt_description_prompt = self.gpt_description_prompt

        prompt = self.prompt

        mv = self.mv

        title = self.title

        tags = self.tags

        make_instrumental = self.make_instrumental

        continue_clip_id: None | str | Unset
        if isinstance(self.continue_clip_id, Unset):
            continue_clip_id = UNSET
        else:
            continue_clip_id = self.continue_clip_id

        continue_at = self.continue_at

        task_id = self.task_id

        instrumental = self.instrumental

        model = self.model

        call_back_url = self.call_back_url

        custom_mode = self.custom_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mv is not UNSET:
            field_dict["mv"] = mv
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if continue_clip_id is not UNSET:
            field_dict["continue_clip_id"] = continue_clip_id
        if continue_at is not UNSET:
            field_dict["continue_at"] = continue_at
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
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
        d = dict(src_dict)
        gpt_description_prompt = d.pop("gpt_description_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        mv = d.pop("mv", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        def _parse_continue_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continue_clip_id = _parse_continue_clip_id(d.pop("continue_clip_id", UNSET))

        continue_at = d.pop("continue_at", UNSET)

        task_id = d.pop("task_id", UNSET)

        instrumental = d.pop("instrumental", UNSET)

        model = d.pop("model", UNSET)

        call_back_url = d.pop("callBackUrl", UNSET)

        custom_mode = d.pop("customMode", UNSET)

        generate_music_request = cls(
            gpt_description_prompt=gpt_description_prompt,
            prompt=prompt,
            mv=mv,
            title=title,
            tags=tags,
            make_instrumental=make_instrumental,
            continue_clip_id=continue_clip_id,
            continue_at=continue_at,
            task_id=task_id,
            instrumental=instrumental,
            model=model,
            call_back_url=call_back_url,
            custom_mode=custom_mode,
        )

        return generate_music_request
