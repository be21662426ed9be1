"""Build site/: one self-contained, offline HTML reference page per vendor, the Python library and
CLI reference, and an index.

Usage: python scripts/build_docs.py [--out DIR] [VENDOR ...]   (default: site/, every vendor)

Each page is `redocly build-docs` of `generated/openapi/<vendor>.json` (with `--inlineBundle`): the Redoc scripts
and the spec are embedded in the HTML, so the page needs no server and no network. Redocly's output
still contains a few references that would make the *browser* reach the internet when the page is
opened; `neutralise()` rewrites them (the list is in REMOTE_LITERALS below, with the reason for each)
and `check_offline()` refuses a page that still loads anything remote from its markup:

- the "API docs by Redocly" logo in the sidebar is an <img> that Redoc's JS adds after hydration,
  pointing at cdn.redoc.ly; it becomes an inline SVG data: URI (same words, no request);
- Redoc's icon component builds `url(<cdn.redocly.com/icons/...>/<name>.svg)`; the CDN base becomes
  `data:,` so any icon resolves to an inert data: URL instead of a CDN fetch;
- the telemetry endpoint (otel.cloud.redocly.com) is already switched off by
  `disableTelemetry` (REDOC_OPTIONS); its URL is also replaced by `data:,` so it cannot be reached
  even if an option were lost.
Remote <link> (stylesheet, font, preconnect, ...) and CSS `@import` of remote files are stripped and
remote CSS `url(...)` becomes `url(data:,)` if Redocly ever adds them (2.77.0 adds none: its fonts
are the system stack). A remote <script src>, <img src>, <iframe> etc. in the markup is an error
(it would come from the spec's own Markdown, and must be fixed there).

tests/test_docs_browser.py opens every page in headless Chromium and fails on any request that is
not to 127.0.0.1, so anything this misses is caught.

Redocly renders a copy of each spec (docs_spec(); specs/ and generated/ stay as they are) with a
Python sample on every operation (x-codeSamples from python_sample()), the operation's x-source as
public links, and no internal path anywhere (check_no_internal_paths() refuses a page that shows
one). A fixed bar on each vendor page links back to the index. site/api/ is pdoc's reference of
the public package, site/cli.html every command's --help.

The index (site/index.html) is written from songspec._catalog.catalog(), the same summary behind
`songspec vendors` and the table in specs/README.md. Output is deterministic (no timestamps).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import html
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from songspec._catalog import DOC_STATUSES, VendorSummary, catalog
from songspec._specs import HTTP_METHODS, endpoint_module, load_spec, resolve, schema_validator, vendor_names
from songspec.vendors._profile import read_profile

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def _svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml," + urllib.parse.quote(svg, safe="=:/'-.,;()")


_LOGO_FULL = _svg_data_uri(
    "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='16' viewBox='0 0 64 16'>"
    "<text x='0' y='12.5' font-family='sans-serif' font-size='13' font-weight='600' "
    "fill='#d2302e'>Redocly</text></svg>"
)
_LOGO_MINI = _svg_data_uri(
    "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16' viewBox='0 0 16 16'>"
    "<text x='3' y='13' font-family='sans-serif' font-size='13' font-weight='700' "
    "fill='#d2302e'>R</text></svg>"
)

# Literal URLs in Redocly 2.77.0's inlined bundle that the browser would fetch at run time, and what
# replaces each. A literal that is absent is fine (another Redocly version); the browser test
# catches any new remote load.
REMOTE_LITERALS: dict[str, str] = {
    # <img alt="redocly logo"> rendered by the sidebar attribution after hydration.
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": _LOGO_FULL,
    "https://cdn.redoc.ly/redoc/logo-mini.svg": _LOGO_MINI,
    # Icon packs: the icon component loads `${base}/${kind}/${name}.svg` as a CSS mask/background.
    "https://cdn.redocly.com/icons/fa/7.0.0": "data:,",
    "https://cdn.redocly.com/icons/code/5.24.0": "data:,",
    # Telemetry endpoint (disabled by option; neutralised as well).
    "https://otel.cloud.redocly.com/v1/traces": "data:,",
}

_REMOTE = r"""(?:https?:)?//"""
# <link ... href="https://..."> of any rel (stylesheet, preload, icon, preconnect, dns-prefetch...).
_REMOTE_LINK = re.compile(rf"""<link\b[^>]*\bhref\s*=\s*["']?{_REMOTE}[^>]*>""", re.I)
# @import "https://..."; / @import url(https://...);
_REMOTE_IMPORT = re.compile(rf"""@import\s+(?:url\(\s*)?["']?{_REMOTE}[^;]*;""", re.I)
# url(https://...) in CSS.
_REMOTE_CSS_URL = re.compile(rf"""url\(\s*(["']?){_REMOTE}[^)"']*\1\s*\)""", re.I)
# Elements whose src= would be fetched.
_REMOTE_SRC = re.compile(
    rf"""<(?:script|img|iframe|frame|audio|video|source|track|embed|input)\b[^>]*"""
    rf"""\bsrc(?:set)?\s*=\s*["']?{_REMOTE}[^"'\s>]*""",
    re.I,
)
_REMOTE_OBJECT = re.compile(rf"""<object\b[^>]*\bdata\s*=\s*["']?{_REMOTE}""", re.I)
_KNOWN_CDNS = re.compile(
    r"""https?://(?:cdn\.redoc\.ly|cdn\.redocly\.com|fonts\.googleapis\.com|fonts\.gstatic\.com"""
    r"""|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)/""",
    re.I,
)


class OfflineError(RuntimeError):
    """A built page would still load something from the network."""


def neutralise(page: str) -> tuple[str, list[str]]:
    """Rewrite every remote resource load we know how to; return the page and what was changed."""
    changes = []
    for literal, replacement in REMOTE_LITERALS.items():
        count = page.count(literal)
        if count:
            page = page.replace(literal, replacement)
            host = urllib.parse.urlsplit(literal).hostname
            changes.append(f"{host} -> {replacement.split(',')[0]} ({count}x)")
    for pattern, replacement, what in (
        (_REMOTE_LINK, "", "removed remote <link>"),
        (_REMOTE_IMPORT, "", "removed remote @import"),
        (_REMOTE_CSS_URL, "url(data:,)", "neutralised remote CSS url()"),
    ):
        page, count = pattern.subn(replacement, page)
        if count:
            changes.append(f"{what} ({count}x)")
    return page, changes


def check_offline(page: str) -> None:
    """Raise OfflineError if the page's markup still loads a remote resource."""
    problems = []
    for pattern in (_REMOTE_LINK, _REMOTE_IMPORT, _REMOTE_CSS_URL, _REMOTE_SRC, _REMOTE_OBJECT):
        problems += [m.group(0)[:160] for m in pattern.finditer(page)]
    problems += sorted({m.group(0) for m in _KNOWN_CDNS.finditer(page)})
    if problems:
        raise OfflineError("remote resource loads left in the page:\n  " + "\n  ".join(problems))


def _redocly_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    return env


# ----------------------------------------------------------------- Python samples on operations

_JSON_LITERAL = re.compile(r'("(?:\\.|[^"\\])*")|\b(true|false|null)\b')
_PY_LITERALS = {"true": "True", "false": "False", "null": "None"}


def _python_literal(value: Any, indent: int) -> str:
    """JSON-looking Python source for a JSON value (true/false/null become True/False/None)."""
    text = json.dumps(value, indent=4, ensure_ascii=False)
    text = _JSON_LITERAL.sub(lambda m: m.group(1) or _PY_LITERALS[m.group(2)], text)
    return text.replace("\n", "\n" + " " * indent)


def _first_request_example(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    body = resolve(spec, operation.get("requestBody"))
    media = (body or {}).get("content", {}).get("application/json", {})
    if "examples" in media:
        return resolve(spec, next(iter(media["examples"].values()))).get("value")
    return media.get("example", {})


def _body_model(vendor: str, spec: dict[str, Any], annotation: Any, example: Any) -> type:
    """The generated model the body parameter takes; for a union, the member whose schema (same
    name in the spec's components) accepts the example."""
    members = list(getattr(annotation, "__args__", ())) or [annotation]
    for member in members:
        schema = spec.get("components", {}).get("schemas", {}).get(member.__name__)
        if schema is not None and schema_validator(vendor, schema).is_valid(example):
            return member
    return members[0]


def _parameter_value(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    if parameter.get("examples"):
        return next(iter(parameter["examples"].values())).get("value")
    schema = parameter.get("schema", {})
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    return parameter["name"].upper()


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def python_sample(vendor: str, path: str, method: str) -> str:
    """The Python that calls one operation through songspec: today's public way is client_for plus
    the generated endpoint module, with the body built from the operation's first request example
    and path/query parameters from the spec. The one place to change when the public API changes."""
    spec = load_spec(vendor)
    operation = spec["paths"][path][method]
    operation_id = operation["operationId"]
    module = endpoint_module(vendor, operation_id)
    package, _, tag = module.__name__.rpartition(".")[0].partition(".api.")
    signature = inspect.signature(module.sync_detailed)
    spec_parameters = {
        _squash(p["name"]): p
        for p in (
            resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]
        )
    }
    imports = ["from songspec import client_for", f"from {package}.api.{tag} import {operation_id}"]
    arguments = ["client=client"]
    for name, parameter in signature.parameters.items():
        if name == "client":
            continue
        if name == "body":
            example = _first_request_example(spec, operation)
            model = _body_model(vendor, spec, parameter.annotation, example)
            imports.append(f"from {package}.models import {model.__name__}")
            arguments.append(f"body={model.__name__}.from_dict({_python_literal(example, 4)})")
        elif _squash(name) in spec_parameters:
            value = _parameter_value(spec_parameters[_squash(name)])
            arguments.append(f"{name}={_python_literal(value, 4)}")
    profile = read_profile(vendor)
    key_env = profile.key_env
    client_args = [json.dumps(vendor)]
    if not profile.base_url:  # the vendor's host is the user's to give (a relay)
        client_args.append('base_url="https://your-reseller.example"')
    comment = f"  # reads {key_env}" if key_env else ""
    call = ",\n".join(f"    {a}" for a in arguments)
    return (
        "\n".join(imports)
        + f"\n\nclient = client_for({', '.join(client_args)}){comment}\n"
        + f"response = {operation_id}.sync_detailed(\n{call},\n)\n"
        + "print(response.status_code, response.parsed)\n"
    )


# --------------------------------------------------------------------------- public sources

# The vendor pages the project started from are captured as shared/vendor-docs/<file> (outside this
# repository). Those five files do not name their address. For four it is recorded here, each one
# found by matching the capture's text to a stored public copy of the page; the fifth is in
# CAPTURE_SITES below (its page could not be confirmed). Captures that start with a
# `SOURCE:` line (shared/vendor-docs/suno-surfaces/...) are read from that line instead.
CAPTURE_ORIGINS = {
    # apifox docs site 4287160, 声曲分离 GET /suno/act/stems/{clip_id} ("Last modified 2025-05-06").
    "001_ea7926fb03296142.txt": "https://apifox.com/apidoc/docs-site/4287160/api-292021941",
    # DeerAPI 全轨声曲分离 (same request example: title 安全之弦, stem_type_group_name Twelve).
    "002_568ac2a99ce1eca4.txt": "https://apidoc.deerapi.com/api/music/suno/full-track-separate",
    # AceDataCloud "Producer Audios Generation API 對接說明" (Traditional Chinese).
    "003_8aa10c0b16002744.txt": "https://docs.acedata.cloud/zh-TW/guides/producer/producer_audios",
    # TTAPI Producer API (Chinese docs; the same page the spec's description names).
    "004_58766f706bd02ead.txt": "https://docs-zh.mjapiapp.com/api/producer-api",
}
CAPTURE_SITES = {
    # Captures that do not record their own address, and whose page address could not be confirmed:
    # linked is the documentation site, with where the page sits in its menu. CCAPI's English docs,
    # Audio > Producer > Stem Separation: stored public copies of several pages of that site begin
    # with the same sidebar, so the sidebar cannot tell which page id this one was.
    "000_555d0f4c95f04acb.txt": ("https://docs.ccapi.ai/en", "Audio › Producer › Stem Separation"),
}
FACT_SHEETS = {  # shared/vendors/<file>: research notes with no public home; named, never linked
    "acedata.md": "AceDataCloud",
    "ccapi-ttapi.md": "CCAPI and TTAPI",
    "suno-relay.md": "Suno relay",
}
SHARED = ROOT.parent / "shared"  # beside the checkout on the project's machines; may be absent

_INTERNAL = re.compile(r"`?(?:\.\./)?shared/(vendor-docs|vendors)/([\w./@-]*[\w/])(#[\w.-]+)?`?")
_GITHUB_REF = re.compile(r"^([\w.-]+/[\w.-]+)@([0-9a-f]{7,40}):(\S+)$")
_SOURCE_GITHUB = re.compile(r"^github ([\w.-]+/[\w.-]+) (\S+) @ ([0-9a-f]{7,40})")


class InternalPathError(RuntimeError):
    """A page would show a path that only exists on the project's machines."""


def _github_blob(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


def capture_origin(name: str) -> str | None:
    """The public address of a captured page under shared/vendor-docs/ (None if unknown)."""
    if name in CAPTURE_ORIGINS:
        return CAPTURE_ORIGINS[name]
    capture = SHARED / "vendor-docs" / name
    if not capture.is_file():
        return None
    with capture.open(encoding="utf-8", errors="replace") as lines:
        first = lines.readline().strip()
    if not first.startswith("SOURCE:"):
        return None
    source = first.removeprefix("SOURCE:").strip()
    if m := _SOURCE_GITHUB.match(source):
        return _github_blob(m.group(1), m.group(3), m.group(2))
    if m := re.match(r"https?://\S+", source):
        return m.group(0)
    return None


def public_reference(kind: str, name: str, anchor: str | None) -> tuple[str, str | None]:
    """(label, url) for an internal reference; url is None when there is no public address."""
    if kind == "vendor-docs":
        if name in CAPTURE_SITES:
            site, where = CAPTURE_SITES[name]
            return f"{urllib.parse.urlsplit(site).hostname}, {where} (page address not recorded)", site
        url = capture_origin(name)
        if url:
            return urllib.parse.urlsplit(url).hostname or url, url
        return "a captured vendor page (address not recorded)", None
    title = FACT_SHEETS.get(name, name.removesuffix(".md").replace("-", " "))
    # "#31-post-sunosubmitmusic-fields" -> "post sunosubmitmusic fields" (the heading, in slug form)
    heading = re.sub(r"^\d+-", "", (anchor or "#").lstrip("#")).replace("-", " ")
    return f"songspec's research notes on {title}" + (f" ({heading})" if heading else ""), None


def publicise(text: str, *, markdown: bool) -> str:
    """Replace every internal path in a string by its public address (a link in Markdown)."""

    def replace(m: re.Match[str]) -> str:
        label, url = public_reference(m.group(1), m.group(2), m.group(3))
        if url is None:
            return label
        return f"[{label}]({url})" if markdown else url

    return _INTERNAL.sub(replace, text)


def source_markdown(entry: str) -> str:
    """One x-source entry as a Markdown list item with a public link."""
    if m := _GITHUB_REF.match(entry.strip()):
        url = _github_blob(*m.groups())
        return f"[{m.group(1)}: {m.group(3)}]({url})"
    if re.fullmatch(r"https?://\S+", entry.strip()):
        return f"[{urllib.parse.urlsplit(entry.strip()).hostname}]({entry.strip()})"
    return publicise(entry, markdown=True)


def _source_entries(value: Any) -> list[str]:
    # scripts/check_sources.py (in make lint) holds every x-source to a list of single-source strings.
    items = value if isinstance(value, list) else [value]
    return [str(i) for i in items]


def _publicise_tree(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "x-source":
                out[k] = [publicise(e, markdown=False) for e in _source_entries(v)]
            else:
                out[k] = _publicise_tree(v, k)
        return out
    if isinstance(node, list):
        return [_publicise_tree(v, key) for v in node]
    if isinstance(node, str):
        return publicise(node, markdown=key == "description")
    return node


def check_no_internal_paths(page: str) -> None:
    found = sorted({m.group(0).strip("`") for m in _INTERNAL.finditer(page)})
    if found:
        raise InternalPathError("internal paths left in the page: " + ", ".join(found[:10]))


def docs_spec(vendor: str) -> dict[str, Any]:
    """The copy of a vendor's spec the page renders: a Python sample on every operation
    (x-codeSamples), its sources as public links in its description, and no internal path."""
    spec = copy.deepcopy(load_spec(vendor))
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation["x-codeSamples"] = [
                {"lang": "Python", "label": PYTHON_SAMPLE_LABEL, "source": python_sample(vendor, path, method)}
            ]
            if "x-source" in operation:
                items = "\n".join(f"- {source_markdown(e)}" for e in _source_entries(operation["x-source"]))
                operation["description"] = f"{operation.get('description', '').rstrip()}\n\n**Sources**\n\n{items}\n"
    return _publicise_tree(spec)


# ------------------------------------------------------------------------ back to the index

NAV_HEIGHT = 40  # px; Redoc is told (scrollYOffset) so its sidebar and anchors sit below the bar
_NAV = (
    '<nav class="songspec-nav" style="position:fixed;top:0;left:0;right:0;height:{h}px;z-index:100;'
    "display:flex;align-items:center;gap:18px;padding:0 20px;background:#1f2a48;"
    'font:600 14px system-ui,sans-serif">'
    '<a href="{index}" style="color:#fff;text-decoration:none">&larr; songspec API reference</a>'
    '<span style="color:#9fb0d8;font-weight:400">{title}</span></nav>'
)


def add_back_link(page: str, title: str) -> str:
    """A fixed bar at the top of a Redoc page linking back to index.html."""
    bar = _NAV.format(h=NAV_HEIGHT, index="index.html", title=html.escape(title))
    page, count = re.subn(r"(<body[^>]*>)", lambda m: m.group(1) + bar, page, count=1)
    if count != 1:
        raise RuntimeError("no <body> in the Redocly page")
    return page.replace("</head>", f"<style>body{{padding-top:{NAV_HEIGHT}px}}</style></head>", 1)


PYTHON_SAMPLE_LABEL = "Python (songspec)"
# Redoc shows x-codeSamples only for the languages listed here; the first is the one shown first.
REDOC_OPTIONS = {
    "openapi": {
        "codeSamples": {"languages": [{"lang": "Python", "label": PYTHON_SAMPLE_LABEL}, {"lang": "curl"}]},
        "scrollYOffset": NAV_HEIGHT,  # the back-link bar
        # Given here rather than as --openapi.disableTelemetry: any --openapi.* flag replaces this
        # whole section of the config file.
        "disableTelemetry": True,
    }
}


def build_vendor_page(vendor: str, out_dir: Path) -> tuple[Path, list[str]]:
    """redocly build-docs on the docs copy of one vendor's spec (docs_spec), then neutralise, add the
    back link, and check it. Returns (page, changes)."""
    out = out_dir / f"{vendor}.html"
    raw = out_dir / f".{vendor}.redocly.html"
    source = out_dir / f".{vendor}.docs.json"
    config = out_dir / f".{vendor}.redocly.yaml"
    spec = docs_spec(vendor)
    source.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    config.write_text(json.dumps(REDOC_OPTIONS), encoding="utf-8")  # JSON is YAML
    cmd = [
        str(REDOCLY),
        "build-docs",
        str(source),
        "--output",
        str(raw),
        "--config",
        str(config),
        "--inlineBundle",
        "--lint-config=off",
    ]
    try:
        result = subprocess.run(cmd, cwd=ROOT, env=_redocly_env(), capture_output=True, text=True)
    finally:
        source.unlink(missing_ok=True)
        config.unlink(missing_ok=True)
    if result.returncode != 0 or not raw.is_file():
        raise RuntimeError(f"build-docs failed for {vendor}:\n{result.stdout}{result.stderr}")
    page, changes = neutralise(raw.read_text(encoding="utf-8"))
    raw.unlink()
    page = add_back_link(page, spec["info"]["title"])
    try:
        check_offline(page)
        check_no_internal_paths(page)
    except (OfflineError, InternalPathError) as error:
        raise type(error)(f"{vendor}: {error}") from None
    out.write_text(page, encoding="utf-8")
    return out, changes


# ---------------------------------------------------------------------------------------- index

_CODE = re.compile(r"`([^`]+)`")


def _md(text: str) -> str:
    """Escape, then render the `code` spans the catalog uses (e.g. in the auth description)."""
    return _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", html.escape(text, quote=False))


def _code_list(items: tuple[str, ...] | list[str], empty: str) -> str:
    if not items:
        return f'<span class="muted">{empty}</span>'
    return "<br>".join(f"<code>{html.escape(item)}</code>" for item in items)


def _counts(vendor: VendorSummary) -> str:
    cells = []
    for status in DOC_STATUSES:
        n = vendor.counts.get(status, 0)
        cls = f"pill {status}" if n else "pill zero"
        cells.append(f'<span class="{cls}" title="{status}">{n}</span>')
    return '<span class="counts">' + "".join(cells) + "</span>"


def _operations(vendor: VendorSummary) -> str:
    rows = []
    for op in vendor.operations:
        rows.append(
            "<tr>"
            f'<td><span class="method {op.method.lower()}">{op.method}</span></td>'
            f"<td><code>{html.escape(op.path)}</code></td>"
            f"<td><code>{html.escape(op.operation_id)}</code></td>"
            f"<td>{html.escape(op.summary)}</td>"
            f'<td><span class="status {html.escape(op.doc_status)}">'
            f"{html.escape(op.doc_status)}</span></td>"
            "</tr>"
        )
    return "\n".join(rows)


_STYLE = """
:root {
  --ink: #172033; --muted: #5b6477; --line: #e3e7ef; --bg: #f6f8fb; --card: #fff;
  --accent: #3b5bdb; --ok: #2b8a3e; --warn: #b7791f; --off: #868e96;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; line-height: 1.5; }
header { background: linear-gradient(135deg, #1f2a48, #3b5bdb); color: #fff; }
header .wrap { padding: 48px 32px 40px; }
header h1 { margin: 0 0 8px; font-size: 34px; letter-spacing: -0.02em; }
header p { margin: 0; max-width: 760px; color: #dbe4ff; font-size: 17px; }
.wrap { max-width: 1280px; margin: 0 auto; padding: 32px; }
h2 { font-size: 20px; margin: 8px 0 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 12px;
        box-shadow: 0 1px 2px rgba(16, 24, 40, .04); overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 12px 14px;
         border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
     background: #fafbfd; white-space: nowrap; }
tr:last-child td { border-bottom: none; }
a { color: var(--accent); text-decoration: none; font-weight: 600; }
a:hover { text-decoration: underline; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px;
       background: #f1f3f9; border-radius: 4px; padding: 1px 5px; white-space: nowrap; }
.muted { color: var(--muted); }
.sub { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
.counts { display: inline-flex; gap: 4px; }
.pill { display: inline-block; min-width: 28px; text-align: center; border-radius: 999px;
        padding: 1px 8px; font-weight: 600; font-size: 12.5px; color: #fff; }
.pill.confirmed { background: var(--ok); } .pill.inferred { background: var(--warn); }
.pill.unavailable { background: var(--off); } .pill.zero { background: #e9ecef; color: #adb5bd; }
.legend { font-size: 13px; color: var(--muted); margin: 12px 2px 0; }
.legend .pill { min-width: 0; margin-right: 4px; }
.yes { color: var(--ok); font-weight: 600; }
section.vendor { margin-top: 36px; }
section.vendor h2 a { font-weight: 700; }
.method { display: inline-block; min-width: 52px; text-align: center; font-weight: 700;
          font-size: 11px; border-radius: 4px; padding: 2px 6px; color: #fff; background: #495057; }
.method.get { background: #2f9e44; } .method.post { background: #1c7ed6; }
.method.put { background: #e8590c; } .method.delete { background: #e03131; }
.method.patch { background: #9c36b5; }
.status { font-size: 12px; font-weight: 600; }
.status.confirmed { color: var(--ok); } .status.inferred { color: var(--warn); }
.status.unavailable { color: var(--off); }
footer { color: var(--muted); font-size: 13px; padding: 8px 32px 48px; max-width: 1280px;
         margin: 0 auto; }
"""


def render_index(vendors: list[VendorSummary]) -> str:
    rows = []
    sections = []
    for v in vendors:
        page = f"{html.escape(v.name)}.html"
        batch = (
            f'<span class="yes">yes</span> <code>{html.escape(v.batch_fetch)}</code>'
            if v.batch_fetch
            else '<span class="muted">no</span>'
        )
        rows.append(
            "<tr>"
            f'<td><a href="{page}">{html.escape(v.title)}</a>'
            f'<span class="sub">{html.escape(v.name)}</span></td>'
            f"<td>{_code_list(v.base_urls, 'yours (base_url=)')}</td>"
            f"<td>{_md(v.auth)}</td>"
            f"<td>{_counts(v)}</td>"
            f"<td>{batch}</td>"
            f"<td>{_code_list(v.callback_fields, 'none')}</td>"
            "</tr>"
        )
        sections.append(
            f'<section class="vendor" id="{html.escape(v.name)}">\n'
            f'<h2><a href="{page}">{html.escape(v.title)}</a> '
            f'<span class="muted">&middot; {len(v.operations)} operations</span></h2>\n'
            '<div class="card"><table>\n'
            "<thead><tr><th>method</th><th>path</th><th>operationId</th><th>summary</th>"
            "<th>status</th></tr></thead>\n<tbody>\n"
            f"{_operations(v)}\n</tbody></table></div>\n</section>"
        )
    legend = " ".join(
        f'<span class="pill {s}">&nbsp;</span>{s}' + ("&nbsp;&nbsp;" if s != DOC_STATUSES[-1] else "")
        for s in DOC_STATUSES
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>songspec: API reference</title>
<link rel="icon" href="data:,">
<style>{_STYLE}</style>
</head>
<body>
<header><div class="wrap">
<h1>songspec API reference</h1>
<p>Hand-maintained OpenAPI 3.1 descriptions of the music-generation APIs that resellers sell
(Producer and Suno), one reference page per vendor. Every page works offline.</p>
</div></header>
<main class="wrap">
<h2>Python</h2>
<div class="card"><table>
<tbody>
<tr><td><a href="api/songspec.html">Library reference</a></td>
<td><code>songspec</code>: <code>Songspec</code>, <code>client_for</code>, the errors, the task vocabulary
and <code>songspec.testing</code>, built from the code by pdoc.</td></tr>
<tr><td><a href="cli.html">Command line</a></td>
<td>Every <code>songspec</code> command and its options (<code>--help</code>).</td></tr>
</tbody></table></div>
<h2>Vendors <span class="muted">&middot; {len(vendors)}</span></h2>
<div class="card"><table>
<thead><tr><th>vendor</th><th>base URL</th><th>auth</th>
<th>operations<span class="sub">confirmed / inferred / unavailable</span></th>
<th>batch fetch</th><th>callback field</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div>
<p class="legend">{legend} &mdash; <b>confirmed</b>: path and body on a vendor page;
<b>inferred</b>: deduced (e.g. from a sibling endpoint); <b>unavailable</b>: listed by the vendor
but switched off.</p>
{chr(10).join(sections)}
</main>
<footer>Generated by <code>make docs</code> from <code>generated/openapi/*.json</code>
(the same summary as <code>songspec vendors</code> and the table in
<code>specs/README.md</code>). Reference pages rendered with Redocly.</footer>
</body>
</html>
"""


# ------------------------------------------------------------- library and command-line reference

PDOC_TEMPLATES = ROOT / "scripts" / "pdoc_templates"
# The public package and its public modules; internals start with "_" and pdoc skips them. The
# vendor codecs are machinery behind Songspec, and the CLI gets its own page from its parser.
LIBRARY_MODULES = ["songspec", "songspec.testing", "!songspec.vendors", "!songspec.cli"]


def build_library_reference(out_dir: Path) -> Path:
    """pdoc over the public package (its __all__) into out_dir/api/; returns the root page."""
    import pdoc
    import pdoc.render

    api = out_dir / "api"
    if api.exists():
        shutil.rmtree(api)
    pdoc.render.configure(
        docformat="markdown",
        template_directory=PDOC_TEMPLATES,
        footer_text="songspec library reference",
        search=True,
        show_source=True,
    )
    pdoc.pdoc(*LIBRARY_MODULES, output_directory=api)
    for page in api.rglob("*.html"):
        check_offline(page.read_text(encoding="utf-8"))
    return api / "songspec.html"


_CLI_STYLE = """
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #172033;
       background: #f6f8fb; line-height: 1.5; }
nav { background: #1f2a48; padding: 10px 32px; } nav a { color: #fff; font-weight: 600; text-decoration: none; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 28px; margin: 8px 0; } h2 { font-size: 20px; margin: 32px 0 8px; }
pre { background: #fff; border: 1px solid #e3e7ef; border-radius: 8px; padding: 16px; overflow-x: auto;
      font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
ul.toc { columns: 2; } code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
"""


def cli_help_texts() -> list[tuple[str, str]]:
    """(command, --help text) for `songspec` and each subcommand, from songspec.cli.build_parser()."""
    from songspec.cli import build_parser

    parser = build_parser()
    with _fixed_terminal_width(100):
        texts = [(parser.prog, parser.format_help())]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    texts.append((f"{parser.prog} {name}", sub.format_help()))
    return texts


@contextlib.contextmanager
def _fixed_terminal_width(columns: int) -> Any:
    # argparse wraps to $COLUMNS; a fixed width keeps the page the same on every machine.
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        yield
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def render_cli(texts: list[tuple[str, str]]) -> str:
    toc = "".join(f'<li><a href="#{_anchor(cmd)}"><code>{html.escape(cmd)}</code></a></li>' for cmd, _ in texts)
    sections = "\n".join(
        f'<section id="{_anchor(cmd)}"><h2><code>{html.escape(cmd)} --help</code></h2>'
        f"<pre>{html.escape(text)}</pre></section>"
        for cmd, text in texts
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>songspec: command line</title>
<link rel="icon" href="data:,">
<style>{_CLI_STYLE}</style>
</head>
<body>
<nav><a href="index.html">&larr; songspec API reference</a></nav>
<main>
<h1>The <code>songspec</code> command</h1>
<p>Every command's <code>--help</code>, generated by <code>make docs</code> from
<code>songspec.cli.build_parser()</code>.</p>
<ul class="toc">{toc}</ul>
{sections}
</main>
</body>
</html>
"""


def _anchor(command: str) -> str:
    return command.replace(" ", "-")


def build_cli_page(out_dir: Path) -> Path:
    page = out_dir / "cli.html"
    text = render_cli(cli_help_texts())
    check_offline(text)
    page.write_text(text, encoding="utf-8")
    return page


# ----------------------------------------------------------------------------------------- main


def build(out_dir: Path = SITE, vendors: list[str] | None = None, *, verbose: bool = False) -> list[Path]:
    """Build the vendor pages, the library reference (api/), the CLI page and index.html into
    out_dir; return the pages: vendors, api/songspec.html, cli.html, index.html."""
    names = vendors or vendor_names()
    if not names:
        raise RuntimeError("no bundled specs in generated/openapi/; run `make generate` first")
    if not REDOCLY.exists():
        raise RuntimeError(f"{REDOCLY} is missing; run `make setup`")
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(len(names), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda name: build_vendor_page(name, out_dir), names))
    pages = []
    for page, changes in results:
        pages.append(page)
        if verbose:
            print(f"{page.name}: {'; '.join(changes) or 'nothing to neutralise'}")
    pages.append(build_library_reference(out_dir))
    pages.append(build_cli_page(out_dir))
    summaries = [v for v in catalog() if v.name in set(names)]
    index = out_dir / "index.html"
    index.write_text(render_index(summaries), encoding="utf-8")
    check_offline(index.read_text(encoding="utf-8"))
    pages.append(index)
    return pages


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=SITE, help="output folder (default: site/)")
    parser.add_argument("--clean", action="store_true", help="empty the output folder first")
    parser.add_argument("vendors", nargs="*", help="vendors to build (default: all)")
    args = parser.parse_args(argv)
    if args.clean and args.out.exists():
        shutil.rmtree(args.out)
    try:
        pages = build(args.out, args.vendors or None, verbose=True)
    except (RuntimeError, LookupError) as error:
        print(f"build_docs: {error}", file=sys.stderr)
        return 1
    print(f"built {len(pages)} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
