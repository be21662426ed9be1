from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure import Failure
from ...models.job import Job
from ...types import UNSET, Response, http_status


def _get_kwargs(
    *,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suno/v1/fetch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Failure | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Failure.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Failure.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Failure.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Failure.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Failure.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Failure.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = Failure.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    job_id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        job_id=job_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Failure | Job | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Failure | Job]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[Failure | Job]:
    """Fetch a job (deprecated v1)

     The v1 fetch, deprecated by TTAPI in favour of `fetch_job` (`/suno/v2/fetch`); its page shows
    the same example.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Failure | Job | None:
    """Fetch a job (deprecated v1)

     The v1 fetch, deprecated by TTAPI in favour of `fetch_job` (`/suno/v2/fetch`); its page shows
    the same example.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | Job
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[Failure | Job]:
    """Fetch a job (deprecated v1)

     The v1 fetch, deprecated by TTAPI in favour of `fetch_job` (`/suno/v2/fetch`); its page shows
    the same example.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Failure | Job | None:
    """Fetch a job (deprecated v1)

     The v1 fetch, deprecated by TTAPI in favour of `fetch_job` (`/suno/v2/fetch`); its page shows
    the same example.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | Job
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
        )
    ).parsed
