"""Files people keep are written whole or not at all, and only over a regular file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agencia.domain.errors import DomainError
from agencia.services.files import PART, write_atomically

KILLED_MIDWAY = """
import sys, time
from pathlib import Path
from agencia.services.files import atomic_output
with atomic_output(Path(sys.argv[1])) as out:
    out.write(b"%PDF-1.7 half")
    out.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(PART))


def test_what_a_killed_writer_left_is_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_MIDWAY, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        os.kill(writer.pid, signal.SIGKILL)  # no clean-up can run
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
        if writer.stdout is not None:
            writer.stdout.close()
    assert len(_leftovers(tmp_path)) == 1 and not target.exists()
    write_atomically(target, b"%PDF-1.7 whole")
    assert _leftovers(tmp_path) == [] and target.read_bytes() == b"%PDF-1.7 whole"


def test_a_writer_still_running_keeps_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    alive = tmp_path / f".deck.pdf.{os.getppid()}.abc{PART}"  # our parent: alive
    alive.write_bytes(b"in progress")
    write_atomically(target, b"%PDF")
    assert alive.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_device_or_a_pipe_is_never_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "deck.pdf"
    os.mkfifo(pipe)
    for target in (pipe, Path("/dev/null")):
        with pytest.raises(DomainError) as refused:
            write_atomically(target, b"%PDF")
        assert refused.value.code == "file.not_regular"
    assert pipe.exists() and not pipe.is_file()  # still the pipe
    assert Path("/dev/null").is_char_device()
