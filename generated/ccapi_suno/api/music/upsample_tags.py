from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_ai_error import OpenAIError
from ...models.submit_response import SubmitResponse
from ...models.task_error import TaskError
from ...models.upsample_tags_request import UpsampleTagsRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: UpsampleTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/submit/UPSAMPLE_TAGS",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | SubmitResponse | None:
    if response.status_code == 200:
        response_200 = SubmitResponse.from_dict(response.json())

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
    body: UpsampleTagsRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | SubmitResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIError | TaskError | SubmitResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsampleTagsRequest,
) -> Response[OpenAIError | TaskError | SubmitResponse]:
    """Upsample Tags

     Expand style tags (e.g. `jazz, smooth, saxophone`) into a richer style description, as a
    task: the answer is CCAPI's task id; poll `fetch_task` and read `data.data` when `data.status`
    is `SUCCESS` (the shape of the result is not documented).

    Args:
        body (UpsampleTagsRequest): Body of `POST /suno/submit/UPSAMPLE_TAGS`, the style tags to
            expand.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | SubmitResponse]
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
    body: UpsampleTagsRequest,
) -> OpenAIError | TaskError | SubmitResponse | None:
    """Upsample Tags

     Expand style tags (e.g. `jazz, smooth, saxophone`) into a richer style description, as a
    task: the answer is CCAPI's task id; poll `fetch_task` and read `data.data` when `data.status`
    is `SUCCESS` (the shape of the result is not documented).

    Args:
        body (UpsampleTagsRequest): Body of `POST /suno/submit/UPSAMPLE_TAGS`, the style tags to
            expand.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | SubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsampleTagsRequest,
) -> Response[OpenAIError | TaskError | SubmitResponse]:
    """Upsample Tags

     Expand style tags (e.g. `jazz, smooth, saxophone`) into a richer style description, as a
    task: the answer is CCAPI's task id; poll `fetch_task` and read `data.data` when `data.status`
    is `SUCCESS` (the shape of the result is not documented).

    Args:
        body (UpsampleTagsRequest): Body of `POST /suno/submit/UPSAMPLE_TAGS`, the style tags to
            expand.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | SubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpsampleTagsRequest,
) -> OpenAIError | TaskError | SubmitResponse | None:
    """Upsample Tags

     Expand style tags (e.g. `jazz, smooth, saxophone`) into a richer style description, as a
    task: the answer is CCAPI's task id; poll `fetch_task` and read `data.data` when `data.status`
    is `SUCCESS` (the shape of the result is not documented).

    Args:
        body (UpsampleTagsRequest): Body of `POST /suno/submit/UPSAMPLE_TAGS`, the style tags to
            expand.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | SubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
