from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_ai_error import OpenAIError
from ...models.raw_wav_file import RawWavFile
from ...models.task_error import TaskError
from ...models.wav_envelope import WavEnvelope
from ...types import Response, http_status


def _get_kwargs(
    clip_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suno/act/wav/{clip_id}".format(
            clip_id=quote(str(clip_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | RawWavFile | WavEnvelope | TaskError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> RawWavFile | WavEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_wav_result_type_0 = WavEnvelope.from_dict(data)

                return componentsschemas_wav_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_wav_result_raw_wav_file = RawWavFile.from_dict(data)

            return componentsschemas_wav_result_raw_wav_file

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TaskError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenAIError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenAIError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = TaskError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TaskError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    clip_id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments for `httpx.Client.request` (method,
    url, params, json, headers); the client adds the base URL and the key."""
    return _get_kwargs(
        clip_id=clip_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIError | RawWavFile | WavEnvelope | TaskError | None:
    """The answer's body as the model the spec declares for its status (None for an undeclared status)."""
    return _parse_response(client=client, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIError | RawWavFile | WavEnvelope | TaskError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clip_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenAIError | RawWavFile | WavEnvelope | TaskError]:
    """Get the wav file

     The clip as a wav file. Relays answer in different shapes (see `WavResult`): read
    `data.wav_file_url`, else `data`, else `wav_file_url`.

    Args:
        clip_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | RawWavFile | WavEnvelope | TaskError]
    """

    kwargs = _get_kwargs(
        clip_id=clip_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clip_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OpenAIError | RawWavFile | WavEnvelope | TaskError | None:
    """Get the wav file

     The clip as a wav file. Relays answer in different shapes (see `WavResult`): read
    `data.wav_file_url`, else `data`, else `wav_file_url`.

    Args:
        clip_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | RawWavFile | WavEnvelope | TaskError
    """

    return sync_detailed(
        clip_id=clip_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    clip_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenAIError | RawWavFile | WavEnvelope | TaskError]:
    """Get the wav file

     The clip as a wav file. Relays answer in different shapes (see `WavResult`): read
    `data.wav_file_url`, else `data`, else `wav_file_url`.

    Args:
        clip_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIError | RawWavFile | WavEnvelope | TaskError]
    """

    kwargs = _get_kwargs(
        clip_id=clip_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clip_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OpenAIError | RawWavFile | WavEnvelope | TaskError | None:
    """Get the wav file

     The clip as a wav file. Relays answer in different shapes (see `WavResult`): read
    `data.wav_file_url`, else `data`, else `wav_file_url`.

    Args:
        clip_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIError | RawWavFile | WavEnvelope | TaskError
    """

    return (
        await asyncio_detailed(
            clip_id=clip_id,
            client=client,
        )
    ).parsed
