"""benchmarks/profile_proposals.py: the proposal's own work in order, with a digest of every
proposal that two checkouts are compared by. The digest must be the same run after run
(else it proves nothing), must change with the proposals it covers, and sealed sets are
refused before anything is read."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "profile_proposals.py"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--workdir", str(tmp_path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def digest(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    found = re.search(r"^(\d+) sentences \(seeds\): propose CPU \d+ ms, [\d.]+ ms a "
                      r"sentence; digest ([0-9a-f]{16})$", result.stdout.strip())
    assert found, result.stdout
    return found.group(1), found.group(2)


def test_the_digest_is_the_same_run_after_run_and_covers_every_proposal(tmp_path):
    first = digest(run(tmp_path, "--set", "seeds", "--limit", "12"))
    again = digest(run(tmp_path, "--set", "seeds", "--limit", "12"))
    fewer = digest(run(tmp_path, "--set", "seeds", "--limit", "11"))
    assert first == again
    assert first[0] == "12" and fewer[0] == "11"
    assert fewer[1] != first[1]
    assert list(tmp_path.iterdir()) == []  # the run's database is removed


def test_a_sealed_set_is_refused_before_anything_is_read(tmp_path):
    result = run(tmp_path, "--set", "dev", "--set", "heldout13")
    assert result.returncode == 2
    assert "heldout13 is sealed" in result.stderr
    assert result.stdout == ""
