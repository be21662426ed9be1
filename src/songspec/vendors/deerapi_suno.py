"""DeerAPI Suno (specs/deerapi-suno): the Suno relay format (see suno_relay.py) at DeerAPI's own
host. What DeerAPI pins is its host, its key and its spec: the `mv` spelling (`chirp-v3.0`,
`chirp-v3.5` with dots, up to `chirp-fenix`) is checked against DeerAPI's enum before sending,
because request validation reads the deerapi-suno spec. Tasks, clips, errors and the undocumented
`notify_hook` callback are the relay's."""

from __future__ import annotations

from .suno_relay import SunoRelay


class DeerAPISuno(SunoRelay):
    name = "deerapi-suno"
    api_key_env = "DEERAPI_API_KEY"
    default_base_url = "https://api.deerapi.com"  # Authorization: Bearer <DeerAPI key>
