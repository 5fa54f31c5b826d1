"""The labeling screen starts on what it needs: the modules only other screens use (the
dashboard's plots and agreement figures, the adjudication queue, link suggestions, the
classifier, the web server) are not imported before the first sentence is shown."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("numpy", "krippendorff", "rapidfuzz", "sklearn", "plotext", "textual_plotext",
         "textual_serve", "pandas", "scipy",
         "annotator.ui.screens.dashboard", "annotator.ui.screens.adjudicate",
         "annotator.ui.screens.link", "annotator.analysis.agreement",
         "annotator.analysis.dashboard", "annotator.domain.suggest")

CHILD = """
import asyncio, json, sys
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.label import LabelScreen

app = AnnotatorApp(sys.argv[1], "alice")

async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, LabelScreen) and screen.sentence:
            return screen.sentence.text
        return None

shown = asyncio.run(main())  # the first sentence's text, None if none is shown
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""


def test_the_label_screen_starts_without_the_other_screens_heavy_modules(seeded_db, db_path):
    seeded_db.close()
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], capture_output=True,
                         text=True, check=True, timeout=300).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["shown"]  # the first sentence is on screen
    loaded = [name for name in result["modules"]
              if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)]
    assert loaded == []


# what `annotator label` loads before its first frame: its own command module (not the
# sixteen others), and no sqlite-utils (the first sentence is read with plain SELECTs,
# db/lazy_database.py), nor what sqlite-utils brings
NOT_AT_FIRST_FRAME = ("sqlite_utils", "dateutil", "pluggy", "rich.progress",
                      "annotator.corpus.ingest", "annotator.exchange.importer",
                      "annotator.sync")
CLI_AT_START = {"annotator.cli", "annotator.cli.common", "annotator.cli.output",
                "annotator.cli.label", "annotator.cli.app_exit"}

FIRST_FRAME_CHILD = """
import asyncio, json, sys
import click
from annotator.cli import main
main.get_command(click.Context(main), "label")  # what `annotator label` resolves
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.label import LabelScreen

app = AnnotatorApp(sys.argv[1], "alice")
first_frame = []
display = app._display

def painted(screen, renderable):
    if not first_frame and isinstance(screen, LabelScreen) and screen.sentence is not None:
        first_frame.append(sorted(sys.modules))
    display(screen, renderable)

app._display = painted

async def run():
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        return "sqlite_utils" in sys.modules

later = asyncio.run(run())
print(json.dumps({"first_frame": first_frame[0] if first_frame else None, "later": later}))
"""


def test_label_start_reads_the_first_sentence_before_sqlite_utils_and_other_commands(
        seeded_db, db_path):
    seeded_db.close()
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_CHILD, str(db_path)],
                         capture_output=True, text=True, check=True, timeout=300).stdout
    result = json.loads(out.strip().splitlines()[-1])
    modules = result["first_frame"]
    assert modules is not None  # the first sentence was painted
    early = [name for name in modules if any(name == heavy or name.startswith(heavy + ".")
                                             for heavy in NOT_AT_FIRST_FRAME)]
    assert early == []
    commands = {name for name in modules if name.startswith("annotator.cli")}
    assert commands == CLI_AT_START
    # once the sentence is on screen, sqlite-utils is made ready, so the first label key
    # does not pay for importing it
    assert result["later"] is True
