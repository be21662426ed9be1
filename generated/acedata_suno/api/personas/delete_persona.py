from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_persona_response import DeletePersonaResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["persona_id"] = persona_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/suno/persona",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletePersonaResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletePersonaResponse.from_dict(response.json())

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
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        persona_id=persona_id,
        user_id=user_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletePersonaResponse | ErrorResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletePersonaResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> Response[DeletePersonaResponse | ErrorResponse]:
    """Delete a persona

     Delete one persona (`{success}`).

    Args:
        persona_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePersonaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> DeletePersonaResponse | ErrorResponse | None:
    """Delete a persona

     Delete one persona (`{success}`).

    Args:
        persona_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePersonaResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        persona_id=persona_id,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> Response[DeletePersonaResponse | ErrorResponse]:
    """Delete a persona

     Delete one persona (`{success}`).

    Args:
        persona_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePersonaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    persona_id: str,
    user_id: str | Unset = UNSET,
) -> DeletePersonaResponse | ErrorResponse | None:
    """Delete a persona

     Delete one persona (`{success}`).

    Args:
        persona_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePersonaResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            persona_id=persona_id,
            user_id=user_id,
        )
    ).parsed
