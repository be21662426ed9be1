from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure import Failure
from ...models.submit_response import SubmitResponse
from ...models.undocumented_request import UndocumentedRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: UndocumentedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/v1/sample",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Failure | SubmitResponse | None:
    if response.status_code == 200:
        response_200 = SubmitResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Failure.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Failure.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Failure.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Failure.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Failure.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Failure.from_dict(response.json())

        return response_429

    if response.status_code == 499:
        response_499 = Failure.from_dict(response.json())

        return response_499

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
    body: UndocumentedRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Failure | SubmitResponse | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Failure | SubmitResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UndocumentedRequest,
) -> Response[Failure | SubmitResponse]:
    """Grow a sample into a song (undocumented)

     TTAPI's page "Suno sample" exists: a short snippet of an uploaded song expanded into a fuller
    song. **Name only**: the stored copies of the page show neither the path nor any field name,
    so the path `/suno/v1/sample` is a guess (see `x-decision`) and the body is unknown (any JSON
    object is accepted and sent as is). The page describes, in this order and without their names:
    the sample's music id ("returned by the upload endpoint as music_id", i.e. `upload_audio`'s
    `data.music_id`); the sample's start and end time in seconds; custom mode; instrumental; the
    model (the eight `mv` values); the inspiration prompt (at most 500 characters); lyrics; title
    (at most 80); style; excluded styles; style, weirdness and audio weights (0 to 1); automatic
    lyrics; vocal gender (Male, Female); whether to store the audio; a callback URL. An accepted
    submit is taken to answer a job id (inferred, as every other TTAPI Suno job); poll `fetch_job`.

    Args:
        body (UndocumentedRequest): **Not documented.** TTAPI names this endpoint, but no stored
            or public copy of its page shows
            the request's field names. Any JSON object is accepted here and sent as is: nothing is
            checked
            before sending, so read TTAPI's page first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | SubmitResponse]
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
    body: UndocumentedRequest,
) -> Failure | SubmitResponse | None:
    """Grow a sample into a song (undocumented)

     TTAPI's page "Suno sample" exists: a short snippet of an uploaded song expanded into a fuller
    song. **Name only**: the stored copies of the page show neither the path nor any field name,
    so the path `/suno/v1/sample` is a guess (see `x-decision`) and the body is unknown (any JSON
    object is accepted and sent as is). The page describes, in this order and without their names:
    the sample's music id ("returned by the upload endpoint as music_id", i.e. `upload_audio`'s
    `data.music_id`); the sample's start and end time in seconds; custom mode; instrumental; the
    model (the eight `mv` values); the inspiration prompt (at most 500 characters); lyrics; title
    (at most 80); style; excluded styles; style, weirdness and audio weights (0 to 1); automatic
    lyrics; vocal gender (Male, Female); whether to store the audio; a callback URL. An accepted
    submit is taken to answer a job id (inferred, as every other TTAPI Suno job); poll `fetch_job`.

    Args:
        body (UndocumentedRequest): **Not documented.** TTAPI names this endpoint, but no stored
            or public copy of its page shows
            the request's field names. Any JSON object is accepted here and sent as is: nothing is
            checked
            before sending, so read TTAPI's page first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | SubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UndocumentedRequest,
) -> Response[Failure | SubmitResponse]:
    """Grow a sample into a song (undocumented)

     TTAPI's page "Suno sample" exists: a short snippet of an uploaded song expanded into a fuller
    song. **Name only**: the stored copies of the page show neither the path nor any field name,
    so the path `/suno/v1/sample` is a guess (see `x-decision`) and the body is unknown (any JSON
    object is accepted and sent as is). The page describes, in this order and without their names:
    the sample's music id ("returned by the upload endpoint as music_id", i.e. `upload_audio`'s
    `data.music_id`); the sample's start and end time in seconds; custom mode; instrumental; the
    model (the eight `mv` values); the inspiration prompt (at most 500 characters); lyrics; title
    (at most 80); style; excluded styles; style, weirdness and audio weights (0 to 1); automatic
    lyrics; vocal gender (Male, Female); whether to store the audio; a callback URL. An accepted
    submit is taken to answer a job id (inferred, as every other TTAPI Suno job); poll `fetch_job`.

    Args:
        body (UndocumentedRequest): **Not documented.** TTAPI names this endpoint, but no stored
            or public copy of its page shows
            the request's field names. Any JSON object is accepted here and sent as is: nothing is
            checked
            before sending, so read TTAPI's page first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | SubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UndocumentedRequest,
) -> Failure | SubmitResponse | None:
    """Grow a sample into a song (undocumented)

     TTAPI's page "Suno sample" exists: a short snippet of an uploaded song expanded into a fuller
    song. **Name only**: the stored copies of the page show neither the path nor any field name,
    so the path `/suno/v1/sample` is a guess (see `x-decision`) and the body is unknown (any JSON
    object is accepted and sent as is). The page describes, in this order and without their names:
    the sample's music id ("returned by the upload endpoint as music_id", i.e. `upload_audio`'s
    `data.music_id`); the sample's start and end time in seconds; custom mode; instrumental; the
    model (the eight `mv` values); the inspiration prompt (at most 500 characters); lyrics; title
    (at most 80); style; excluded styles; style, weirdness and audio weights (0 to 1); automatic
    lyrics; vocal gender (Male, Female); whether to store the audio; a callback URL. An accepted
    submit is taken to answer a job id (inferred, as every other TTAPI Suno job); poll `fetch_job`.

    Args:
        body (UndocumentedRequest): **Not documented.** TTAPI names this endpoint, but no stored
            or public copy of its page shows
            the request's field names. Any JSON object is accepted here and sent as is: nothing is
            checked
            before sending, so read TTAPI's page first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | SubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
