"""Schemathesis against the sandbox (songspec.testing.sandbox) of every registered vendor: the
sandbox's answers, in every state a task walks through, satisfy the spec, and it accepts every
request the spec allows.

Settings (stated here so a failure can be replayed exactly):
- positive mode, all four phases (examples, coverage, fuzzing, stateful: submit -> fetch `links`),
  MAX_EXAMPLES examples per operation and phase, seed SEED, no example database, and a time budget
  per vendor (TIMEOUT, the subprocess is killed past it) so the run stays bounded;
- the sandbox requires one key (SANDBOX_KEY), so `ignored_auth` really checks that a missing or
  wrong key is refused; tasks run on a short time scale, so the stateful phase sees them queued,
  running and finished.
One expectation is widened, from the spec: Schemathesis takes 404 as the answer to a valid fetch of
an id that does not exist; where the vendor documents another status for that (new-api relays answer
400 `task_not_exist`), that status is accepted for the fetch operation (written to a config file per
run, `schemathesis.toml`). No check is excluded: the sandbox answers 405 with an `Allow` header and rejects wrong keys, the two
things Prism cannot do (contract_tests/test_schemathesis.py). Besides Schemathesis's verdict, the
sandbox's own record must show no answer that failed its response schema and no callback made to a
non-loopback address.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from schemathesis.config._checks import POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES

from songspec._specs import spec_path
from songspec.testing.sandbox import Sandbox, is_loopback_url
from songspec.vendors import get_vendor, vendor_names

SEED = 20261121
MAX_EXAMPLES = 12
TIMEOUT = 600
SANDBOX_KEY = "sandbox-test-key"


def _auth_header(vendor: str) -> str:
    profile = get_vendor(vendor).profile
    prefix = f"{profile.auth_prefix} " if profile.auth_prefix else ""
    return f"{profile.auth_header}: {prefix}{SANDBOX_KEY}"


def _config(vendor: str, sandbox: Sandbox) -> str:
    """schemathesis.toml: the fetch operation also accepts the vendor's documented not-found status."""
    status, _body = sandbox.fake.simulator.not_found()
    if status in (200, 404):
        return ""
    statuses = ", ".join(f'"{s}"' for s in [*POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES, str(status)])
    fetch = get_vendor(vendor).profile.fetch_operation
    return (
        f'[[operations]]\ninclude-operation-id = "{fetch}"\n'
        f"checks.positive_data_acceptance.expected-statuses = [{statuses}]\n"
    )


@pytest.mark.parametrize("vendor", vendor_names())
def test_schemathesis_finds_no_contract_violation_in_the_sandbox(vendor: str, tmp_path: Path) -> None:
    with Sandbox(vendor, api_key=SANDBOX_KEY, time_scale=0.2, fail_rate=0.25, seed=SEED) as sandbox:
        config = tmp_path / "schemathesis.toml"
        config.write_text(_config(vendor, sandbox))
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file",
            str(config),
            "run",
            str(spec_path(vendor)),
            "--url",
            sandbox.url,
            "--mode",
            "positive",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(SEED),
            "--generation-database",
            "none",
            "--workers",
            "2",
            "--no-color",
            "-H",
            _auth_header(vendor),
        ]
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=TIMEOUT)
        exchanges = list(sandbox.exchanges)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-8000:]
    assert "API Links:" in output, "the stateful phase (submit -> fetch links) did not run"
    assert sandbox.violations == [], sandbox.violations[:5]
    assert not [c for c in sandbox.callbacks if c.delivered and not is_loopback_url(c.url)]
    profile = get_vendor(vendor).profile
    fetched = {e.status for e in exchanges if e.operation == profile.fetch_operation}
    assert 200 in fetched, "no task was fetched"
