from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_response import BetaResponse
from ...models.error_response import ErrorResponse
from ...models.project_add_track_request import ProjectAddTrackRequest
from ...models.project_commit_candidate_request import ProjectCommitCandidateRequest
from ...models.project_create_request import ProjectCreateRequest
from ...models.project_generate_track_request import ProjectGenerateTrackRequest
from ...models.project_remove_track_request import ProjectRemoveTrackRequest
from ...models.project_render_request import ProjectRenderRequest
from ...models.project_replace_section_request import ProjectReplaceSectionRequest
from ...models.project_retrieve_request import ProjectRetrieveRequest
from ...models.project_save_request import ProjectSaveRequest
from ...models.project_upload_request import ProjectUploadRequest
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suno/projects",
    }

    if (
        isinstance(body, ProjectCreateRequest)
        or isinstance(body, ProjectRetrieveRequest)
        or isinstance(body, ProjectSaveRequest)
        or isinstance(body, ProjectUploadRequest)
        or isinstance(body, ProjectAddTrackRequest)
        or isinstance(body, ProjectGenerateTrackRequest)
        or isinstance(body, ProjectReplaceSectionRequest)
        or isinstance(body, ProjectCommitCandidateRequest)
        or isinstance(body, ProjectRemoveTrackRequest)
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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
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
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BetaResponse | ErrorResponse]:
    """Studio projects (beta)

     Multi-track Suno Studio projects: `create`, `retrieve`, `save`, `remove_track` answer directly;
    `upload`, `add_track`, `generate_track`, `replace_section`, `commit_candidate` and `render` are
    asynchronous (answer `task_id`; poll `fetch_tasks`, which is free, or pass `callback_url`). A
    projects task succeeded when its record has `finished_at` and `response.success` true.

    Args:
        idempotency_key (str | Unset):
        body (ProjectAddTrackRequest | ProjectCommitCandidateRequest | ProjectCreateRequest |
            ProjectGenerateTrackRequest | ProjectRemoveTrackRequest | ProjectRenderRequest |
            ProjectReplaceSectionRequest | ProjectRetrieveRequest | ProjectSaveRequest |
            ProjectUploadRequest): The body of `projects`: one action body, told apart by `action`.

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
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Studio projects (beta)

     Multi-track Suno Studio projects: `create`, `retrieve`, `save`, `remove_track` answer directly;
    `upload`, `add_track`, `generate_track`, `replace_section`, `commit_candidate` and `render` are
    asynchronous (answer `task_id`; poll `fetch_tasks`, which is free, or pass `callback_url`). A
    projects task succeeded when its record has `finished_at` and `response.success` true.

    Args:
        idempotency_key (str | Unset):
        body (ProjectAddTrackRequest | ProjectCommitCandidateRequest | ProjectCreateRequest |
            ProjectGenerateTrackRequest | ProjectRemoveTrackRequest | ProjectRenderRequest |
            ProjectReplaceSectionRequest | ProjectRetrieveRequest | ProjectSaveRequest |
            ProjectUploadRequest): The body of `projects`: one action body, told apart by `action`.

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
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BetaResponse | ErrorResponse]:
    """Studio projects (beta)

     Multi-track Suno Studio projects: `create`, `retrieve`, `save`, `remove_track` answer directly;
    `upload`, `add_track`, `generate_track`, `replace_section`, `commit_candidate` and `render` are
    asynchronous (answer `task_id`; poll `fetch_tasks`, which is free, or pass `callback_url`). A
    projects task succeeded when its record has `finished_at` and `response.success` true.

    Args:
        idempotency_key (str | Unset):
        body (ProjectAddTrackRequest | ProjectCommitCandidateRequest | ProjectCreateRequest |
            ProjectGenerateTrackRequest | ProjectRemoveTrackRequest | ProjectRenderRequest |
            ProjectReplaceSectionRequest | ProjectRetrieveRequest | ProjectSaveRequest |
            ProjectUploadRequest): The body of `projects`: one action body, told apart by `action`.

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
    body: ProjectAddTrackRequest
    | ProjectCommitCandidateRequest
    | ProjectCreateRequest
    | ProjectGenerateTrackRequest
    | ProjectRemoveTrackRequest
    | ProjectRenderRequest
    | ProjectReplaceSectionRequest
    | ProjectRetrieveRequest
    | ProjectSaveRequest
    | ProjectUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Studio projects (beta)

     Multi-track Suno Studio projects: `create`, `retrieve`, `save`, `remove_track` answer directly;
    `upload`, `add_track`, `generate_track`, `replace_section`, `commit_candidate` and `render` are
    asynchronous (answer `task_id`; poll `fetch_tasks`, which is free, or pass `callback_url`). A
    projects task succeeded when its record has `finished_at` and `response.success` true.

    Args:
        idempotency_key (str | Unset):
        body (ProjectAddTrackRequest | ProjectCommitCandidateRequest | ProjectCreateRequest |
            ProjectGenerateTrackRequest | ProjectRemoveTrackRequest | ProjectRenderRequest |
            ProjectReplaceSectionRequest | ProjectRetrieveRequest | ProjectSaveRequest |
            ProjectUploadRequest): The body of `projects`: one action body, told apart by `action`.

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
