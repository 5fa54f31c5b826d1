"""Binding ids and the keymap file: rebinding keys in the real app, and refusing bad files."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import platformdirs
import pytest
from click.testing import CliRunner
from support.scheme import FOUR, RUMOUR, write_scheme
from support.ui import screen_text, settle

from annotator.cli import main
from annotator.domain.annotations import get_annotation
from annotator.domain.scheme import load_scheme
from annotator.ui.app import AnnotatorApp
from annotator.ui.keymap import KeymapError, keymap_path, read_keymap
from annotator.ui.screens.adjudicate import adjudication_bindings
from annotator.ui.screens.label import labeling_bindings

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(autouse=True)
def no_user_keymap(tmp_path, monkeypatch):
    """Each test says which keymap it uses: never the developer's own."""
    monkeypatch.setenv("ANNOTATOR_KEYMAP", str(write_keymap(tmp_path, "")))
    monkeypatch.delenv("ANNOTATOR_LABELS", raising=False)


def write_keymap(folder: Path, text: str, name: str = "keymap.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def all_ids() -> set[str]:
    scheme = load_scheme()
    return {b.id for b in [*labeling_bindings(scheme), *adjudication_bindings(scheme),
                           *AnnotatorApp.BINDINGS]}


def test_every_binding_has_an_id_and_the_readme_lists_each(tmp_path):
    scheme = load_scheme()
    for binding in [*labeling_bindings(scheme), *adjudication_bindings(scheme),
                    *AnnotatorApp.BINDINGS]:
        assert binding.id, binding
    keys_section = README.read_text(encoding="utf-8").split("### Keys", 1)[1]
    keys_section = keys_section.split("\n### annotator ingest", 1)[0]
    documented = set(re.findall(r"`([a-z_]+(?:\.[a-z0-9_]+)*)`", keys_section))
    missing = {i for i in all_ids() if i not in documented
               and not re.fullmatch(r"(label\.\w+(\.number)?|take\.[2-9])", i)}
    assert not missing, f"README's Keys section does not list {sorted(missing)}"
    assert "`label.NAME`" in keys_section and "`take.1`" in keys_section


def test_a_keymap_rebinds_keys_in_the_running_app(seeded_db, db_path, tmp_path, monkeypatch):
    keymap = write_keymap(tmp_path, 'undo = "ctrl+z"\n\n[label]\nclaim = "r"\n', "mine.toml")
    monkeypatch.setenv("ANNOTATOR_KEYMAP", str(keymap))
    app = AnnotatorApp(db_path, "ana")
    seen = {}

    async def main_():
        # wide enough for the whole footer: Textual lists a rebound key after the others
        async with app.run_test(size=(200, 40)) as pilot:
            await settle(pilot)
            first = pilot.app.screen.sentence.id
            seen["footer"] = screen_text(pilot.app).splitlines()[-1]
            await pilot.press("c")  # no longer a key
            await settle(pilot)
            seen["after_c"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("r")
            await settle(pilot)
            seen["after_r"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("u")  # undo moved to ctrl+z
            await settle(pilot)
            seen["after_u"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("ctrl+z")
            await settle(pilot)
            seen["after_ctrl_z"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("1")  # the number key is its own binding: still claim
            await settle(pilot)
            seen["after_1"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("question_mark")
            await settle(pilot)
            seen["help"] = screen_text(pilot.app)

    asyncio.run(main_())
    assert seen["after_c"] is None
    assert seen["after_r"]["label"] == "claim"
    assert seen["after_u"]["label"] == "claim"
    assert seen["after_ctrl_z"] is None
    assert seen["after_1"]["label"] == "claim"
    assert "r claim" in seen["footer"] and "c claim" not in seen["footer"]
    help_rows = {line.split("│")[0].strip() if "│" in line else line.strip()
                 for line in seen["help"].splitlines()}
    assert any(re.search(r"\br, 1\s+claim", row) for row in help_rows), seen["help"]
    assert any(re.search(r"\bctrl\+z\s+undo", row) for row in help_rows), seen["help"]


def test_two_keys_may_swap(seeded_db, db_path, tmp_path, monkeypatch):
    keymap = write_keymap(tmp_path, '"label.claim" = "u"\nundo = "c"\n', "swap.toml")
    monkeypatch.setenv("ANNOTATOR_KEYMAP", str(keymap))
    app = AnnotatorApp(db_path, "ana")
    seen = {}

    async def main_():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            first = pilot.app.screen.sentence.id
            await pilot.press("u")
            await settle(pilot)
            seen["labeled"] = get_annotation(pilot.app.db, first, "ana")
            await pilot.press("c")
            await settle(pilot)
            seen["undone"] = get_annotation(pilot.app.db, first, "ana")

    asyncio.run(main_())
    assert seen["labeled"]["label"] == "claim" and seen["undone"] is None


def test_keymap_entries_become_textual_key_names(tmp_path):
    from annotator.ui.keymap import load_keys

    scheme = load_scheme()
    keymap = write_keymap(tmp_path, 'queue.next = ["ctrl+n", "right"]\nfilter = "?"\n'
                                    'help = "f1"\nrationale = "ctrl+/"\n', "adj.toml")
    keys = load_keys({"adjudication": adjudication_bindings(scheme)}, [], path=keymap,
                     scheme_file=scheme.path)
    assert keys == {"queue.next": "ctrl+n,right", "filter": "question_mark", "help": "f1",
                    "rationale": "ctrl+slash"}


BAD_KEYMAPS = [
    ("unknown id", 'undoo = "ctrl+z"\n', "'undoo': no key has this id"),
    ("unknown label id", '"label.rumour" = "r"\n',
     "'label.rumour': no key has this id (did you mean label.accusation"),
    ("not a key", 'undo = "ctrl+zz"\n', "undo = 'ctrl+zz': not a key"),
    ("not a string", "undo = 3\n", "'undo': give a key as a string"),
    ("not toml", "undo = \n", "not a TOML keymap"),
    ("clash with a label key", 'undo = "d"\n',
     "key 'd' on the labeling screen would be both label.denial (denial) and undo (undo)"),
    ("clash on the adjudication screen", 'filter = "p"\n',
     "key 'p' on the adjudication screen would be both queue.previous (previous) and filter"),
    ("clash with quit", 'search = "q"\n', "would be both search (search) and quit (quit)"),
]


@pytest.mark.parametrize(("case", "text", "message"), BAD_KEYMAPS, ids=[b[0] for b in BAD_KEYMAPS])
def test_a_bad_keymap_stops_the_cli_with_one_line_naming_file_and_entry(
        seeded_db, db_path, tmp_path, case, text, message):
    keymap = write_keymap(tmp_path, text, "bad.toml")
    result = CliRunner().invoke(main, ["adjudicate", "--db", str(db_path), "--reviewer", "lead"],
                                env={"ANNOTATOR_KEYMAP": str(keymap)})
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"error: {keymap}: ") or lines[0].startswith(f"{keymap}: ") \
        or f"{keymap}: " in lines[0]
    assert message in lines[0]


def test_a_missing_keymap_named_by_the_environment_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_KEYMAP", str(tmp_path / "nowhere.toml"))
    with pytest.raises(KeymapError, match="nowhere.toml: cannot read the keymap"):
        read_keymap(keypath := keymap_path(), dict.fromkeys(all_ids(), ""))
    assert keypath == tmp_path / "nowhere.toml"


def test_the_platform_config_folder_is_the_default_place(tmp_path, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_KEYMAP")
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda app: str(tmp_path / app))
    assert keymap_path() is None  # no file there: no keymap
    (tmp_path / "annotator").mkdir()
    written = write_keymap(tmp_path / "annotator", 'note = "N"\n')
    assert keymap_path() == written
    assert read_keymap(written, {"note": "note"}) == {"note": "N"}


def test_a_label_key_taken_by_another_key_blames_the_scheme(seeded_db, db_path, tmp_path):
    labels = write_scheme(tmp_path, [*FOUR, {**RUMOUR, "key": "s"}])
    result = CliRunner().invoke(main, ["adjudicate", "--db", str(db_path), "--reviewer", "lead"],
                                env={"ANNOTATOR_LABELS": str(labels)})
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{labels}: key 's' on the labeling screen would be both" in result.output
    assert "label.rumour (rumour)" in result.output and "source (source)" in result.output


def test_a_label_colour_the_terminal_cannot_show_is_refused(seeded_db, db_path, tmp_path):
    labels = write_scheme(tmp_path, [*FOUR, {**RUMOUR, "colour": "not-a-colour"}])
    result = CliRunner().invoke(main, ["adjudicate", "--db", str(db_path), "--reviewer", "lead"],
                                env={"ANNOTATOR_LABELS": str(labels)})
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{labels}: label 'rumour': unknown colour 'not-a-colour'" in result.output
