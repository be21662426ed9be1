from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audios_response import AudiosResponse
from ...models.cover_request import CoverRequest
from ...models.error_response import ErrorResponse
from ...models.extend_request import ExtendRequest
from ...models.generate_request import GenerateRequest
from ...models.replace_section_request import ReplaceSectionRequest
from ...models.stems_request import StemsRequest
from ...models.swap_instrumentals_request import SwapInstrumentalsRequest
from ...models.swap_vocals_request import SwapVocalsRequest
from ...models.upload_cover_request import UploadCoverRequest
from ...models.upload_extend_request import UploadExtendRequest
from ...models.upload_replace_section_request import UploadReplaceSectionRequest
from ...models.variation_request import VariationRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/producer/audios",
    }

    if (
        isinstance(body, GenerateRequest)
        or isinstance(body, CoverRequest)
        or isinstance(body, UploadCoverRequest)
        or isinstance(body, ExtendRequest)
        or isinstance(body, UploadExtendRequest)
        or isinstance(body, ReplaceSectionRequest)
        or isinstance(body, UploadReplaceSectionRequest)
        or isinstance(body, SwapVocalsRequest)
        or isinstance(body, SwapInstrumentalsRequest)
        or isinstance(body, VariationRequest)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
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
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
) -> Response[AudiosResponse | ErrorResponse]:
    """Generate or transform a song

     Make one song, or transform an earlier one, chosen by `action`: `generate`, `cover`,
    `extend`, `variation`, `replace_section`, `swap_vocals`, `swap_instrumentals`, `stems`, and
    for songs registered with `upload_audio` `upload_cover`, `upload_extend`,
    `upload_replace_section`. Each request makes one song and uses the account balance.

    **Three modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the song is finished (minutes), then the full result comes back (`data[]`).
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is
      POSTed to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.

    A submit that failed with a timeout or a 5xx may still have created a task: look it up with
    `fetch_tasks` before sending again.

    Args:
        body (CoverRequest | ExtendRequest | GenerateRequest | ReplaceSectionRequest |
            StemsRequest | SwapInstrumentalsRequest | SwapVocalsRequest | UploadCoverRequest |
            UploadExtendRequest | UploadReplaceSectionRequest | VariationRequest): The body of
            `generate_music`: one of the action bodies below, told apart by `action`.

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
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
) -> AudiosResponse | ErrorResponse | None:
    """Generate or transform a song

     Make one song, or transform an earlier one, chosen by `action`: `generate`, `cover`,
    `extend`, `variation`, `replace_section`, `swap_vocals`, `swap_instrumentals`, `stems`, and
    for songs registered with `upload_audio` `upload_cover`, `upload_extend`,
    `upload_replace_section`. Each request makes one song and uses the account balance.

    **Three modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the song is finished (minutes), then the full result comes back (`data[]`).
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is
      POSTed to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.

    A submit that failed with a timeout or a 5xx may still have created a task: look it up with
    `fetch_tasks` before sending again.

    Args:
        body (CoverRequest | ExtendRequest | GenerateRequest | ReplaceSectionRequest |
            StemsRequest | SwapInstrumentalsRequest | SwapVocalsRequest | UploadCoverRequest |
            UploadExtendRequest | UploadReplaceSectionRequest | VariationRequest): The body of
            `generate_music`: one of the action bodies below, told apart by `action`.

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
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
) -> Response[AudiosResponse | ErrorResponse]:
    """Generate or transform a song

     Make one song, or transform an earlier one, chosen by `action`: `generate`, `cover`,
    `extend`, `variation`, `replace_section`, `swap_vocals`, `swap_instrumentals`, `stems`, and
    for songs registered with `upload_audio` `upload_cover`, `upload_extend`,
    `upload_replace_section`. Each request makes one song and uses the account balance.

    **Three modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the song is finished (minutes), then the full result comes back (`data[]`).
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is
      POSTed to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.

    A submit that failed with a timeout or a 5xx may still have created a task: look it up with
    `fetch_tasks` before sending again.

    Args:
        body (CoverRequest | ExtendRequest | GenerateRequest | ReplaceSectionRequest |
            StemsRequest | SwapInstrumentalsRequest | SwapVocalsRequest | UploadCoverRequest |
            UploadExtendRequest | UploadReplaceSectionRequest | VariationRequest): The body of
            `generate_music`: one of the action bodies below, told apart by `action`.

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
    body: CoverRequest
    | ExtendRequest
    | GenerateRequest
    | ReplaceSectionRequest
    | StemsRequest
    | SwapInstrumentalsRequest
    | SwapVocalsRequest
    | UploadCoverRequest
    | UploadExtendRequest
    | UploadReplaceSectionRequest
    | VariationRequest,
) -> AudiosResponse | ErrorResponse | None:
    """Generate or transform a song

     Make one song, or transform an earlier one, chosen by `action`: `generate`, `cover`,
    `extend`, `variation`, `replace_section`, `swap_vocals`, `swap_instrumentals`, `stems`, and
    for songs registered with `upload_audio` `upload_cover`, `upload_extend`,
    `upload_replace_section`. Each request makes one song and uses the account balance.

    **Three modes.**
    - Blocking (default, neither `callback_url` nor `async`): the connection stays open until
      the song is finished (minutes), then the full result comes back (`data[]`).
    - `callback_url`: the call answers at once with `{"task_id": ...}`; the full result is
      POSTed to `callback_url` when the task ends (see callbacks).
    - `async: true`: the call answers at once with the task id; poll `fetch_tasks`.

    A submit that failed with a timeout or a 5xx may still have created a task: look it up with
    `fetch_tasks` before sending again.

    Args:
        body (CoverRequest | ExtendRequest | GenerateRequest | ReplaceSectionRequest |
            StemsRequest | SwapInstrumentalsRequest | SwapVocalsRequest | UploadCoverRequest |
            UploadExtendRequest | UploadReplaceSectionRequest | VariationRequest): The body of
            `generate_music`: one of the action bodies below, told apart by `action`.

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
