from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vox_request import VoxRequest
from ...models.vox_response import VoxResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: VoxRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/vox",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VoxResponse | None:
    if response.status_code == 200:
        response_200 = VoxResponse.from_dict(response.json())

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
    body: VoxRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VoxResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VoxResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VoxRequest,
) -> Response[ErrorResponse | VoxResponse]:
    """Extract the vocals of a song

     The vocals of a song between `vocal_start` and `vocal_end`; `data.id` is the `vox_audio_id` of a
    Persona-v2-vox (`create_persona`).

    With `async: true` or `callback_url` the call answers at once with `{"task_id"}`; poll `fetch_tasks`
    or receive the final body at `callback_url`. Without them it blocks until the file is ready.

    Args:
        body (VoxRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoxResponse]
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
    body: VoxRequest,
) -> ErrorResponse | VoxResponse | None:
    """Extract the vocals of a song

     The vocals of a song between `vocal_start` and `vocal_end`; `data.id` is the `vox_audio_id` of a
    Persona-v2-vox (`create_persona`).

    With `async: true` or `callback_url` the call answers at once with `{"task_id"}`; poll `fetch_tasks`
    or receive the final body at `callback_url`. Without them it blocks until the file is ready.

    Args:
        body (VoxRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoxResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VoxRequest,
) -> Response[ErrorResponse | VoxResponse]:
    """Extract the vocals of a song

     The vocals of a song between `vocal_start` and `vocal_end`; `data.id` is the `vox_audio_id` of a
    Persona-v2-vox (`create_persona`).

    With `async: true` or `callback_url` the call answers at once with `{"task_id"}`; poll `fetch_tasks`
    or receive the final body at `callback_url`. Without them it blocks until the file is ready.

    Args:
        body (VoxRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoxResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VoxRequest,
) -> ErrorResponse | VoxResponse | None:
    """Extract the vocals of a song

     The vocals of a song between `vocal_start` and `vocal_end`; `data.id` is the `vox_audio_id` of a
    Persona-v2-vox (`create_persona`).

    With `async: true` or `callback_url` the call answers at once with `{"task_id"}`; poll `fetch_tasks`
    or receive the final body at `callback_url`. Without them it blocks until the file is ready.

    Args:
        body (VoxRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoxResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
