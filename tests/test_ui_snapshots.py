"""SVG snapshots of the labeling screen and the help screen at fixed terminal sizes.

Update after an intended change with ``pytest tests/test_ui_snapshots.py --snapshot-update``
and look at the new SVGs before committing them.
"""

from __future__ import annotations

from support.ui import settle, type_text

from annotator.ui.app import AnnotatorApp


def test_label_screen_120x40(seeded_db, db_path, snap_compare):
    assert snap_compare(AnnotatorApp(db_path, "alice"), terminal_size=(120, 40),
                        run_before=settle)


def test_label_screen_80x24_after_labeling(seeded_db, db_path, snap_compare):
    async def label_two(pilot):
        await settle(pilot)
        await pilot.press("c", "plus", "d")

    assert snap_compare(AnnotatorApp(db_path, "alice"), terminal_size=(80, 24),
                        run_before=label_two)


def test_help_screen_120x40(seeded_db, db_path, snap_compare):
    async def help_(pilot):
        await settle(pilot)
        await pilot.press("question_mark")

    assert snap_compare(AnnotatorApp(db_path, "alice"), terminal_size=(120, 40),
                        run_before=help_)


def test_source_picker_120x40(seeded_db, db_path, snap_compare):
    async def pick(pilot):
        await settle(pilot)
        await pilot.press("s")
        await type_text(pilot, "Peskov")
        await settle(pilot)

    assert snap_compare(AnnotatorApp(db_path, "alice"), terminal_size=(120, 40),
                        run_before=pick)
