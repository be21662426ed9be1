from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_music_request import GenerateMusicRequest
from ...models.open_ai_error import OpenAIError
from ...models.submit_response import SubmitResponse
from ...models.suno_generation import SunoGeneration
from ...models.task_error import TaskError
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: GenerateMusicRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/submit/music",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | SubmitResponse | SunoGeneration | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SubmitResponse | SunoGeneration:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubmitResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SunoGeneration.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> OpenAIError | TaskError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_relay_error_type_0 = TaskError.from_dict(data)

                return componentsschemas_relay_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_relay_error_type_1 = OpenAIError.from_dict(data)

            return componentsschemas_relay_error_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> OpenAIError | TaskError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_relay_error_type_0 = TaskError.from_dict(data)

                return componentsschemas_relay_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_relay_error_type_1 = OpenAIError.from_dict(data)

            return componentsschemas_relay_error_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> OpenAIError | TaskError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_relay_error_type_0 = TaskError.from_dict(data)

                return componentsschemas_relay_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_relay_error_type_1 = OpenAIError.from_dict(data)

            return componentsschemas_relay_error_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 429:

        def _parse_response_429(data: object) -> OpenAIError | TaskError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_relay_error_type_0 = TaskError.from_dict(data)

                return componentsschemas_relay_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_relay_error_type_1 = OpenAIError.from_dict(data)

            return componentsschemas_relay_error_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> OpenAIError | TaskError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_relay_error_type_0 = TaskError.from_dict(data)

                return componentsschemas_relay_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_relay_error_type_1 = OpenAIError.from_dict(data)

            return componentsschemas_relay_error_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: GenerateMusicRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | SubmitResponse | SunoGeneration | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIError | TaskError | SubmitResponse | SunoGeneration]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateMusicRequest,
) -> Response[OpenAIError | TaskError | SubmitResponse | SunoGeneration]:
    """Generate music, separate stems, sing with a persona

     Create a music task (生成音乐). The same endpoint does full-track stem separation (全轨声曲分离:
    `task: gen_stem`, `stem_type_group_name: Twelve`, `stem_task: twelve`), single-track
    separation (单轨声曲分离: `Two`/`two`) and music with a persona (使用 persona_id 创作音乐).

    Stem separation, step by step (DeerAPI): generate music and keep its task id; pick the clip
    id; submit here with `mv: chirp-auk`, `task: gen_stem`, that `task_id` and
    `continue_clip_id`; then fetch the task to get every stem's clip id and URL. It costs 5 times
    the base price and works across accounts.

    The answer is the task envelope (`data` = task id) for generation, and Suno's raw
    `{id, clips, metadata, status, created_at, batch_size, ...}` for stem separation.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music` at DeerAPI: the relay
            format's fields with DeerAPI's `mv`
            spelling. Everything is optional. Rule (also as `if`/`then`): `continue_clip_id` needs
            `task_id`. Scenarios: inspiration (`gpt_description_prompt`), custom (`prompt`, `title`,
            `tags`), instrumental (`make_instrumental`); `extend` then `concat_song`; `infill`
            (`infill_start_s`/`infill_end_s`) then `concat_song` with `is_infill: true`; stem
            separation
            (`task: gen_stem`, `mv: chirp-auk`, `continue_clip_id`, `stem_type_id: 91`, and
            `stem_type_group_name: Twelve` + `stem_task: twelve` for the full track or `Two` + `two`
            for
            vocals/instrumental; 5 times the base price, works across accounts); music with a persona
            (`persona_id` from `create_persona`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | SubmitResponse | SunoGeneration]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateMusicRequest,
) -> OpenAIError | TaskError | SubmitResponse | SunoGeneration | None:
    """Generate music, separate stems, sing with a persona

     Create a music task (生成音乐). The same endpoint does full-track stem separation (全轨声曲分离:
    `task: gen_stem`, `stem_type_group_name: Twelve`, `stem_task: twelve`), single-track
    separation (单轨声曲分离: `Two`/`two`) and music with a persona (使用 persona_id 创作音乐).

    Stem separation, step by step (DeerAPI): generate music and keep its task id; pick the clip
    id; submit here with `mv: chirp-auk`, `task: gen_stem`, that `task_id` and
    `continue_clip_id`; then fetch the task to get every stem's clip id and URL. It costs 5 times
    the base price and works across accounts.

    The answer is the task envelope (`data` = task id) for generation, and Suno's raw
    `{id, clips, metadata, status, created_at, batch_size, ...}` for stem separation.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music` at DeerAPI: the relay
            format's fields with DeerAPI's `mv`
            spelling. Everything is optional. Rule (also as `if`/`then`): `continue_clip_id` needs
            `task_id`. Scenarios: inspiration (`gpt_description_prompt`), custom (`prompt`, `title`,
            `tags`), instrumental (`make_instrumental`); `extend` then `concat_song`; `infill`
            (`infill_start_s`/`infill_end_s`) then `concat_song` with `is_infill: true`; stem
            separation
            (`task: gen_stem`, `mv: chirp-auk`, `continue_clip_id`, `stem_type_id: 91`, and
            `stem_type_group_name: Twelve` + `stem_task: twelve` for the full track or `Two` + `two`
            for
            vocals/instrumental; 5 times the base price, works across accounts); music with a persona
            (`persona_id` from `create_persona`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | SubmitResponse | SunoGeneration
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateMusicRequest,
) -> Response[OpenAIError | TaskError | SubmitResponse | SunoGeneration]:
    """Generate music, separate stems, sing with a persona

     Create a music task (生成音乐). The same endpoint does full-track stem separation (全轨声曲分离:
    `task: gen_stem`, `stem_type_group_name: Twelve`, `stem_task: twelve`), single-track
    separation (单轨声曲分离: `Two`/`two`) and music with a persona (使用 persona_id 创作音乐).

    Stem separation, step by step (DeerAPI): generate music and keep its task id; pick the clip
    id; submit here with `mv: chirp-auk`, `task: gen_stem`, that `task_id` and
    `continue_clip_id`; then fetch the task to get every stem's clip id and URL. It costs 5 times
    the base price and works across accounts.

    The answer is the task envelope (`data` = task id) for generation, and Suno's raw
    `{id, clips, metadata, status, created_at, batch_size, ...}` for stem separation.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music` at DeerAPI: the relay
            format's fields with DeerAPI's `mv`
            spelling. Everything is optional. Rule (also as `if`/`then`): `continue_clip_id` needs
            `task_id`. Scenarios: inspiration (`gpt_description_prompt`), custom (`prompt`, `title`,
            `tags`), instrumental (`make_instrumental`); `extend` then `concat_song`; `infill`
            (`infill_start_s`/`infill_end_s`) then `concat_song` with `is_infill: true`; stem
            separation
            (`task: gen_stem`, `mv: chirp-auk`, `continue_clip_id`, `stem_type_id: 91`, and
            `stem_type_group_name: Twelve` + `stem_task: twelve` for the full track or `Two` + `two`
            for
            vocals/instrumental; 5 times the base price, works across accounts); music with a persona
            (`persona_id` from `create_persona`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | SubmitResponse | SunoGeneration]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateMusicRequest,
) -> OpenAIError | TaskError | SubmitResponse | SunoGeneration | None:
    """Generate music, separate stems, sing with a persona

     Create a music task (生成音乐). The same endpoint does full-track stem separation (全轨声曲分离:
    `task: gen_stem`, `stem_type_group_name: Twelve`, `stem_task: twelve`), single-track
    separation (单轨声曲分离: `Two`/`two`) and music with a persona (使用 persona_id 创作音乐).

    Stem separation, step by step (DeerAPI): generate music and keep its task id; pick the clip
    id; submit here with `mv: chirp-auk`, `task: gen_stem`, that `task_id` and
    `continue_clip_id`; then fetch the task to get every stem's clip id and URL. It costs 5 times
    the base price and works across accounts.

    The answer is the task envelope (`data` = task id) for generation, and Suno's raw
    `{id, clips, metadata, status, created_at, batch_size, ...}` for stem separation.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music` at DeerAPI: the relay
            format's fields with DeerAPI's `mv`
            spelling. Everything is optional. Rule (also as `if`/`then`): `continue_clip_id` needs
            `task_id`. Scenarios: inspiration (`gpt_description_prompt`), custom (`prompt`, `title`,
            `tags`), instrumental (`make_instrumental`); `extend` then `concat_song`; `infill`
            (`infill_start_s`/`infill_end_s`) then `concat_song` with `is_infill: true`; stem
            separation
            (`task: gen_stem`, `mv: chirp-auk`, `continue_clip_id`, `stem_type_id: 91`, and
            `stem_type_group_name: Twelve` + `stem_task: twelve` for the full track or `Two` + `two`
            for
            vocals/instrumental; 5 times the base price, works across accounts); music with a persona
            (`persona_id` from `create_persona`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | SubmitResponse | SunoGeneration
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
