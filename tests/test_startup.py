"""What a first call loads (issue 13's start-up goals; `make perf` measures the times, tests never do).

Creating a Songspec and checking a body must not load the HTTP stack, the generated models (and
attrs), asyncio or a pure-Python schema validator; a first request must not load httpx's own
command-line client (click, rich.progress, pygments), which httpx imports whenever they are installed.
Each check runs in a fresh interpreter, as a user's process starts.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from songspec.vendors import vendor_names

HEAVY = ("httpx", "attrs", "asyncio", "jsonschema", "yaml", "click", "pygments", "rich")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"SONGSPEC_LEDGER": "off", "PATH": "/usr/bin:/bin", "SONGSPEC_BASE_URL": "http://127.0.0.1:9"},
    )
    loaded: list[str] = json.loads(run.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("vendor", vendor_names())
def test_a_client_and_a_checked_body_load_no_http_stack_and_no_models(vendor: str) -> None:
    code = (
        "from songspec import Songspec\n"
        f"api = Songspec({vendor!r}, api_key='startup-key-123456')\n"
        "api._vendor.validate_request(api.profile.submit_operation, api.generation_body('lo-fi'))\n"
    )
    assert loaded_after(code) == []


def test_a_refused_body_is_refused_before_anything_heavy_loads() -> None:
    code = (
        "from songspec import Songspec, RequestValidationError\n"
        "api = Songspec('ttapi-producer', api_key='startup-key-123456')\n"
        "try:\n"
        "    api._vendor.validate_request('generate_music', {'prompt': 'x', 'nonsense': 1})\n"
        "except RequestValidationError as exc:\n"
        "    assert 'nonsense' in str(exc), exc\n"
        "else:\n"
        "    raise SystemExit('not refused')\n"
    )
    assert loaded_after(code) == []


def test_a_request_does_not_load_the_httpx_command_line_client() -> None:
    code = (
        "from songspec import Songspec\n"
        "from songspec.testing import FakeVendor\n"
        "vendor = FakeVendor('ttapi-producer')\n"
        "with Songspec('ttapi-producer', api_key='startup-key-123456', transport=vendor.transport()) as api:\n"
        "    assert api.submit(api.generation_body('lo-fi')).task_id\n"
    )
    loaded = loaded_after(code)
    assert "httpx" in loaded  # the request really went through httpx
    assert not {"click", "pygments"} & set(loaded), loaded


def test_httpx_is_left_alone_when_it_was_loaded_before_songspec() -> None:
    # The guard only declines httpx's CLI import when songspec loads first; here click and rich are
    # installed (uvicorn and the display need them), so httpx loaded its CLI module as usual.
    code = "import sys, httpx, songspec\nprint(sys.modules.get('httpx._main') is not None)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "True"
