"""How far a post's GIF or video is on its way to X, as the user sees it: a progress bar per item in the outbox window
("Uploading the video… 40 %", "X is processing the video… 70 %", "Waiting for X to process the video…"), the same
line in the composer while it is open, a failed processing's reason in the outbox and as the reopened draft's note,
in English and French; and screenshots of both windows.

The outbox runs for real against the fake X over loopback (a ManualClock drives both; no sleeps). Screenshots go to
$EXEC_DESK_SHOTS when set (e.g. /tmp/shots/media), else to the test's temporary folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.core.compose import ComposedPost
from exec_desk.core.media import checks as media
from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.outbox.media import MediaStage
from exec_desk.services.outbox.post import PostOperation
from exec_desk.services.outbox.sender import OutboxProgress, OutboxSender
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from exec_desk.ui.composer.window import ComposerWindow
from exec_desk.ui.outbox.progress import UploadBar, stage_text
from exec_desk.ui.outbox.window import OutboxWindow
from tests.support.fake_world import ACCOUNT, manual_clock, oauth2_backend
from tests.support.media_files import ANIMATED_GIF, SHORT_MP4, cut_short, padded
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
ME = ACCOUNT
Language = Callable[[str], None]


@pytest.fixture
def seed() -> int:
    return 11


@pytest.fixture
def world(store: Store) -> Store:
    """The shared `store`: it holds the fake world's user as `ME`."""
    return store


def _sender(server: FakeXServer, store: Store, clock: ManualClock, chunk: int = 1024) -> OutboxSender:
    backend = oauth2_backend(server, Ledger(store), clock, ME, timeout=(5.0, 2.0))
    operations = {"post": PostOperation(chunk_size=chunk)}
    return OutboxSender(store, backend, ImmediateTaskRunner(), ME, clock, clock.timer, operations=operations)


def _window(qtbot: QtBot, sender: OutboxSender, clock: ManualClock) -> OutboxWindow:
    window = OutboxWindow(sender, clock=clock)
    qtbot.addWidget(window)
    window.resize(760, 300)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _bar(window: OutboxWindow) -> UploadBar | None:
    row = window.view.topLevelItem(0)
    cell = None if row is None else window.view.itemWidget(row, 0)
    return None if cell is None else cell.findChild(UploadBar)


def _shown(window: OutboxWindow) -> tuple[str, int] | None:
    bar = _bar(window)
    return None if bar is None else (bar.format(), bar.value())


def test_the_outbox_window_follows_a_gif_from_upload_to_post(
    qtbot: QtBot, server: FakeXServer, world: Store, clock: ManualClock
) -> None:
    sender = _sender(server, world, clock)
    window = _window(qtbot, sender, clock)
    seen: list[tuple[str, int] | None] = []
    sender.progressed.connect(lambda _update: seen.append(_shown(window)))  # after the window's own slot
    sender.enqueue(
        ComposedPost(("Six frames of the Lyon line.",), (media.inspect(ANIMATED_GIF, "The line"),)).payload()
    )
    assert seen == [
        ("Uploading the GIF… 0 %", 0),
        ("Uploading the GIF… 25 %", 25),
        ("Uploading the GIF… 50 %", 50),
        ("Uploading the GIF… 76 %", 76),
        ("Uploading the GIF… 100 %", 100),
        ("Waiting for X to process the GIF…", 0),  # finalized: X has not started
    ]
    assert _shown(window) == ("Waiting for X to process the GIF…", 0)
    assert window.details.text() == "Waiting for X to process the GIF…" and not window.now_button.isEnabled()
    assert window.undo_button.isEnabled()  # it waits in the outbox: it can still go back to the drafts
    clock.advance(1)
    assert _shown(window) == ("X is processing the GIF… 0 %", 0)
    clock.advance(1)
    [item] = world.outbox.all(ME)
    assert item.state is OutboxState.SENT and _bar(window) is None  # sent: the bar is gone
    assert window.summary.text() == "Nothing waits to be sent."


def test_a_failed_processing_shows_xs_reason_in_the_outbox_and_the_reopened_draft(
    qtbot: QtBot, server: FakeXServer, world: Store, clock: ManualClock, tmp_path: Path, language: Language
) -> None:
    language("fr")
    sender = _sender(server, world, clock)
    window = _window(qtbot, sender, clock)
    clip = media.inspect(cut_short(tmp_path / "visite.mp4"), "Visite de l'usine")
    sender.enqueue(ComposedPost(("La visite de l'usine, en une seconde.",), (clip,)).payload())
    assert _shown(window) == ("En attente du traitement de la vidéo par X…", 0)
    clock.advance(1)
    # X's own words ("Unsupported video format") stay as X wrote them.
    reason = "X n'a pas pu traiter visite.mp4 : Unsupported video format Elle est de retour dans vos brouillons."
    assert window.view.topLevelItem(0).text(0) == f"Non envoyée — {reason}"  # type: ignore[union-attr]
    assert _bar(window) is None and window.open_button.isVisible()
    composer = ComposerWindow(clock=clock)
    qtbot.addWidget(composer)
    window.open_draft_requested.connect(lambda draft_id, why: composer.open_draft(world.drafts.get(draft_id), why))  # type: ignore[arg-type]
    window.open_selected()
    assert composer.problem.text() == reason  # the draft's note
    assert composer.editor.toPlainText() == "La visite de l'usine, en une seconde."
    [tile] = composer.media.tiles()
    assert tile.alt.text() == "Visite de l'usine" and tile.attachment.duration_ms == 1000


def test_stage_words_in_french(language: Language) -> None:
    language("fr")
    assert QLocale().name() == "fr_FR"
    assert stage_text(MediaStage("video", "uploading", 40, 1, 1)) == "Envoi de la vidéo… 40 %"
    assert stage_text(MediaStage("video", "processing", 70, 1, 1)) == "X traite la vidéo… 70 %"
    assert stage_text(MediaStage("gif", "waiting", None, 1, 1)) == "En attente du traitement du GIF par X…"


def test_the_composer_shows_the_last_posts_upload_while_it_is_open(qtbot: QtBot) -> None:
    composer = ComposerWindow(clock=manual_clock())
    qtbot.addWidget(composer)
    composer.show_composer()
    assert not composer.upload.isVisible()
    composer.show_upload(MediaStage("video", "processing", 70, 1, 1))
    assert composer.upload.isVisible() and composer.upload_bar.format() == "X is processing the video… 70 %"
    assert composer.upload_bar.value() == 70 and composer.upload_bar.accessibleName() == "Upload to X"
    composer.show_upload(None)
    assert not composer.upload.isVisible()


def _grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().toImage().save(str(path)), path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_screenshots(
    qtbot: QtBot, server: FakeXServer, world: Store, clock: ManualClock, tmp_path: Path, language: Language, lang: str
) -> None:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    language(lang)
    sender = _sender(server, world, clock, chunk=4 * 1024 * 1024)
    window = _window(qtbot, sender, clock)
    talk = padded(tmp_path / "keynote.mp4", 24 * 1024 * 1024 + 512)  # 24 MB: X takes 5 s to process it
    waiting = ComposedPost(("Thank you all for a great quarter, here is the keynote.",), (media.inspect(talk),))
    sender.enqueue(waiting.payload())
    later = ComposedPost(("Board update at 14:30.",), not_before=clock() + timedelta(minutes=30))
    sender.enqueue(later.payload(), not_before=later.not_before)
    clock.advance(4)  # in progress: 3 of its 4 seconds
    [first, second] = world.outbox.all(ME)
    assert first.state is OutboxState.SCHEDULED and second.state is OutboxState.SCHEDULED
    shown = _shown(window)
    assert shown is not None and shown[1] == 75
    _grab(window, folder / f"media-outbox-processing-{lang}.png")
    composer = ComposerWindow(clock=clock, cooloff_minutes=lambda: 10)
    qtbot.addWidget(composer)
    composer.resize(640, 470)
    composer.show_composer()
    composer.editor.setPlainText("One second of the new Lyon line, running at full speed.")
    composer.attach_files([str(SHORT_MP4)])
    composer.media.tiles()[0].alt.setText("The Lyon line at full speed")
    composer.show_upload(MediaStage("video", "uploading", 40, 1, 1))
    assert composer.upload.isVisible()
    _grab(composer, folder / f"media-composer-video-{lang}.png")


def test_a_segment_x_failed_is_tried_again_from_where_the_upload_stopped(
    qtbot: QtBot, server: FakeXServer, world: Store, clock: ManualClock
) -> None:
    sender = _sender(server, world, clock)
    window = _window(qtbot, sender, clock)

    def fail_the_third(update: OutboxProgress) -> None:
        upload = update.progress.get("upload") or {}
        if upload.get("next") == 2 and not server.faults.caught:
            server.faults.add(Fault.SERVER_ERROR, path=re.compile(r"/append$"), status=503)

    sender.progressed.connect(fail_the_third)
    sender.enqueue(ComposedPost(("Six frames, one hiccup.",), (media.inspect(ANIMATED_GIF),)).payload())
    [item] = world.outbox.all(ME)
    assert item.state is OutboxState.SCHEDULED and item.progress["upload"]["next"] == 2
    row = window.view.topLevelItem(0)
    assert row is not None and row.text(0).startswith("Trying again at ") and _bar(window) is None
    clock.advance(2)  # the retry: segments 2 and 3, then X processes it
    assert _shown(window) == ("Waiting for X to process the GIF…", 0)
    clock.advance(1)
    clock.advance(1)
    [item] = world.outbox.all(ME)
    assert item.state is OutboxState.SENT
    appends = [e.status for e in server.log if e.op == Op.MEDIA_APPEND]
    assert appends == [200, 200, 503, 200, 200] and [e.op for e in server.log].count(Op.MEDIA_INITIALIZE) == 1
