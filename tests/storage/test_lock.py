import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.storage.lock import DatabaseInUse, InstanceLock, lock_path_for, read_owner


def test_second_holder_in_this_process_is_refused(sqlite_file: Path) -> None:
    with InstanceLock(sqlite_file):
        with pytest.raises(DatabaseInUse) as refused:
            InstanceLock(sqlite_file).acquire()
        assert refused.value.owner is not None
        assert refused.value.owner.pid == os.getpid()


def test_lock_held_by_another_process_names_it(sqlite_file: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from app.storage.lock import InstanceLock
                lock = InstanceLock(Path({str(sqlite_file)!r}))
                lock.acquire()
                print("locked", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse) as refused:
            InstanceLock(sqlite_file).acquire()
        assert refused.value.owner is not None
        assert refused.value.owner.pid == holder.pid
    finally:
        holder.communicate("\n", timeout=10)
    # The holder has exited: the lock is free again.
    with InstanceLock(sqlite_file) as lock:
        assert lock.held


def test_stale_lock_of_a_dead_process_is_taken_over(sqlite_file: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_file = lock_path_for(sqlite_file)
    lock_file.write_text(
        json.dumps({"pid": int(dead.stdout), "hostname": "h", "started": "s", "program": "p"})
    )
    lock = InstanceLock(sqlite_file)
    lock.acquire()
    try:
        assert lock.took_over_from is not None
        assert lock.took_over_from.pid == int(dead.stdout)
        owner = read_owner(lock_file)
        assert owner is not None and owner.pid == os.getpid()
    finally:
        lock.release()


def test_lock_file_is_private(sqlite_file: Path) -> None:
    with InstanceLock(sqlite_file):
        assert lock_path_for(sqlite_file).stat().st_mode & 0o777 == 0o600
