"""Per-keystroke cost of the composer's counter and thread split on a 5,000-character thread (target: ≤ 5 ms).

Run by hand: `.venv/bin/python benchmarks/bench_counter.py [--keys 400] [--ui]`. Each "keystroke" inserts or
deletes one character at a random place, as typing and correcting do, then checks the text as a thread and as one
post. `--ui` also times the whole composer update (QPlainTextEdit edit → counter, highlight, preview, price,
draft hand-off) offscreen, and showing the already-built window. Prints medians and 95th percentiles in ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from functools import partial

from exec_desk.core.compose import PostChecker, count

SENTENCES = [
    "Our third quarter closed strong.",
    "Revenue grew 12% year over year, and margins held despite the new plant in Porto.",
    "We hired 40 engineers, most of them in Lisbon and Nairobi.",
    "Customer churn fell to its lowest level in five years!",
    "What comes next?",
    "A focus on the mid-market, where our product wins on service.",
    "Details for investors are at https://example.com/investors/q3 as usual.",
    "Thank you to every team that made this happen — 感谢 🙏.",
]


def thread_text(size: int = 5000, seed: int = 3) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while len(" ".join(words)) < size:
        words.append(rng.choice(SENTENCES))
    return " ".join(words)[:size]


def keystrokes(text: str, n: int, seed: int = 7) -> list[str]:
    """Successive versions of `text`, each one keystroke away from the previous."""
    rng, out = random.Random(seed), []
    for _ in range(n):
        pos = rng.randrange(1, len(text) - 1)
        text = text[:pos] + rng.choice("aeiou st,") + text[pos:] if rng.random() < 0.7 else text[:pos] + text[pos + 1 :]
        out.append(text)
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<44} median {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms")


def core(keys: int) -> None:
    text = thread_text()
    versions = keystrokes(text, keys)
    print(f"text: {len(text)} characters, {count(text).weighted_length} weighted; {keys} keystrokes")
    report("parse_tweet on the whole text (reference)", [timed(lambda: count(text)) for _ in range(20)])
    checker = PostChecker()
    report("first check (cold cache)", [timed(lambda: checker.check(text, thread=True))])
    report("keystroke: check as a thread", [timed(partial(checker.check, v, thread=True)) for v in versions])
    report("keystroke: check as one post (+highlight)", [timed(partial(checker.check, v)) for v in versions])
    parts = checker.check(versions[-1], thread=True).parts
    print(f"split: {len(parts)} parts, all valid: {all(count(p.text).valid for p in parts)}")


def ui(keys: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import UTC, datetime

    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from exec_desk.ui.composer.window import ComposerWindow

    app = QApplication.instance() or QApplication([])
    window = ComposerWindow(clock=lambda: datetime.now(UTC))
    window.show_composer()
    window.editor.setPlainText(thread_text())
    window.thread_box.setChecked(True)
    app.processEvents()
    rng = random.Random(11)
    samples = []
    for _ in range(keys):
        cursor = window.editor.textCursor()
        cursor.setPosition(rng.randrange(1, len(window.editor.toPlainText()) - 1))
        window.editor.setTextCursor(cursor)
        samples.append(timed(lambda: window.editor.insertPlainText("e")))
    report("composer window: keystroke (thread mode)", samples)
    window.thread_box.setChecked(False)
    samples = [timed(lambda: window.editor.insertPlainText("e")) for _ in range(keys // 4)]
    report("composer window: keystroke (one post, over)", samples)

    def show() -> None:
        window.show_composer()
        app.processEvents()

    shows = []
    for _ in range(20):
        window.hide()
        app.processEvents()
        shows.append(timed(show))
    report("composer window: show the built window", shows)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--ui", action="store_true", help="also time the composer window (offscreen Qt)")
    args = parser.parse_args()
    core(args.keys)
    if args.ui:
        ui(args.keys)


if __name__ == "__main__":
    main()
