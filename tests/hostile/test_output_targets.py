"""Where an export lands: devices, FIFOs and links are never replaced, permissions follow
the umask, generated names never collide, nothing half-written survives a kill, and a
full disk is one line naming the file."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
from datetime import datetime as real_datetime

import pytest
from support.hostile import run_cli

from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation
from annotator.exchange import records


def test_a_character_device_is_written_into_not_replaced(labeled_db, tmp_path):
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here (not root)")
    result = run_cli(["export", "--db", labeled_db, "-o", node])
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(node.lstat().st_mode), "the device node was replaced by a file"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_fifo_receives_the_export_and_stays_a_fifo(labeled_db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli(["export", "--db", labeled_db, "-o", fifo])
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a file"
    assert result.exit_code == 0, result.stderr
    reader.join()
    assert received and received[0].count(b"\n") == 3


def test_a_symlink_is_followed_and_kept(labeled_db, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    result = run_cli(["export", "--db", labeled_db, "-o", link])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink(), "the link was replaced by a file"
    assert real.read_text().count("\n") == 3


def test_a_dangling_symlink_creates_its_target(labeled_db, tmp_path):
    link = tmp_path / "latest.jsonl"
    link.symlink_to(tmp_path / "made.jsonl")
    result = run_cli(["export", "--db", labeled_db, "-o", link])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and (tmp_path / "made.jsonl").read_text().count("\n") == 3


def test_a_new_export_follows_the_umask_and_a_replaced_one_keeps_its_mode(labeled_db,
                                                                          tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.jsonl"
        assert run_cli(["export", "--db", labeled_db, "-o", out]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # a colleague can read it
        os.umask(0o027)
        group = tmp_path / "group.jsonl"
        assert run_cli(["export", "--db", labeled_db, "-o", group]).exit_code == 0
        assert stat.S_IMODE(group.stat().st_mode) == 0o640
        out.chmod(0o600)
        assert run_cli(["export", "--db", labeled_db, "-o", out]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old)


class _FrozenClock(real_datetime):
    @classmethod
    def now(cls, tz=None):
        return real_datetime(2026, 1, 2, 3, 4, 5, 6789)


@pytest.mark.parametrize("extra", [[], ["--disputes"], ["--claimreview"]])
def test_two_default_exports_in_the_same_instant_make_two_files(labeled_db, tmp_path,
                                                                 monkeypatch, extra):
    project = tmp_path / "project"
    project.mkdir()
    (project / "annotator.toml").write_text("")
    monkeypatch.chdir(project)
    monkeypatch.setattr(records, "datetime", _FrozenClock)
    for _ in range(2):
        result = run_cli(["export", "--db", labeled_db, *extra])
        assert result.exit_code == 0, result.stderr
    made = sorted(p.name for p in (project / "exports").iterdir())
    assert len(made) == 2, made


def test_a_stale_temporary_file_of_a_dead_run_is_removed(labeled_db, tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".out.jsonl.{dead}.k9x1.tmp"
    stale.write_bytes(b"x" * 1000)
    unrelated = tmp_path / ".keep.tmp"
    unrelated.write_text("not ours")
    result = run_cli(["export", "--db", labeled_db, "-o", tmp_path / "out.jsonl"])
    assert result.exit_code == 0
    assert not stale.exists() and unrelated.exists()


_SLOW_EXPORT = textwrap.dedent("""
    import sys, time
    from annotator.exchange import lines
    batches = lines.encoded_batches
    def slow(*args, **kwargs):  # the file's first batch, then a long wait
        for batch in batches(*args, **kwargs):
            yield batch
            print("started", flush=True); time.sleep(60)
    lines.encoded_batches = slow
    from annotator.cli import main
    main(["export", "--db", sys.argv[1], "-o", sys.argv[2]])
""")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_export_leaves_no_temporary_file_behind(labeled_db, tmp_path, signum):
    out = tmp_path / "exports" / "out.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_EXPORT, str(labeled_db), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "started"
    assert [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    proc.send_signal(signum)
    _, err = proc.communicate()
    if signum == signal.SIGTERM:
        assert proc.returncode == 143 and "Traceback" not in err
        assert err.strip().count("\n") == 0 and "terminated" in err
    else:  # nothing can clean up after kill -9: the next export here does
        assert run_cli(["export", "--db", labeled_db, "-o", out]).exit_code == 0
    assert [p.name for p in out.parent.iterdir()] == (
        [] if signum == signal.SIGTERM else ["out.jsonl"])


@pytest.fixture
def small_fs(tmp_path):
    """A 64 KiB tmpfs (the real ENOSPC) where the machine lets us mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_names_the_file_and_keeps_the_old_export(seeded_copy, small_fs):
    db_file = seeded_copy("big.db")
    db = open_db(db_file)
    ids = [r[0] for r in db.execute("SELECT id FROM sentences WHERE excluded IS NULL")]
    for sid in ids:
        set_annotation(db, sid, "ana", label="claim", note="n" * 3000)
    db.close()
    out = small_fs / "labels.jsonl"
    out.write_text("the previous export\n")
    result = run_cli(["export", "--db", db_file, "-o", out])
    assert result.exit_code == 1
    assert str(out) in result.stderr and "No space left on device" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert out.read_text() == "the previous export\n"
    assert [p.name for p in small_fs.iterdir()] == ["labels.jsonl"]


def test_a_full_disk_is_named_in_the_ui_export_too(monkeypatch, labeled_db, tmp_path):
    """Simulated ENOSPC for the writer (the same path the UI's export takes)."""
    import errno

    from annotator.exchange.jsonl import atomic_output

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def write(self, text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    from annotator.base.errors import AnnotatorError

    out = tmp_path / "x.jsonl"
    with pytest.raises(AnnotatorError, match=r"x\.jsonl: cannot write \(No space left"):
        with atomic_output(out) as handle:
            handle.write("data")
    assert list(tmp_path.iterdir()) == [labeled_db] or not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


