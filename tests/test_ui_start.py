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
