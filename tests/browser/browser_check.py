"""Browser check of the built docs: serve the HTML on localhost, load it in headless Chromium.

Run by ``tox -e browser``, which builds the HTML first and sets:

* ``FUNCUTILS_DOCS_HTML``: the built HTML directory (default ``docs/_build/html``);
* ``FUNCUTILS_DOCS_ARTIFACTS``: where the screenshots go (default
  ``docs/_build/browser``).

Checks: the landing page renders (title, pitch, navigation); the JS-driven
search page lists ``funcutils.arrays.flatten_deep`` for ``?q=flatten_deep``;
each module's API page lists every name of the module's ``__all__``; the
performance page's charts are served. Screenshots of the landing and search
pages are saved as artifacts.

Not named ``test_*.py``: the normal test run does not collect it (it needs
Chromium and a built site). Run it by path, without the test-suite's conftest::

    python -m pytest --noconftest tests/browser/browser_check.py -v
"""

from __future__ import annotations

import functools
import http.server
import importlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.request
from collections.abc import Iterator

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HTML = os.environ.get("FUNCUTILS_DOCS_HTML", os.path.join(ROOT, "docs", "_build", "html"))
ARTIFACTS = os.environ.get("FUNCUTILS_DOCS_ARTIFACTS", os.path.join(ROOT, "docs", "_build", "browser"))
MODULES = [m.__name__.rsplit(".", 1)[1] for m in importlib.import_module("funcutils").MODULES]
# Without the networking flags Chromium stalls trying to reach the closed network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no chromium on PATH: apt-get install chromium (tox -e browser does it as root)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib name)
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The base URL of the built HTML, served by http.server on a free localhost port."""
    if not os.path.isfile(os.path.join(HTML, "index.html")):
        pytest.fail(f"no built docs in {HTML}: run sphinx-build -b html docs {HTML} first")
    handler = functools.partial(_QuietHandler, directory=HTML)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def run_chromium(*args: str) -> str:
    """Run headless Chromium with a fresh profile; return its stdout."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        result = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=180, check=False,
        )
    if result.returncode != 0:
        pytest.fail(f"chromium exited {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout


def dom(url: str) -> str:
    """The DOM of ``url`` after its scripts ran (virtual time lets them finish)."""
    return run_chromium("--virtual-time-budget=15000", "--dump-dom", url)


def screenshot(url: str, name: str) -> str:
    os.makedirs(ARTIFACTS, exist_ok=True)
    path = os.path.join(ARTIFACTS, name)
    if os.path.exists(path):
        os.remove(path)
    run_chromium("--virtual-time-budget=15000", "--window-size=1280,1000", f"--screenshot={path}", url)
    assert os.path.getsize(path) > 10_000, f"screenshot {path} is suspiciously small"
    with open(path, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {path}")
    return path


def text_of(html: str) -> str:
    """Visible-ish text: tags dropped, whitespace folded."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_landing_page_renders(site: str) -> None:
    page = dom(site + "index.html")
    text = text_of(page)
    assert "<title>funcutils" in page
    for claim in ("whole API", "Compiled speed", "mypy --strict",
                  "no recursion limit"):
        assert claim in text, f"landing page lacks {claim!r}"
    for section in ("Install", "Quickstart"):
        assert section in text
    for target in ("guide.html", "api/index.html", "migrating.html", "performance.html",
                   "changelog.html", "differences.html"):
        assert f'href="{target}' in page, f"landing page does not link {target}"
    screenshot(site + "index.html", "landing.png")


def test_search_finds_flatten_deep(site: str) -> None:
    url = site + "search.html?q=flatten_deep"
    page = dom(url)
    results = re.search(r'<ul[^>]*class="search"[^>]*>(.*?)</ul>', page, re.S)
    assert results, "the search page shows no result list (did searchtools.js run?)"
    assert 'href="api/arrays.html#funcutils.arrays.flatten_deep"' in results.group(1), results.group(1)[:2000]
    screenshot(url, "search-flatten_deep.png")


@pytest.mark.parametrize("module", MODULES)
def test_api_page_lists_the_module(site: str, module: str) -> None:
    page = dom(f"{site}api/{module}.html")
    public = importlib.import_module(f"funcutils.{module}").__all__
    documented = set(re.findall(rf'<dt[^>]*\bid="funcutils\.{module}\.(\w+)"', page))
    missing = [name for name in public if name not in documented]
    assert not missing, f"api/{module}.html does not document {missing}"
    mod = importlib.import_module(f"funcutils.{module}")
    # Classes a function returns (MemoizedFunc, Debounced...) are documented with
    # their module, outside __all__.
    extra = sorted(n for n in documented - set(public) if not isinstance(getattr(mod, n, None), type))
    assert not extra, f"api/{module}.html documents names outside __all__: {extra}"
    # the summary table links every name too
    for name in public:
        assert f'href="#funcutils.{module}.{name}"' in page, f"summary of api/{module}.html lacks {name}"


def test_no_page_shows_a_rendering_error() -> None:
    """No page carries a docutils system message or triggers the theme's error banner."""
    pages = []
    for folder, _dirs, files in os.walk(HTML):
        pages += [os.path.join(folder, f) for f in files if f.endswith(".html")]
    assert len(pages) >= 12, f"only {len(pages)} pages in {HTML}"
    bad = []
    for path in pages:
        with open(path, encoding="utf-8") as f:
            html = f.read()
        # furo's stylesheet paints an error over a ``contents`` block that lacks
        # its escape-hatch class
        toc = re.search(r'class="contents\b(?![^"]*this-will-duplicate-information)', html)
        if 'class="system-message"' in html or toc:
            bad.append(os.path.relpath(path, HTML))
    assert not bad, f"rendering errors in {bad}"


def test_performance_charts_are_served(site: str) -> None:
    page = dom(site + "performance.html")
    images = sorted(set(re.findall(r'<img[^>]*src="(_images/[^"]+\.png|_static/perf/[^"]+\.png)"', page)))
    assert len(images) >= 4, f"performance page shows {len(images)} charts"
    for src in images:
        with urllib.request.urlopen(site + src, timeout=30) as response:
            assert response.status == 200
            assert response.read(8) == b"\x89PNG\r\n\x1a\n", src
