from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clip import Clip
from ...models.open_ai_error import OpenAIError
from ...models.task_error import TaskError
from ...types import Response, http_status


def _get_kwargs(
    clip_ids: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suno/feed/{clip_ids}".format(
            clip_ids=quote(str(clip_ids), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | list[Clip] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Clip.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
    clip_ids: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        clip_ids=clip_ids,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | TaskError | list[Clip] | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIError | TaskError | list[Clip]]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clip_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenAIError | TaskError | list[Clip]]:
    """Get clips by id

     Read Suno clips directly by clip id (查询歌曲 / 批量查询歌曲), several ids separated by commas.
    The answer is Suno's raw array of clips, not the envelope.

    Args:
        clip_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | list[Clip]]
    """

    kwargs = _get_kwargs(
        clip_ids=clip_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clip_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> OpenAIError | TaskError | list[Clip] | None:
    """Get clips by id

     Read Suno clips directly by clip id (查询歌曲 / 批量查询歌曲), several ids separated by commas.
    The answer is Suno's raw array of clips, not the envelope.

    Args:
        clip_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | list[Clip]
    """

    return sync_detailed(
        clip_ids=clip_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    clip_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenAIError | TaskError | list[Clip]]:
    """Get clips by id

     Read Suno clips directly by clip id (查询歌曲 / 批量查询歌曲), several ids separated by commas.
    The answer is Suno's raw array of clips, not the envelope.

    Args:
        clip_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | TaskError | list[Clip]]
    """

    kwargs = _get_kwargs(
        clip_ids=clip_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clip_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> OpenAIError | TaskError | list[Clip] | None:
    """Get clips by id

     Read Suno clips directly by clip id (查询歌曲 / 批量查询歌曲), several ids separated by commas.
    The answer is Suno's raw array of clips, not the envelope.

    Args:
        clip_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | TaskError | list[Clip]
    """

    return (
        await asyncio_detailed(
            clip_ids=clip_ids,
            client=client,
        )
    ).parsed
