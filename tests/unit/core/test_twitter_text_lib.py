"""twitter-text (~8 MiB of compiled regexes) is not loaded until a text needs it, and never with pkg_resources.

Run in a fresh interpreter: this test process has loaded the library long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from exec_desk.ui.composer.window import ComposerWindow
from datetime import UTC, datetime
window = ComposerWindow(clock=lambda: datetime.now(UTC))
window.show()
empty = window.check.counter_text
before = "twitter_text" in sys.modules
window.editor.setPlainText("Proud of the Lyon team https://example.com")
print(json.dumps({"empty": empty, "before": before, "after": "twitter_text" in sys.modules,
                  "pkg_resources": "pkg_resources" in sys.modules, "counted": window.check.counter_text}))
"""


def test_the_composer_opens_without_twitter_text_and_loads_it_for_the_first_word() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"empty": "0/280", "before": False, "after": True, "pkg_resources": False, "counted": "46/280"}
