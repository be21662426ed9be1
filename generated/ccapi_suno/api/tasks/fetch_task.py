from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fetch_task_response import FetchTaskResponse
from ...models.open_ai_error import OpenAIError
from ...models.task_error import TaskError
from ...types import Response, http_status


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suno/fetch/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FetchTaskResponse | OpenAIError | TaskError | None:
    if response.status_code == 200:
        response_200 = FetchTaskResponse.from_dict(response.json())

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
    task_id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        task_id=task_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FetchTaskResponse | OpenAIError | TaskError | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FetchTaskResponse | OpenAIError | TaskError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FetchTaskResponse | OpenAIError | TaskError]:
    """Fetch Task Status

     Read one task: CCAPI's task record (TaskDto) in `data`. Poll until `data.status` is `SUCCESS`
    or `FAILURE` (`UNKNOWN` also ends a task at new-api); `NOT_START`, `SUBMITTED`, `QUEUED`,
    `IN_PROGRESS` or a state CCAPI adds later mean "not finished". On `SUCCESS`, `data.data` holds
    the result: for a MUSIC task (as new-api stores it) Suno's clips with their `audio_url`s. An
    unknown id answers 400 `task_not_exist`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchTaskResponse | OpenAIError | TaskError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FetchTaskResponse | OpenAIError | TaskError | None:
    """Fetch Task Status

     Read one task: CCAPI's task record (TaskDto) in `data`. Poll until `data.status` is `SUCCESS`
    or `FAILURE` (`UNKNOWN` also ends a task at new-api); `NOT_START`, `SUBMITTED`, `QUEUED`,
    `IN_PROGRESS` or a state CCAPI adds later mean "not finished". On `SUCCESS`, `data.data` holds
    the result: for a MUSIC task (as new-api stores it) Suno's clips with their `audio_url`s. An
    unknown id answers 400 `task_not_exist`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchTaskResponse | OpenAIError | TaskError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FetchTaskResponse | OpenAIError | TaskError]:
    """Fetch Task Status

     Read one task: CCAPI's task record (TaskDto) in `data`. Poll until `data.status` is `SUCCESS`
    or `FAILURE` (`UNKNOWN` also ends a task at new-api); `NOT_START`, `SUBMITTED`, `QUEUED`,
    `IN_PROGRESS` or a state CCAPI adds later mean "not finished". On `SUCCESS`, `data.data` holds
    the result: for a MUSIC task (as new-api stores it) Suno's clips with their `audio_url`s. An
    unknown id answers 400 `task_not_exist`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchTaskResponse | OpenAIError | TaskError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FetchTaskResponse | OpenAIError | TaskError | None:
    """Fetch Task Status

     Read one task: CCAPI's task record (TaskDto) in `data`. Poll until `data.status` is `SUCCESS`
    or `FAILURE` (`UNKNOWN` also ends a task at new-api); `NOT_START`, `SUBMITTED`, `QUEUED`,
    `IN_PROGRESS` or a state CCAPI adds later mean "not finished". On `SUCCESS`, `data.data` holds
    the result: for a MUSIC task (as new-api stores it) Suno's clips with their `audio_url`s. An
    unknown id answers 400 `task_not_exist`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchTaskResponse | OpenAIError | TaskError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
