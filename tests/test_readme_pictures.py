"""The README's pictures are the snapshot SVGs the UI tests compare the app with: each one
it shows exists, and is a snapshot a test still makes (a renamed test would leave the
README showing a stale or missing file)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_readme_picture_is_a_current_snapshot():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]+\]\(([^)\s]+)\)", readme)
    assert {re.sub(r"\[.*\]$", "", Path(p).stem) for p in pictures} >= {
        "test_label_screen_120x40", "test_snapshot_of_the_adjudication_screen",
        "test_dashboard_snapshot_120x40"}
    for picture in pictures:
        path = ROOT / picture
        assert path.is_file(), picture
        assert path.read_text(encoding="utf-8").lstrip().startswith("<svg"), picture
        # tests/__snapshots__/<module>/<test>.svg is made by test <test> in <module>.py
        # a test run on both engines names its picture <test>[engine]
        module, test = path.parent.name, re.sub(r"\[.*\]$", "", path.stem)
        source = (ROOT / "tests" / f"{module}.py").read_text(encoding="utf-8")
        assert f"def {test}(" in source, f"{picture}: no test {test} in tests/{module}.py"
