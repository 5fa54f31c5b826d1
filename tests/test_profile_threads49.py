"""profile_label_key.py --threads: each thread's CPU per key, by name, and each thread
worker's runs (the key's process CPU is not the UI thread's alone)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "profile_label_key", ROOT / "benchmarks" / "profile_label_key.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_thread_cpu_names_a_busy_thread_by_its_python_name():
    script = _script()
    done = threading.Event()

    def busy() -> None:
        end = time.thread_time() + 0.05
        while time.thread_time() < end:
            pass
        done.wait()

    thread = threading.Thread(target=busy, name="busy-for-the-test")
    thread.start()
    try:
        while not thread.is_alive():
            time.sleep(0.01)
        time.sleep(0.2)
        spent = script.thread_cpu()
    finally:
        done.set()
        thread.join()
    assert spent["busy-for-the-test"] >= 0.04
    assert "MainThread" in spent


def test_threads_option_prints_each_thread_and_worker(tmp_path):
    db = tmp_path / "given.db"
    subprocess.run([sys.executable, "-m", "annotator", "--db", str(db), "ingest",
                    str(ROOT / "seeds")], check=True, capture_output=True, cwd=ROOT)
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "profile_label_key.py"), "--db", str(db),
         "--keys", "6", "--top", "0", "--threads", "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    by_thread = lines.index("CPU per key by thread (ms; threads alive at the first and the "
                            "last key):")
    assert lines[by_thread + 1].split()[0] == "MainThread"  # the most, first
    assert "thread workers (CPU of their runs):" in lines
