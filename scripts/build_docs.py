"""Build site/: one self-contained, offline HTML reference page per vendor, plus an index.

Usage: python scripts/build_docs.py [--out DIR] [VENDOR ...]   (default: site/, every vendor)

Each page is `redocly build-docs generated/openapi/<vendor>.yaml --inlineBundle`: the Redoc scripts
and the spec are embedded in the HTML, so the page needs no server and no network. Redocly's output
still contains a few references that would make the *browser* reach the internet when the page is
opened; `neutralise()` rewrites them (the list is in REMOTE_LITERALS below, with the reason for each)
and `check_offline()` refuses a page that still loads anything remote from its markup:

- the "API docs by Redocly" logo in the sidebar is an <img> that Redoc's JS adds after hydration,
  pointing at cdn.redoc.ly; it becomes an inline SVG data: URI (same words, no request);
- Redoc's icon component builds `url(<cdn.redocly.com/icons/...>/<name>.svg)`; the CDN base becomes
  `data:,` so any icon resolves to an inert data: URL instead of a CDN fetch;
- the telemetry endpoint (otel.cloud.redocly.com) is already switched off by
  `--openapi.disableTelemetry=true`; its URL is also replaced by `data:,` so it cannot be reached
  even if an option were lost.
Remote <link> (stylesheet, font, preconnect, ...) and CSS `@import` of remote files are stripped and
remote CSS `url(...)` becomes `url(data:,)` if Redocly ever adds them (2.77.0 adds none: its fonts
are the system stack). A remote <script src>, <img src>, <iframe> etc. in the markup is an error
(it would come from the spec's own Markdown, and must be fixed there).

tests/test_docs_browser.py opens every page in headless Chromium and fails on any request that is
not to 127.0.0.1, so anything this misses is caught.

The index (site/index.html) is written from songspec._catalog.catalog(), the same summary behind
`songspec vendors` and the table in specs/README.md. Output is deterministic (no timestamps).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from songspec._catalog import DOC_STATUSES, VendorSummary, catalog
from songspec._specs import spec_path, vendor_names

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


def build_vendor_page(vendor: str, out_dir: Path) -> tuple[Path, list[str]]:
    """redocly build-docs for one vendor, then neutralise and check it. Returns (page, changes)."""
    out = out_dir / f"{vendor}.html"
    raw = out_dir / f".{vendor}.redocly.html"
    cmd = [
        str(REDOCLY),
        "build-docs",
        str(spec_path(vendor)),
        "--output",
        str(raw),
        "--inlineBundle",
        "--openapi.disableTelemetry=true",
        "--lint-config=off",
    ]
    result = subprocess.run(cmd, cwd=ROOT, env=_redocly_env(), capture_output=True, text=True)
    if result.returncode != 0 or not raw.is_file():
        raise RuntimeError(f"build-docs failed for {vendor}:\n{result.stdout}{result.stderr}")
    page, changes = neutralise(raw.read_text(encoding="utf-8"))
    raw.unlink()
    try:
        check_offline(page)
    except OfflineError as error:
        raise OfflineError(f"{vendor}: {error}") from None
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
            f"<td>{_code_list(v.base_urls, 'none')}</td>"
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
<footer>Generated by <code>make docs</code> from <code>generated/openapi/*.yaml</code>
(the same summary as <code>songspec vendors</code> and the table in
<code>specs/README.md</code>). Reference pages rendered with Redocly.</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------------------- main


def build(out_dir: Path = SITE, vendors: list[str] | None = None, *, verbose: bool = False) -> list[Path]:
    """Build the vendor pages and index.html into out_dir; return the pages, index last."""
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
