"""annotator report: one self-contained HTML file, checked as text and in headless chromium."""

from __future__ import annotations

import os
import re
import stat

from click.testing import CliRunner
from support.browser import artifact, browser
from support.corpus import queue
from support.team import two_reviewers

from annotator.cli import main
from annotator.domain.annotations import set_annotation
from annotator.domain.disputes import create_dispute


def write_report(db_path, target, *args) -> str:
    result = CliRunner().invoke(main, ["--db", str(db_path), "report", "-o", str(target),
                                       *args])
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def test_report_holds_the_figures_and_nothing_from_outside(seeded_db, db_path, clock,
                                                           tmp_path):
    two_reviewers(seeded_db, clock)
    create_dispute(seeded_db, "<script>alert(1)</script> [bold]x", "ana")
    set_annotation(seeded_db, queue(seeded_db)[20], "e\x1b[31mvil", label="claim")
    page = write_report(db_path, tmp_path / "report.html")

    for chart in ("progress-chart", "rate-chart", "agreement-chart", "confusion-chart"):
        assert f'id="{chart}"' in page
    for table in ("reviewers-table", "labels-table", "pairs-table", "disputes-table"):
        assert f'id="{table}"' in page
    assert "Korea Utara memasok senjata ke Rusia" in page
    # a title from the data is text, never markup, and a control character is a symbol
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x1b" not in page and "␛[31m" in page
    # self-contained: no script, stylesheet, image or font from anywhere, and the page's
    # own policy forbids fetching anything
    assert not re.search(r"<(script|link|img|iframe|object)\b", page)
    assert not re.search(r"(src|href)=", page)
    assert [u for u in re.findall(r"https?://[^\"' )]+", page)
            if u != "http://www.w3.org/2000/svg"] == []
    assert "default-src 'none'" in page


def test_report_pair_and_default_place(seeded_db, db_path, clock, tmp_path, monkeypatch):
    two_reviewers(seeded_db, clock)
    umask = os.umask(0o022)
    try:
        page = write_report(db_path, tmp_path / "r.html", "--pair", "budi", "ana")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "r.html").stat().st_mode) == 0o644  # made to be shared
    assert "budi</text>" in page and "labeled by both budi (rows) and ana (columns)" in page
    bad = CliRunner().invoke(main, ["--db", str(db_path), "report", "-o",
                                    str(tmp_path / "x.html"), "--pair", "ana", "zed"])
    assert bad.exit_code == 1 and "no annotations by reviewer 'zed'" in bad.output
    assert not (tmp_path / "x.html").exists()
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(main, ["init", "proj"])
    monkeypatch.chdir(tmp_path / "proj")
    result = CliRunner().invoke(main, ["--db", str(db_path), "report"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "proj" / "exports").glob("report-*.html"))) == 1


def test_report_renders_offline_in_chromium(seeded_db, db_path, clock, tmp_path):
    two_reviewers(seeded_db, clock)
    target = tmp_path / "report.html"
    write_report(db_path, target)
    url = target.as_uri()
    with browser() as context:
        requested = []
        context.on("request", lambda request: requested.append(request.url))
        context.route(lambda u: not u.startswith("file:"), lambda route: route.abort())
        page = context.new_page()
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.title() == "annotator report"
        for chart in ("progress-chart", "rate-chart", "agreement-chart", "confusion-chart"):
            box = page.locator(f"#{chart}").bounding_box()
            assert box and box["width"] > 200 and box["height"] > 50, chart
        # one line per reviewer, one bar per reviewer and per label, 4 x 4 heat-map cells
        assert page.locator("#progress-chart .series").count() == 2
        assert page.locator("#rate-chart .bar").count() == 2
        assert page.locator("#agreement-chart .bar").count() == 4
        assert page.locator("#confusion-chart .cell").count() == 16
        rows = page.locator("#disputes-table tbody tr")
        assert rows.count() == 2
        assert rows.first.inner_text().split("\t")[0] == "Korea Utara memasok senjata ke Rusia"
        page.screenshot(path=str(artifact("report.png")), full_page=True)
        assert requested == [url]  # nothing fetched but the file itself
