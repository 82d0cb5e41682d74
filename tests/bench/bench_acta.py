"""Benchmark: the meeting report (acta) on A4, the aim well under 100 ms.

Run: `.venv/bin/python tests/bench/bench_acta.py [--repeat N]`. Prints the load average,
then the median and fastest wall time and the median CPU time to render the sample acta
(both languages) and a long one that flows onto several pages. Never part of the test
run (no timed assertions in tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "decks"))

from paper_samples import ACTA, long_acta

from agencia.decks.acta import build_acta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    build_acta(ACTA, "es")  # fonts registered, modules imported: not the acta's cost
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, content, lang in (
        ("acta (es)", ACTA, "es"),
        ("acta (en)", ACTA, "en"),
        ("acta, 40 steps (es)", long_acta(40), "es"),
    ):
        samples, cpu = [], []
        pages = 0
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            pdf = build_acta(content, lang)
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            pages = pdf.count(b"/Type /Page\n")
        print(
            f"{name:<22} median {statistics.median(samples) * 1000:6.1f} ms   "
            f"fastest {min(samples) * 1000:6.1f} ms   "
            f"cpu {statistics.median(cpu) * 1000:6.1f} ms   {pages} page(s)"
        )


if __name__ == "__main__":
    main()
