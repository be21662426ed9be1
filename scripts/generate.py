"""Bundle each spec and regenerate its client: specs/<name>/ -> generated/openapi/<name>.yaml (and
its JSON twin <name>.json) -> generated/<package>/, linked as src/songspec/clients/<package>.

Usage: python scripts/generate.py [NAME ...]   (default: every folder in specs/ with an openapi.yaml)

Deterministic: the same inputs give byte-identical output, which `make drift` relies on.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from songspec._specs import package_name as songspec_package_name

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CODEGEN = ROOT / "codegen"
NODE_BIN = ROOT / "node_modules" / ".bin"


def spec_names(selected: list[str]) -> list[str]:
    available = sorted(p.parent.name for p in SPECS.glob("*/openapi.yaml"))
    unknown = sorted(set(selected) - set(available))
    if unknown:
        sys.exit(f"generate: no spec folder for {', '.join(unknown)} (have: {', '.join(available)})")
    return selected or available


def package_name(name: str) -> str:
    """The generated package's folder: the last part of songspec._specs.package_name, the one rule
    the wrapper also uses to find a client (the spec folder's name with '_' for '-')."""
    return songspec_package_name(name).rpartition(".")[2]


def write_config(name: str, directory: Path) -> Path:
    """codegen/config.yaml plus the project and package names derived from the spec folder."""
    config = yaml.safe_load((CODEGEN / "config.yaml").read_text())
    config.update(project_name_override=name, package_name_override=package_name(name))
    path = directory / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True))
    return path


def run(cmd: list[str], **kwargs) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"generate: command failed: {' '.join(cmd)}")


def bundle(name: str) -> Path:
    out = GENERATED / "openapi" / f"{name}.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    run([str(NODE_BIN / "redocly"), "bundle", f"specs/{name}/openapi.yaml", "--output", str(out.relative_to(ROOT))])
    # The same bundle as JSON: what songspec reads at run time (json parses it in milliseconds;
    # PyYAML's pure-Python loader took most of a second per `songspec vendors`).
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    out.with_suffix(".json").write_text(
        json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return out


def generate_client(name: str, bundled: Path) -> Path:
    package = package_name(name)
    out = GENERATED / package
    # The generator only writes what the spec describes; removing the old tree first means a
    # deleted operation or model does not linger as a stale file.
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "RUFF_NO_CACHE": "true"}
    with tempfile.TemporaryDirectory() as scratch:
        config = write_config(name, Path(scratch))
        run(
            [
                str(Path(sys.executable).parent / "openapi-python-client"),
                "generate",
                "--path",
                str(bundled.relative_to(ROOT)),
                "--meta",
                "none",
                "--output-path",
                str(out.relative_to(ROOT)),
                "--config",
                str(config),
                "--custom-template-path",
                str((CODEGEN / "templates").relative_to(ROOT)),
                "--fail-on-warning",
                "--overwrite",
            ],
            env=env,
        )
    # PEP 561: the clients are typed, so users' type checkers should read them.
    (out / "py.typed").write_text("")
    link_into_songspec(package)
    return out


def link_into_songspec(package: str) -> None:
    """src/songspec/clients/<package> -> generated/<package>: one import name for users
    (songspec.clients.<package>), one copy of the code, and the wheel packs the target."""
    link = ROOT / "src" / "songspec" / "clients" / package
    target = Path("..") / ".." / ".." / "generated" / package
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(target, target_is_directory=True)


def main(argv: list[str]) -> None:
    for name in spec_names(argv):
        bundled = bundle(name)
        package = generate_client(name, bundled)
        print(f"generated {bundled.relative_to(ROOT)} and {package.relative_to(ROOT)}/")


if __name__ == "__main__":
    main(sys.argv[1:])
