from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.all_stems_request import AllStemsRequest
from ...models.artist_consistency_request import ArtistConsistencyRequest
from ...models.artist_consistency_vox_request import ArtistConsistencyVoxRequest
from ...models.audios_response import AudiosResponse
from ...models.concat_request import ConcatRequest
from ...models.cover_request import CoverRequest
from ...models.error_response import ErrorResponse
from ...models.extend_request import ExtendRequest
from ...models.generate_request import GenerateRequest
from ...models.inspo_request import InspoRequest
from ...models.mashup_request import MashupRequest
from ...models.overpainting_request import OverpaintingRequest
from ...models.remaster_request import RemasterRequest
from ...models.replace_section_request import ReplaceSectionRequest
from ...models.samples_request import SamplesRequest
from ...models.stems_request import StemsRequest
from ...models.underpainting_request import UnderpaintingRequest
from ...models.upload_cover_request import UploadCoverRequest
from ...models.upload_extend_request import UploadExtendRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/audios",
    }

    if (
        isinstance(body, GenerateRequest)
        or isinstance(body, ExtendRequest)
        or isinstance(body, UploadExtendRequest)
        or isinstance(body, ConcatRequest)
        or isinstance(body, CoverRequest)
        or isinstance(body, UploadCoverRequest)
        or isinstance(body, ArtistConsistencyRequest)
        or isinstance(body, ArtistConsistencyVoxRequest)
        or isinstance(body, StemsRequest)
        or isinstance(body, AllStemsRequest)
        or isinstance(body, ReplaceSectionRequest)
        or isinstance(body, UnderpaintingRequest)
        or isinstance(body, OverpaintingRequest)
        or isinstance(body, SamplesRequest)
        or isinstance(body, RemasterRequest)
        or isinstance(body, MashupRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudiosResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudiosResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudiosResponse | ErrorResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AudiosResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> Response[AudiosResponse | ErrorResponse]:
    """Generate or transform songs

     Make songs, or transform earlier ones, chosen by `action` (17 actions; omitted, `generate`).
    A generation makes two songs and uses the account balance.

    **Four modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the songs are finished (1 to 2 minutes or more), then the full result comes back.
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is POSTed
      to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.
    - Streaming: with the request header `accept: application/x-ndjson` the answer is a stream of
      JSON lines, each a full body with the songs' current `state` (`pending`, `running` with a
      preview `audio_url`, `succeeded`).

    A submit that failed with a timeout, a 5xx or a 504 `timeout` may still have created a task:
    look it up with `fetch_tasks` before sending again. No idempotency key is documented here.

    Args:
        body (AllStemsRequest | ArtistConsistencyRequest | ArtistConsistencyVoxRequest |
            ConcatRequest | CoverRequest | ExtendRequest | GenerateRequest | InspoRequest |
            MashupRequest | OverpaintingRequest | RemasterRequest | ReplaceSectionRequest |
            SamplesRequest | StemsRequest | UnderpaintingRequest | UploadCoverRequest |
            UploadExtendRequest): The body of `generate_music`: one of the action bodies below, told
            apart by `action` (omitted, it is `generate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudiosResponse | ErrorResponse]
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
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> AudiosResponse | ErrorResponse | None:
    """Generate or transform songs

     Make songs, or transform earlier ones, chosen by `action` (17 actions; omitted, `generate`).
    A generation makes two songs and uses the account balance.

    **Four modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the songs are finished (1 to 2 minutes or more), then the full result comes back.
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is POSTed
      to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.
    - Streaming: with the request header `accept: application/x-ndjson` the answer is a stream of
      JSON lines, each a full body with the songs' current `state` (`pending`, `running` with a
      preview `audio_url`, `succeeded`).

    A submit that failed with a timeout, a 5xx or a 504 `timeout` may still have created a task:
    look it up with `fetch_tasks` before sending again. No idempotency key is documented here.

    Args:
        body (AllStemsRequest | ArtistConsistencyRequest | ArtistConsistencyVoxRequest |
            ConcatRequest | CoverRequest | ExtendRequest | GenerateRequest | InspoRequest |
            MashupRequest | OverpaintingRequest | RemasterRequest | ReplaceSectionRequest |
            SamplesRequest | StemsRequest | UnderpaintingRequest | UploadCoverRequest |
            UploadExtendRequest): The body of `generate_music`: one of the action bodies below, told
            apart by `action` (omitted, it is `generate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudiosResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> Response[AudiosResponse | ErrorResponse]:
    """Generate or transform songs

     Make songs, or transform earlier ones, chosen by `action` (17 actions; omitted, `generate`).
    A generation makes two songs and uses the account balance.

    **Four modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the songs are finished (1 to 2 minutes or more), then the full result comes back.
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is POSTed
      to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.
    - Streaming: with the request header `accept: application/x-ndjson` the answer is a stream of
      JSON lines, each a full body with the songs' current `state` (`pending`, `running` with a
      preview `audio_url`, `succeeded`).

    A submit that failed with a timeout, a 5xx or a 504 `timeout` may still have created a task:
    look it up with `fetch_tasks` before sending again. No idempotency key is documented here.

    Args:
        body (AllStemsRequest | ArtistConsistencyRequest | ArtistConsistencyVoxRequest |
            ConcatRequest | CoverRequest | ExtendRequest | GenerateRequest | InspoRequest |
            MashupRequest | OverpaintingRequest | RemasterRequest | ReplaceSectionRequest |
            SamplesRequest | StemsRequest | UnderpaintingRequest | UploadCoverRequest |
            UploadExtendRequest): The body of `generate_music`: one of the action bodies below, told
            apart by `action` (omitted, it is `generate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudiosResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AllStemsRequest
    | ArtistConsistencyRequest
    | ArtistConsistencyVoxRequest
    | ConcatRequest
    | CoverRequest
    | ExtendRequest
    | GenerateRequest
    | InspoRequest
    | MashupRequest
    | OverpaintingRequest
    | RemasterRequest
    | ReplaceSectionRequest
    | SamplesRequest
    | StemsRequest
    | UnderpaintingRequest
    | UploadCoverRequest
    | UploadExtendRequest,
) -> AudiosResponse | ErrorResponse | None:
    """Generate or transform songs

     Make songs, or transform earlier ones, chosen by `action` (17 actions; omitted, `generate`).
    A generation makes two songs and uses the account balance.

    **Four modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the songs are finished (1 to 2 minutes or more), then the full result comes back.
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is POSTed
      to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.
    - Streaming: with the request header `accept: application/x-ndjson` the answer is a stream of
      JSON lines, each a full body with the songs' current `state` (`pending`, `running` with a
      preview `audio_url`, `succeeded`).

    A submit that failed with a timeout, a 5xx or a 504 `timeout` may still have created a task:
    look it up with `fetch_tasks` before sending again. No idempotency key is documented here.

    Args:
        body (AllStemsRequest | ArtistConsistencyRequest | ArtistConsistencyVoxRequest |
            ConcatRequest | CoverRequest | ExtendRequest | GenerateRequest | InspoRequest |
            MashupRequest | OverpaintingRequest | RemasterRequest | ReplaceSectionRequest |
            SamplesRequest | StemsRequest | UnderpaintingRequest | UploadCoverRequest |
            UploadExtendRequest): The body of `generate_music`: one of the action bodies below, told
            apart by `action` (omitted, it is `generate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudiosResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
