"""bench_ingest.py --timeline: the sampler finds the measured command (a grandchild, under
measured_cpu's launcher) and its children, and counts their CPU apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_ingest import Timeline  # noqa: E402
from common import measured_cpu  # noqa: E402

# a parent that spins for a while on its own CPU, then beside a child that spins too
BUSY = """
import subprocess, sys, time
def spin(seconds):
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
spin(0.6)
child = subprocess.Popen([sys.executable, "-c", "import time\\nstart = time.process_time()\\n"
                          "while time.process_time() - start < 0.8: pass"])
spin(0.6)
child.wait()
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_the_timeline_counts_the_measured_process_and_its_children_apart(capsys):
    timeline = Timeline(every=0.1)
    measured_cpu([sys.executable, "-c", BUSY])
    timeline.stop()
    assert timeline.rows, "no sample of the measured process"
    _, main, _, children = timeline.rows[-1]
    assert main >= 0.5  # the parent's own spinning, not its launcher's
    assert children >= 0.3  # its child's, counted apart
    timeline.print()
    assert "main thread" in capsys.readouterr().out


def test_the_tail_is_what_the_main_process_does_after_the_workers_last_ran():
    timeline = Timeline(every=60)
    timeline.stop()
    # (t, main thread, other threads, workers): the workers stop using CPU after t = 2
    timeline.rows = [(1.0, 0.5, 0.1, 0.8), (2.0, 1.0, 0.2, 1.7), (3.0, 1.9, 0.3, 1.7),
                     (4.0, 2.7, 0.3, 1.7)]
    seconds, main, others = timeline.tail()
    assert (seconds, round(main, 2), round(others, 2)) == (2.0, 1.7, 0.1)
    timeline.rows = [(1.0, 0.5, 0.0, 0.0), (2.0, 1.0, 0.0, 0.0)]
    assert timeline.tail() is None  # no workers: no tail to tell apart
