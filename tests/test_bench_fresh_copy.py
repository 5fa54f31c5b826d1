"""The keystroke benchmarks measure a copy of the database they are given: the labeling
screen registers the sources it proposes, so a run on the file itself would leave it reading
a different registry next time (two runs on one file proposed 'Dengan' and 'Kepada' as
speakers the second time)."""

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_profile_label_key_leaves_the_given_database_as_it_was(tmp_path):
    db = tmp_path / "given.db"
    subprocess.run([sys.executable, "-m", "annotator", "--db", str(db), "ingest",
                    str(ROOT / "seeds")], check=True, capture_output=True, cwd=ROOT)
    before = _digest(db)
    work = tmp_path / "work"
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "profile_label_key.py"), "--db", str(db),
         "--keys", "6", "--top", "0", "--workdir", str(work)],
        capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert _digest(db) == before  # no label, no registered source, nothing written
    assert not [p.name for p in work.iterdir() if "given.db" in p.name]  # the copy removed
