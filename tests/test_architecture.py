"""How the package is put together: no import cycles, and vendor facts in one place."""

from __future__ import annotations

import ast
from pathlib import Path

from songspec.vendors import REGISTRY, get_vendor

SRC = Path(__file__).resolve().parent.parent / "src" / "songspec"


def wrapper_files() -> list[Path]:
    """songspec's own modules: not the generated clients linked under songspec/clients/."""
    clients = SRC / "clients"
    generated = {link.name for link in clients.iterdir() if link.is_symlink()}
    return [
        path
        for path in SRC.rglob("*.py")
        if not (path.is_relative_to(clients) and path.relative_to(clients).parts[0] in generated)
    ]


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every songspec module this file imports, anywhere in it (TYPE_CHECKING and local imports too)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [target] + [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found.update(name for name in candidates if name.startswith("songspec") and name != module)
    return found


def test_no_import_cycle_inside_songspec() -> None:
    files = {_module_name(path): path for path in wrapper_files()}
    graph = {name: {dep for dep in _imports(path) if dep in files} for name, path in files.items()}
    # A package's __init__ re-exporting its submodules is not a cycle with them.
    graph = {name: {dep for dep in deps if not name.startswith(dep + ".")} for name, deps in graph.items()}
    cycles = []

    def visit(name: str, trail: list[str]) -> None:
        for dep in graph[name]:
            if dep in trail:
                cycles.append([*trail[trail.index(dep) :], dep])
            elif dep not in done:
                visit(dep, [*trail, dep])
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        visit(name, [name])
    assert not cycles, cycles[:3]


def test_no_vendor_fact_is_written_in_the_wrapper() -> None:
    """Base URLs, key variables and auth headers live in the specs; the codecs do not repeat them."""
    for name in REGISTRY:
        profile = get_vendor(name).profile
        facts = [*profile.base_urls, profile.key_env]
        if profile.auth_header != "Authorization":
            facts.append(profile.auth_header)
        for path in wrapper_files():
            text = path.read_text(encoding="utf-8")
            written = [fact for fact in facts if fact in text]
            assert not written, f"{path.relative_to(SRC)} repeats {name}'s {written}: read it from the profile"
