"""Faults and bad input, command by command: a lock held past the timeout, a full disk, a
damaged or read-only database, malformed files. Each is one line naming the file (and
line), a non-zero exit, the database as it was, and no file left that was not there."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support.hostile import labeled_copy, run_cli

from annotator.db import connection


def dump(path: Path) -> str:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, \
        result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture
def inputs(tmp_path, seeded_copy):
    """A database and one valid input for each writing command."""
    db_file = labeled_copy(seeded_copy("a.db"))
    other = labeled_copy(seeded_copy("other.db"), "budi")
    assert run_cli(["export", "--db", db_file, "-o", tmp_path / "in.jsonl"]).exit_code == 0
    text = tmp_path / "new.txt"
    text.write_text("Judul baru\n\nKremlin membantah laporan itu pada hari Senin.\n")
    sid = sqlite3.connect(db_file).execute("SELECT sentence_id FROM annotations").fetchone()[0]
    return {"db": db_file, "other": other, "jsonl": tmp_path / "in.jsonl", "txt": text,
            "sentence": sid}


# One row per command that writes: (row id, arguments). A new writing command is put
# under every fault below by adding its row here.
WRITERS = [
    ("import", lambda i: ["import", "--db", i["db"], i["jsonl"]]),
    ("ingest", lambda i: ["ingest", "--db", i["db"], i["txt"]]),
    ("merge", lambda i: ["merge", "--db", i["db"], i["other"]]),
    ("sources add", lambda i: ["sources", "add", "--db", i["db"], "Juru bicara Kremlin"]),
    ("disputes new", lambda i: ["disputes", "new", "--db", i["db"], "--reviewer", "ana",
                                "Senjata", i["sentence"]]),
    ("adjudicate decide", lambda i: ["adjudicate", "decide", "--db", i["db"], "--reviewer",
                                     "lead", i["sentence"], "--label", "claim"]),
]


@pytest.mark.parametrize("args", [pytest.param(a, id=n) for n, a in WRITERS])
def test_a_lock_held_past_the_timeout_is_one_line(args, inputs, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(inputs["db"])
    holder.execute("BEGIN IMMEDIATE")  # a large ingest or merge in another process
    try:
        result = run_cli(args(inputs))
    finally:
        holder.rollback()
        holder.close()
    one_line_error(result, str(inputs["db"]), "locked", "try again")


@pytest.mark.parametrize("args", [pytest.param(a, id=n) for n, a in WRITERS])
def test_a_read_only_database_is_one_line(args, inputs, tmp_path):
    if not _mount_works():
        pytest.skip("needs root to mount a read-only file system")
    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy(inputs["db"], ro / "a.db")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(ro)], check=True)
    try:
        shutil.copy(inputs["db"], ro / "a.db")
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        before = dump(ro / "a.db")
        result = run_cli(args({**inputs, "db": ro / "a.db"}))
        one_line_error(result, "a.db")
        assert "read-only" in result.stderr or "readonly" in result.stderr
        assert dump(ro / "a.db") == before
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True)


def _mount_works() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.parametrize("args", [pytest.param(a, id=n) for n, a in WRITERS])
def test_a_full_disk_under_the_database_is_one_line(args, inputs, tmp_path):
    if not _mount_works():
        pytest.skip("needs root to mount a small file system")
    small = tmp_path / "small"
    small.mkdir()
    size = inputs["db"].stat().st_size
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size + 64 * 1024}",
                           "tmpfs", str(small)], capture_output=True)
    if done.returncode:
        pytest.skip("cannot mount a tmpfs")
    try:
        db_file = small / "a.db"
        shutil.copy(inputs["db"], db_file)
        sqlite3.connect(db_file).close()
        try:
            with open(small / "filler", "wb") as filler:  # take what is left
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
        except OSError:
            pass
        before = dump(db_file)
        result = run_cli(args({**inputs, "db": db_file}))
        one_line_error(result, "a.db", "full")
        assert dump(db_file) == before
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


@pytest.mark.parametrize("damage", ["page", "table"])
@pytest.mark.parametrize("command", [["stats"], ["export", "-o", "-"], ["agreement"],
                                     ["disputes", "list"], ["adjudicate", "queue"]])
def test_a_damaged_database_is_one_line(command, damage, inputs):
    db_file = inputs["db"]
    if damage == "page":
        with open(db_file, "r+b") as f:  # overwrite the middle pages with garbage
            size = os.path.getsize(db_file)
            f.seek(size // 3)
            f.write(os.urandom(size // 3))
    else:
        conn = sqlite3.connect(db_file)
        conn.execute("DROP TABLE sentences")
        conn.commit()
        conn.close()
    result = run_cli([*command, "--db", db_file])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    if result.exit_code or damage == "page":  # a command that never reads what was
        one_line_error(result, str(db_file))  # dropped may still answer


def test_a_failing_command_does_not_create_the_database(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    for args in (["import", "--db", tmp_path / "typo.db", bad],
                 ["ingest", "--db", tmp_path / "typo.db", tmp_path / "missing.txt"],
                 ["merge", "--db", tmp_path / "typo.db", tmp_path / "missing.db"]):
        result = run_cli(args)
        assert result.exit_code == 1
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"], args


def test_a_closed_stdout_is_not_a_traceback(inputs):
    for argv in (["stats"], ["export", "-o", "-"], ["disputes", "list"]):
        done = subprocess.run(
            [sys.executable, "-m", "annotator", argv[0], "--db", str(inputs["db"]), *argv[1:]],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: os.close(1))
        assert "Traceback" not in done.stderr, done.stderr


BAD_FILES = [
    ("lone surrogate", "x.jsonl", b'{"id": "a\\udc80b"}\n', "x.jsonl:1:", "surrogate"),
    ("deep nesting", "x.jsonl", b'{"id": ' + b"[" * 100000 + b"]" * 100000 + b"}\n",
     "x.jsonl:1:", "nested"),
    ("a key twice", "k.jsonl", b'{"id": "a", "text": "t", "id": "b"}\n', "k.jsonl:1:",
     'key "id" appears twice'),
    ("NaN", "n.jsonl", b'{"id": "a", "text": "t", "seconds": NaN}\n', "n.jsonl:1:",
     "NaN is not a JSON number"),
]


@pytest.mark.parametrize(("name", "file", "content", "where", "what"),
                         [pytest.param(*row, id=row[0]) for row in BAD_FILES])
def test_bad_jsonl_is_one_line_and_changes_nothing(name, file, content, where, what, inputs,
                                                   tmp_path):
    path = tmp_path / file
    path.write_bytes(content)
    before = dump(inputs["db"])
    result = run_cli(["import", "--db", inputs["db"], path])
    one_line_error(result, where, what)
    assert dump(inputs["db"]) == before


BAD_CORPUS = [
    ("NUL past 64 KiB", "n.txt", b"Judul\n\n" + b"Kalimat yang cukup panjang. " * 5000
     + b"\x00" + b"Kalimat lagi. " * 10000, "n.txt:3:", "NUL"),
    ("two text columns", "d.csv", b"id,text,Text\n1,Kalimat pertama yang panjang.,lain\n",
     "d.csv:1:", 'column "text" appears twice'),
    ("open quote mid-file", "q.csv",
     b'id,text\n1,"Pejabat AS menuduh Korea Utara.\n2,Kremlin membantah laporan itu.\n'
     b'3,"Korea Utara menolak tuduhan itu."\n', "q.csv:2:", "quote"),
    ("rules holding []", "rules.json", b"[]", "rules.json", "JSON object"),
    ("lone surrogate", "s.jsonl", b'{"text": "Kalimat \\udc80 yang cukup panjang."}\n',
     "s.jsonl:1:", "surrogate"),
    ("deep nesting", "d.jsonl", b'{"text": ' + b"[" * 100000 + b"]" * 100000 + b"}\n",
     "d.jsonl:1:", "nested"),
    ("quote closed at a line end swallows rows", "w.csv",
     b'id,text\n1,"Pejabat AS menuduh Korea Utara.\n2,Kremlin membantah laporan itu.\n'
     b'3,Korea Utara menolak tuduhan itu."\n', "w.csv:2:", "swallowed rows"),
    ("text key twice", "k.jsonl",
     b'{"text": "Kalimat pertama yang panjang.", "text": "Kalimat lain."}\n', "k.jsonl:1:",
     'key "text" appears twice'),
    ("Infinity", "i.jsonl", b'{"text": "Kalimat pertama yang panjang.", "published": '
     b'Infinity}\n', "i.jsonl:1:", "Infinity is not a JSON number"),
    ("only invisible characters", "z.txt", "\u200b\u200e\u2060 \n".encode(), "z.txt",
     "no letter or digit"),
    ("a record of marks only", "m.jsonl", '{"text": "\u200b\u00ad\u2060"}\n'.encode(),
     "m.jsonl:1:", "no letter or digit"),
    ("rules with a key twice", "rules.json",
     b'{"version": 1, "version": 2}', "rules.json", "appears twice"),
]


@pytest.mark.parametrize(("name", "file", "content", "where", "what"),
                         [pytest.param(*row, id=row[0]) for row in BAD_CORPUS])
def test_bad_corpus_input_is_one_line_and_changes_nothing(name, file, content, where, what,
                                                          inputs, tmp_path):
    path = tmp_path / file
    path.write_bytes(content)
    before = dump(inputs["db"])
    if file == "rules.json":
        args = ["ingest", "--db", inputs["db"], "--rules", path, inputs["txt"]]
    else:
        args = ["ingest", "--db", inputs["db"], path]
    result = run_cli(args)
    one_line_error(result, where, what)
    assert dump(inputs["db"]) == before


def test_a_txt_with_old_mac_line_ends_keeps_its_headline_apart(inputs, tmp_path):
    """A lone CR ends a line: before, the headline was glued to the first sentence."""
    path = tmp_path / "mac.txt"
    path.write_bytes(b"Judul berita\r\rPejabat AS menuduh Korea Utara mengirim senjata."
                     b"\rKremlin membantah laporan itu.\r")
    result = run_cli(["ingest", "--db", inputs["db"], path])
    assert result.exit_code == 0, result.stderr
    db = connection.open_db(inputs["db"])
    texts = [r[0] for r in db.execute(
        "SELECT s.text FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE d.path = ? ORDER BY s.position", [str(path)])]
    db.close()
    assert texts == ["Judul berita", "Pejabat AS menuduh Korea Utara mengirim senjata.",
                     "Kremlin membantah laporan itu."]


def _fifo(folder: Path) -> Path:
    path = folder / "named.pipe"
    os.mkfifo(path)
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.md"
    path.write_bytes(b"# x\n" + b"a" * (3 * 1024 * 1024))
    return path


def _binary(folder: Path) -> Path:
    path = folder / "binary.md"
    path.write_bytes(b"# Pedoman\n\x00\x01\x02")
    return path


def _latin1(folder: Path) -> Path:
    path = folder / "latin1.md"
    path.write_bytes("# Pedoman é\n".encode("latin-1"))
    return path


def _deep_toml(folder: Path) -> Path:
    path = folder / "deep.toml"
    path.write_text("a = " + "[" * 100000 + "]" * 100000 + "\n")
    return path


# (row id, environment variable, file maker, what the line says). A config file a person
# names: each is refused in one line naming it, at once (a FIFO must not hang the start).
BAD_CONFIG = [
    ("guidelines FIFO", "ANNOTATOR_GUIDELINES", _fifo, "must be a regular file"),
    ("guidelines huge", "ANNOTATOR_GUIDELINES", _huge, "larger than 2 MiB"),
    ("guidelines binary", "ANNOTATOR_GUIDELINES", _binary, "binary file"),
    ("guidelines not UTF-8", "ANNOTATOR_GUIDELINES", _latin1, "not UTF-8"),
    ("keymap FIFO", "ANNOTATOR_KEYMAP", _fifo, "must be a regular file"),
    ("keymap huge", "ANNOTATOR_KEYMAP", _huge, "larger than 2 MiB"),
    ("keymap nested deep", "ANNOTATOR_KEYMAP", _deep_toml, "nested too deeply"),
]


@pytest.mark.parametrize(("name", "variable", "make", "what"),
                         [pytest.param(*row, id=row[0]) for row in BAD_CONFIG])
def test_a_bad_config_file_is_one_line_at_once(name, variable, make, what, inputs, tmp_path):
    bad = make(tmp_path)
    env = {**os.environ, variable: str(bad)}
    try:
        done = subprocess.run([sys.executable, "-m", "annotator", "label", "--db",
                               str(inputs["db"]), "--reviewer", "ana"], env=env,
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: the start hung on {bad}")
    assert done.returncode == 1, done.stderr
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and str(bad) in line and what in line, line


def test_a_rules_file_that_is_a_fifo_is_refused_at_once(inputs, tmp_path):
    result = run_cli(["ingest", "--db", inputs["db"], "--rules", _fifo(tmp_path),
                      inputs["txt"]])
    one_line_error(result, "named.pipe", "must be a regular file")


# (row id, arguments, what the refusal says). Arguments a user can get wrong: each is one
# line that says what is wrong with it, never a database error or a silent no-filter.
BAD_ARGUMENTS = [
    ("stats --documents too large", lambda i: ["stats", "--db", i["db"], "--documents",
                                               "99999999999999999999"], "--documents"),
    ("agreement --guideline empty", lambda i: ["agreement", "--db", i["db"], "--guideline",
                                               " "], "--guideline needs a version"),
    ("serve port 0", lambda i: ["serve", "--db", i["db"], "--port", "0"], "1-65535"),
    ("assign an empty name", lambda i: ["assign", "make", "--db", i["db"], "--reviewer",
                                        "lead", ""], "cannot be empty"),
]


@pytest.mark.parametrize(("name", "args", "what"),
                         [pytest.param(*row, id=row[0]) for row in BAD_ARGUMENTS])
def test_a_bad_argument_is_named(name, args, what, inputs):
    before = dump(inputs["db"])
    result = run_cli(args(inputs))
    assert result.exit_code in (1, 2) and what in result.stderr, result.stderr
    assert "database error" not in result.stderr and "Traceback" not in result.stderr
    assert dump(inputs["db"]) == before
