from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.retrieve_task_request import RetrieveTaskRequest
from ...models.retrieve_tasks_request import RetrieveTasksRequest
from ...models.task_list import TaskList
from ...models.task_not_found import TaskNotFound
from ...models.task_record import TaskRecord
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/tasks",
    }

    if isinstance(body, RetrieveTaskRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskList | TaskNotFound | TaskRecord | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> TaskList | TaskNotFound | TaskRecord:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_fetch_tasks_response_type_0 = TaskList.from_dict(data)

                return componentsschemas_fetch_tasks_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_fetch_tasks_response_type_1 = TaskRecord.from_dict(
                    data
                )

                return componentsschemas_fetch_tasks_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_fetch_tasks_response_type_2 = TaskNotFound.from_dict(data)

            return componentsschemas_fetch_tasks_response_type_2

        response_200 = _parse_response_200(response.json())

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
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskList | TaskNotFound | TaskRecord | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskList | TaskNotFound | TaskRecord]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> Response[ErrorResponse | TaskList | TaskNotFound | TaskRecord]:
    """Fetch one task or several

     Read tasks by id: `{"action": "retrieve", "id"}` gives one task record, `{"action":
    "retrieve_batch", "ids": [...]}` gives `{items, count}`. A record carries the creating `request`
    and, once the task is finished, its final answer in `response` (for /suno/audios the songs with
    `data[].state`). Free of charge. The skill suggests polling every 3 to 5 seconds.

    Args:
        body (RetrieveTaskRequest | RetrieveTasksRequest): The body of `fetch_tasks`: one task by
            `id` or several by `ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskList | TaskNotFound | TaskRecord]
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
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> ErrorResponse | TaskList | TaskNotFound | TaskRecord | None:
    """Fetch one task or several

     Read tasks by id: `{"action": "retrieve", "id"}` gives one task record, `{"action":
    "retrieve_batch", "ids": [...]}` gives `{items, count}`. A record carries the creating `request`
    and, once the task is finished, its final answer in `response` (for /suno/audios the songs with
    `data[].state`). Free of charge. The skill suggests polling every 3 to 5 seconds.

    Args:
        body (RetrieveTaskRequest | RetrieveTasksRequest): The body of `fetch_tasks`: one task by
            `id` or several by `ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskList | TaskNotFound | TaskRecord
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> Response[ErrorResponse | TaskList | TaskNotFound | TaskRecord]:
    """Fetch one task or several

     Read tasks by id: `{"action": "retrieve", "id"}` gives one task record, `{"action":
    "retrieve_batch", "ids": [...]}` gives `{items, count}`. A record carries the creating `request`
    and, once the task is finished, its final answer in `response` (for /suno/audios the songs with
    `data[].state`). Free of charge. The skill suggests polling every 3 to 5 seconds.

    Args:
        body (RetrieveTaskRequest | RetrieveTasksRequest): The body of `fetch_tasks`: one task by
            `id` or several by `ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskList | TaskNotFound | TaskRecord]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveTaskRequest | RetrieveTasksRequest,
) -> ErrorResponse | TaskList | TaskNotFound | TaskRecord | None:
    """Fetch one task or several

     Read tasks by id: `{"action": "retrieve", "id"}` gives one task record, `{"action":
    "retrieve_batch", "ids": [...]}` gives `{items, count}`. A record carries the creating `request`
    and, once the task is finished, its final answer in `response` (for /suno/audios the songs with
    `data[].state`). Free of charge. The skill suggests polling every 3 to 5 seconds.

    Args:
        body (RetrieveTaskRequest | RetrieveTasksRequest): The body of `fetch_tasks`: one task by
            `id` or several by `ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskList | TaskNotFound | TaskRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
