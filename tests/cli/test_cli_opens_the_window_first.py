"""`agencia` alone opens the window without building the command line's parser: every
area's commands and their help in the messages' language cost a fifth of a second,
more than the window's whole first paint (agencia.cli.entry). Timings are the benchmark's
(tests/bench); this checks the cause."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from agencia.cli.entry import window_only

_PROBE = textwrap.dedent(
    """
    import json, sys
    import agencia.app
    from agencia.cli import main

    seen = {}

    def run_gui(url, on_ready=None):
        seen["url"] = url
        seen["parser"] = "agencia.cli.parser" in sys.modules
        seen["areas"] = "agencia.areas" in sys.modules
        return 0

    agencia.app.run_gui = run_gui
    status = main(sys.argv[1:])
    print(json.dumps({"status": status, **seen}))
    """
)


@pytest.mark.parametrize(
    ("argv", "url"),
    [([], None), (["--db", "sqlite:////tmp/x.sqlite3"], "sqlite:////tmp/x.sqlite3")],
)
def test_the_window_opens_without_the_command_lines_parser(argv: list[str], url: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"status": 0, "url": url, "parser": False, "areas": False}


def test_what_counts_as_the_window_alone() -> None:
    assert window_only([]) == (True, None)
    assert window_only(["--db", "a.sqlite3"]) == (True, "a.sqlite3")
    assert window_only(["--db=postgresql://h/agencia"]) == (True, "postgresql://h/agencia")
    # anything else is the command line's to read (and to refuse in its words)
    for argv in (["--db"], ["--db", "--help"], ["--db="], ["--help"], ["accounts", "list"]):
        assert window_only(argv)[0] is False
    assert window_only(["--db", "a.sqlite3", "--user", "ana"])[0] is False
