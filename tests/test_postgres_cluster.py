"""The throwaway PostgreSQL cluster the tests run on (tests/support/postgres.py): fresh
databases, an unprivileged server, passwords over TCP, nothing left behind, and a clear
failure (or a skip, only when asked) where there is no server."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from support.postgres import Cluster, dbname_of, wait_until

ROOT = Path(__file__).resolve().parent.parent


def test_each_test_gets_a_fresh_empty_database(pg_cluster, pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = conn.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = 'public'").fetchone()[0]
        assert tables == 0
        conn.execute("CREATE TABLE labels (id integer PRIMARY KEY)")
        conn.execute("INSERT INTO labels VALUES (1)")
    other = pg_cluster.create_database()
    try:
        with psycopg.connect(other) as conn:
            assert conn.execute("SELECT to_regclass('public.labels')").fetchone()[0] is None
    finally:
        pg_cluster.drop_database(dbname_of(other))
    assert dbname_of(other) != dbname_of(pg_url)


def test_the_database_speaks_utf8_and_sorts_by_code_point(pg_url):
    # SQLite compares text byte by byte; the test cluster's C collation does the same, so
    # ORDER BY gives the same order on both engines.
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SHOW server_encoding").fetchone()[0] == "UTF8"
        words = [row[0] for row in conn.execute(
            "SELECT w FROM (VALUES ('b'), ('B'), ('é'), ('a')) AS t(w) ORDER BY w")]
    assert words == sorted(["b", "B", "é", "a"])


def test_the_server_runs_as_an_unprivileged_user(pg_cluster):
    pid = int((pg_cluster.data / "postmaster.pid").read_text().splitlines()[0])
    uid = int(next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("Uid:")).split()[1])
    assert uid != 0
    if os.geteuid() != 0:
        assert uid == os.geteuid()


def test_tcp_takes_passwords_only(pg_cluster, pg_url):
    name = dbname_of(pg_url)
    pg_cluster.sql("DROP ROLE IF EXISTS fixture_reader")
    pg_cluster.sql("CREATE ROLE fixture_reader LOGIN PASSWORD 'right horse'")
    try:
        good = pg_cluster.url(name, user="fixture_reader", password="right horse", tcp=True)
        with psycopg.connect(good) as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == "fixture_reader"
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_cluster.url(name, user="fixture_reader", password="wrong",
                                           tcp=True))
        with pytest.raises(psycopg.OperationalError):  # the superuser, without a password
            psycopg.connect(pg_cluster.url(name, tcp=True))
    finally:
        pg_cluster.sql("DROP ROLE fixture_reader")


def test_a_cluster_is_removed_when_stopped():
    cluster = Cluster(tcp=False).start()
    folder, pid = cluster.folder, _postmaster_pid(cluster)
    assert cluster.running()
    assert (folder / ".s.PGSQL.5432").exists()  # the socket lives in the cluster's folder
    cluster.stop()
    assert not folder.exists()
    assert not _alive(pid)
    cluster.stop()  # twice is harmless


def test_a_killed_run_leaves_no_cluster_behind(tmp_path):
    # A test process killed with -9 runs no finalizer: the watchdog stops the server and
    # removes the folder.
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT / "tests")!r})
        from support.postgres import Cluster
        cluster = Cluster(tcp=False).start()
        pid = open(cluster.data / "postmaster.pid").read().split()[0]
        print(cluster.folder, pid, flush=True)
        time.sleep(600)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        folder, pid = child.stdout.readline().split()
    finally:
        child.kill()
        child.wait()
    assert wait_until(lambda: not Path(folder).exists() and not _alive(int(pid)), timeout=60)


@pytest.mark.parametrize("skip", [False, True], ids=["fails", "skips-when-asked"])
def test_without_a_server_the_postgres_tests_fail_unless_asked_to_skip(skip, tmp_path):
    env = {**os.environ, "ANNOTATOR_PG_BINDIR": str(tmp_path / "no-server-here")}
    env.pop("ANNOTATOR_SKIP_POSTGRES", None)
    env.pop("PYTEST_XDIST_WORKER", None)
    command = [sys.executable, "-m", "pytest", "-q", "-rfs", "-p", "no:cacheprovider",
               "-p", "no:xdist", f"{__file__}::test_each_test_gets_a_fresh_empty_database"]
    if skip:
        command.append("--no-postgres")
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    report = out.stdout + out.stderr
    if skip:
        assert out.returncode == 0, report
        assert "1 skipped" in report
        assert "PostgreSQL tests skipped on request" in report
    else:
        assert out.returncode != 0, report
        assert "no PostgreSQL server binaries" in report
        assert "--no-postgres" in report


def _postmaster_pid(cluster: Cluster) -> int:
    return int((cluster.data / "postmaster.pid").read_text().splitlines()[0])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())
