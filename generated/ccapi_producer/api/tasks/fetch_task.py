from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fetch_task_response import FetchTaskResponse
from ...types import Response, http_status


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/producer/fetch/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FetchTaskResponse | None:
    if response.status_code == 200:
        response_200 = FetchTaskResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        id=id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FetchTaskResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FetchTaskResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FetchTaskResponse]:
    """Fetch Task Status

     Read one task: the persisted CCAPI task record (TaskDto) with its normalized `data` payload.
    Poll until `data.status` is `SUCCESS` or `FAILURE`; any other value (`NOT_START`, `SUBMITTED`,
    `QUEUED`, `IN_PROGRESS`, or one CCAPI adds later) means the task is not finished. On
    `SUCCESS`, `data.data.clips` holds the result and `data.result_url` the main audio URL.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FetchTaskResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FetchTaskResponse | None:
    """Fetch Task Status

     Read one task: the persisted CCAPI task record (TaskDto) with its normalized `data` payload.
    Poll until `data.status` is `SUCCESS` or `FAILURE`; any other value (`NOT_START`, `SUBMITTED`,
    `QUEUED`, `IN_PROGRESS`, or one CCAPI adds later) means the task is not finished. On
    `SUCCESS`, `data.data.clips` holds the result and `data.result_url` the main audio URL.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FetchTaskResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FetchTaskResponse]:
    """Fetch Task Status

     Read one task: the persisted CCAPI task record (TaskDto) with its normalized `data` payload.
    Poll until `data.status` is `SUCCESS` or `FAILURE`; any other value (`NOT_START`, `SUBMITTED`,
    `QUEUED`, `IN_PROGRESS`, or one CCAPI adds later) means the task is not finished. On
    `SUCCESS`, `data.data.clips` holds the result and `data.result_url` the main audio URL.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FetchTaskResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FetchTaskResponse | None:
    """Fetch Task Status

     Read one task: the persisted CCAPI task record (TaskDto) with its normalized `data` payload.
    Poll until `data.status` is `SUCCESS` or `FAILURE`; any other value (`NOT_START`, `SUBMITTED`,
    `QUEUED`, `IN_PROGRESS`, or one CCAPI adds later) means the task is not finished. On
    `SUCCESS`, `data.data.clips` holds the result and `data.result_url` the main audio URL.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FetchTaskResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
