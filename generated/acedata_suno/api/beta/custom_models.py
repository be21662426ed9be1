from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_response import BetaResponse
from ...models.custom_model_create_request import CustomModelCreateRequest
from ...models.custom_model_delete_request import CustomModelDeleteRequest
from ...models.custom_model_generate_request import CustomModelGenerateRequest
from ...models.custom_model_list_request import CustomModelListRequest
from ...models.custom_model_retrieve_request import CustomModelRetrieveRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/custom-models",
    }

    if (
        isinstance(body, CustomModelCreateRequest)
        or isinstance(body, CustomModelRetrieveRequest)
        or isinstance(body, CustomModelListRequest)
        or isinstance(body, CustomModelGenerateRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaResponse.from_dict(response.json())

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
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaResponse | ErrorResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BetaResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BetaResponse | ErrorResponse]:
    """Custom models (beta)

     Exclusive music models learnt from 6 to 24 of your tracks: `create` (asynchronous), `retrieve`,
    `retrieve_batch`, `generate` (a song from a `ready` model) and `delete` (archive), chosen by
    `action`.

    Args:
        idempotency_key (str | Unset):
        body (CustomModelCreateRequest | CustomModelDeleteRequest | CustomModelGenerateRequest |
            CustomModelListRequest | CustomModelRetrieveRequest): The body of `custom_models`: one
            action body, told apart by `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Custom models (beta)

     Exclusive music models learnt from 6 to 24 of your tracks: `create` (asynchronous), `retrieve`,
    `retrieve_batch`, `generate` (a song from a `ready` model) and `delete` (archive), chosen by
    `action`.

    Args:
        idempotency_key (str | Unset):
        body (CustomModelCreateRequest | CustomModelDeleteRequest | CustomModelGenerateRequest |
            CustomModelListRequest | CustomModelRetrieveRequest): The body of `custom_models`: one
            action body, told apart by `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BetaResponse | ErrorResponse]:
    """Custom models (beta)

     Exclusive music models learnt from 6 to 24 of your tracks: `create` (asynchronous), `retrieve`,
    `retrieve_batch`, `generate` (a song from a `ready` model) and `delete` (archive), chosen by
    `action`.

    Args:
        idempotency_key (str | Unset):
        body (CustomModelCreateRequest | CustomModelDeleteRequest | CustomModelGenerateRequest |
            CustomModelListRequest | CustomModelRetrieveRequest): The body of `custom_models`: one
            action body, told apart by `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomModelCreateRequest
    | CustomModelDeleteRequest
    | CustomModelGenerateRequest
    | CustomModelListRequest
    | CustomModelRetrieveRequest,
    idempotency_key: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Custom models (beta)

     Exclusive music models learnt from 6 to 24 of your tracks: `create` (asynchronous), `retrieve`,
    `retrieve_batch`, `generate` (a song from a `ready` model) and `delete` (archive), chosen by
    `action`.

    Args:
        idempotency_key (str | Unset):
        body (CustomModelCreateRequest | CustomModelDeleteRequest | CustomModelGenerateRequest |
            CustomModelListRequest | CustomModelRetrieveRequest): The body of `custom_models`: one
            action body, told apart by `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
