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
    """Generate music (every task)

     Create a music task. One endpoint serves every scenario, chosen by `task`: inspiration
    (`gpt_description_prompt`), custom (`prompt`, `title`, `tags`), instrumental
    (`make_instrumental`), `extend`, `upload_extend`, `cover`, `infill`, `gen_stem` (stem
    separation, `stem_type_group_name` Two or Twelve), `artist_consistency` (persona) and
    `overpainting`. The answer is the task envelope (`data` = task id, poll `fetch_task`);
    stem separation is documented to answer with Suno's raw `{id, clips, ...}` instead.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music`. No source gives a
            consistent list of required fields, so
            everything is optional; the relay rejects what it cannot use. Rule (also as `if`/`then`):
            a non-empty `continue_clip_id` needs a non-empty `task_id` (new-api: 400 `task id is
            empty`),
            except with `task: upload_extend` or `gen_stem`, which some resellers document without it.
            Go clients built on the servers' structs send zero values (`task_id: ""`, `instrumental:
            false`, `callBackUrl: ""`, `customMode: false`): they are accepted. Rules that only the
            description
            carries: inspiration mode uses `gpt_description_prompt`, custom mode `prompt` + `title` +
            `tags`; `gen_stem` needs `continue_clip_id`, `stem_type_group_name` and `stem_task`;
            `infill`
            needs `infill_start_s`/`infill_end_s`; `cover` needs `cover_clip_id`.

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
    """Generate music (every task)

     Create a music task. One endpoint serves every scenario, chosen by `task`: inspiration
    (`gpt_description_prompt`), custom (`prompt`, `title`, `tags`), instrumental
    (`make_instrumental`), `extend`, `upload_extend`, `cover`, `infill`, `gen_stem` (stem
    separation, `stem_type_group_name` Two or Twelve), `artist_consistency` (persona) and
    `overpainting`. The answer is the task envelope (`data` = task id, poll `fetch_task`);
    stem separation is documented to answer with Suno's raw `{id, clips, ...}` instead.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music`. No source gives a
            consistent list of required fields, so
            everything is optional; the relay rejects what it cannot use. Rule (also as `if`/`then`):
            a non-empty `continue_clip_id` needs a non-empty `task_id` (new-api: 400 `task id is
            empty`),
            except with `task: upload_extend` or `gen_stem`, which some resellers document without it.
            Go clients built on the servers' structs send zero values (`task_id: ""`, `instrumental:
            false`, `callBackUrl: ""`, `customMode: false`): they are accepted. Rules that only the
            description
            carries: inspiration mode uses `gpt_description_prompt`, custom mode `prompt` + `title` +
            `tags`; `gen_stem` needs `continue_clip_id`, `stem_type_group_name` and `stem_task`;
            `infill`
            needs `infill_start_s`/`infill_end_s`; `cover` needs `cover_clip_id`.

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
    """Generate music (every task)

     Create a music task. One endpoint serves every scenario, chosen by `task`: inspiration
    (`gpt_description_prompt`), custom (`prompt`, `title`, `tags`), instrumental
    (`make_instrumental`), `extend`, `upload_extend`, `cover`, `infill`, `gen_stem` (stem
    separation, `stem_type_group_name` Two or Twelve), `artist_consistency` (persona) and
    `overpainting`. The answer is the task envelope (`data` = task id, poll `fetch_task`);
    stem separation is documented to answer with Suno's raw `{id, clips, ...}` instead.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music`. No source gives a
            consistent list of required fields, so
            everything is optional; the relay rejects what it cannot use. Rule (also as `if`/`then`):
            a non-empty `continue_clip_id` needs a non-empty `task_id` (new-api: 400 `task id is
            empty`),
            except with `task: upload_extend` or `gen_stem`, which some resellers document without it.
            Go clients built on the servers' structs send zero values (`task_id: ""`, `instrumental:
            false`, `callBackUrl: ""`, `customMode: false`): they are accepted. Rules that only the
            description
            carries: inspiration mode uses `gpt_description_prompt`, custom mode `prompt` + `title` +
            `tags`; `gen_stem` needs `continue_clip_id`, `stem_type_group_name` and `stem_task`;
            `infill`
            needs `infill_start_s`/`infill_end_s`; `cover` needs `cover_clip_id`.

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
    """Generate music (every task)

     Create a music task. One endpoint serves every scenario, chosen by `task`: inspiration
    (`gpt_description_prompt`), custom (`prompt`, `title`, `tags`), instrumental
    (`make_instrumental`), `extend`, `upload_extend`, `cover`, `infill`, `gen_stem` (stem
    separation, `stem_type_group_name` Two or Twelve), `artist_consistency` (persona) and
    `overpainting`. The answer is the task envelope (`data` = task id, poll `fetch_task`);
    stem separation is documented to answer with Suno's raw `{id, clips, ...}` instead.

    Args:
        body (GenerateMusicRequest): Body of `POST /suno/submit/music`. No source gives a
            consistent list of required fields, so
            everything is optional; the relay rejects what it cannot use. Rule (also as `if`/`then`):
            a non-empty `continue_clip_id` needs a non-empty `task_id` (new-api: 400 `task id is
            empty`),
            except with `task: upload_extend` or `gen_stem`, which some resellers document without it.
            Go clients built on the servers' structs send zero values (`task_id: ""`, `instrumental:
            false`, `callBackUrl: ""`, `customMode: false`): they are accepted. Rules that only the
            description
            carries: inspiration mode uses `gpt_description_prompt`, custom mode `prompt` + `title` +
            `tags`; `gen_stem` needs `continue_clip_id`, `stem_type_group_name` and `stem_task`;
            `infill`
            needs `infill_start_s`/`infill_end_s`; `cover` needs `cover_clip_id`.

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
