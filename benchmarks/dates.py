"""The cost of reading one footer date, cold and warm.

Run: python benchmarks/dates.py
- import: seconds to import Babel's date support in a fresh interpreter (paid once
  per process, only when the first date is read);
- cold: a language's first date in a process (its CLDR month names and patterns
  are built), median over the 34 Twitter embed languages;
- warm: later dates of the same language, median over those languages.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from babel.dates import format_date

from tweetembed import dates
from tweetembed.dates import TWITTER_LANGUAGES, _cldr_code, parse_date


def main() -> None:
    import_s = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter(); import babel.dates, "
         "babel.localedata; print(time.perf_counter() - t)"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    samples = {
        lang: format_date(__import__("datetime").date(2021, 3, 13), "long", locale=_cldr_code(lang))
        for lang in TWITTER_LANGUAGES
    }
    # Cold: the tables built from Babel's data (the per-install cache turned off).
    os.environ["TWEETEMBED_CACHE"] = ""
    cold, warm, repeat = [], [], []
    for lang, text in samples.items():
        dates._locale_dates.cache_clear()
        dates._any_months.cache_clear()
        dates._read_date.cache_clear()
        start = time.perf_counter()
        parse_date(text, [lang])
        cold.append((time.perf_counter() - start) * 1e3)
        runs, again = [], []
        for _ in range(200):
            dates._read_date.cache_clear()  # warm tables, not a kept answer
            start = time.perf_counter()
            parse_date(text, [lang])
            runs.append((time.perf_counter() - start) * 1e6)
            start = time.perf_counter()
            parse_date(text, [lang])  # the same date again: the kept answer
            again.append((time.perf_counter() - start) * 1e6)
        warm.append(statistics.median(runs))
        repeat.append(statistics.median(again))
    print(f"import of Babel's dates in a fresh process: {float(import_s) * 1e3:.1f} ms")
    print(f"cold, first date of a language: median {statistics.median(cold):.2f} ms "
          f"(max {max(cold):.2f} ms, over {len(cold)} languages)")  # fmt: skip
    print(f"warm: median {statistics.median(warm):.1f} µs (max {max(warm):.1f} µs)")
    print(f"the same date again: median {statistics.median(repeat):.1f} µs")


if __name__ == "__main__":
    main()
