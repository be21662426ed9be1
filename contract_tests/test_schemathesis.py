"""Schemathesis against a Prism mock of each spec: every operation, all four phases, fixed seed.

Settings (stated here so a failure can be replayed exactly):
- positive mode: Prism answers invalid input with its own fixed bodies (e.g. a 400 for malformed
  JSON that no vendor sends), so negative cases would test Prism, not our spec;
- MAX_EXAMPLES examples per operation and phase, seed SEED, no example database;
- the stateful phase follows the submit -> fetch `links` declared in each spec.
Checks excluded, each because it tests Prism rather than the spec:
- ignored_auth: Prism accepts any credentials that are present; it cannot reject a wrong key;
- unsupported_method: Prism answers 405 without an Allow header for methods the spec lacks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.specs import auth_headers
from songspec._specs import vendor_names

SEED = 20261121
MAX_EXAMPLES = 12
EXCLUDED_CHECKS = ("ignored_auth", "unsupported_method")


@pytest.mark.parametrize("vendor", vendor_names())
def test_schemathesis_finds_no_contract_violation(vendor: str, mocks, tmp_path: Path) -> None:
    mock = mocks[vendor]
    headers = [arg for name, value in auth_headers(vendor).items() for arg in ("-H", f"{name}: {value}")]
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(mock.spec_file),
        "--url",
        mock.url,
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
        "--exclude-checks",
        ",".join(EXCLUDED_CHECKS),
        "--workers",
        "2",
        "--no-color",
        *headers,
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-8000:]
    assert "API Links:" in output, "the stateful phase (submit -> fetch links) did not run"
