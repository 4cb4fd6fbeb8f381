"""The composer side in French and from the keyboard: accessible names on every focusable control of the composer,
the drafts list, the outbox window and the account dialog; the composer's tab order and shortcuts; French texts
(the composer's own, what `core` and `services` say, stored outbox reasons) with French numbers and prices; and
readable warning colours in light and dark palettes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.app.compose import plan_capability
from exec_desk.backends.base import XBackend
from exec_desk.core.i18n import Message, Moment
from exec_desk.core.media import checks as media
from exec_desk.services.accounts.signin import SignInService
from exec_desk.services.clock import ManualClock
from exec_desk.services.drafts import DraftService
from exec_desk.services.outbox.operations import GONE, NOT_SENT, RETRYING, RETURNED_WORDS, said
from exec_desk.services.outbox.post import NO_REPLIES, REJECTED_BECAUSE
from exec_desk.services.outbox.sender import RETURNED, OutboxSender
from exec_desk.services.session import actions
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import DraftMedia, OutboxState
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.account.dialog import AccountDialog
from exec_desk.ui.composer.parts import contrast, danger, warning
from exec_desk.ui.composer.window import ComposerWindow
from exec_desk.ui.i18n import day_and_time, message_text, short_time
from exec_desk.ui.outbox.drafts import DraftsList
from exec_desk.ui.outbox.window import OutboxWindow
from tests.support.credentials import MemoryCredentialStore
from tests.support.factories import ACCOUNT, make_account
from tests.support.media_files import picture
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
Language = Callable[[str], None]


def _spaced(text: str) -> str:
    """`text` with its no-break spaces (French: before "$") as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _composer(qtbot: QtBot, tmp_path: Path, **kwargs: object) -> ComposerWindow:
    """A composer with text and two attached pictures (each with its description field and remove button)."""
    window = ComposerWindow(clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.editor.setPlainText("Proud of the Lisbon team.")
    window.attach_files([str(picture(tmp_path / "a.png", "#0f766e")), str(picture(tmp_path / "b.png", "#c2410c"))])
    return window


def _outbox(qtbot: QtBot, store: Store) -> OutboxWindow:
    """An outbox window over a waiting post, a post retried later and a failed reply that went back to the drafts."""
    clock = ManualClock(NOW)
    backend = cast(XBackend, object())  # never called: nothing is sent here
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    outbox = store.outbox
    outbox.enqueue(
        ACCOUNT, {"op": "post", "parts": ["Board at 10."], "media": []}, now=NOW, not_before=NOW + timedelta(minutes=10)
    )
    later = outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["Later."]}, now=NOW, not_before=NOW + timedelta(minutes=3))
    retry_at = datetime(2026, 11, 26, 9, 33, tzinfo=UTC)
    outbox.update(later.id, OutboxState.SCHEDULED, now=NOW, last_error=said(RETRYING, time=Moment(retry_at)))
    draft = store.drafts.create(ACCOUNT, "Count me in.", NOW, reply_to="42")
    payload = {"op": "post", "parts": ["Count me in."], "media": [{"path": "/tmp/a.png"}], "reply_to": "42"}
    failed = outbox.enqueue(ACCOUNT, payload, now=NOW)
    reason = said(RETURNED_WORDS, reason=said(NO_REPLIES))
    outbox.update(
        failed.id, OutboxState.FAILED, now=NOW, last_error=reason, progress={RETURNED: draft.id}, draft_id=draft.id
    )
    window = OutboxWindow(sender, clock=clock)
    qtbot.addWidget(window)
    return window


def _account_dialog(qtbot: QtBot, tmp_path: Path, store: Store) -> AccountDialog:
    deps = SignInService(
        store=store,
        settings=Settings(tmp_path / "settings.json"),
        recorder=Ledger(store),
        api_url="http://127.0.0.1:9",
        credentials=MemoryCredentialStore,
        open_browser=lambda url: True,
    )
    dialog = AccountDialog(deps, ImmediateTaskRunner(), current="Demo — not signed in")
    qtbot.addWidget(dialog)
    return dialog


def _inside_a_named_control(widget: QWidget) -> bool:
    """Part of a spin box or combo box (its editor, its popup list), which carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(window: QWidget) -> list[str]:
    """The focusable controls a screen reader could not name (a button's text names it)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_a_named_control(widget):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_control_has_a_name(qtbot: QtBot, tmp_path: Path, store: Store) -> None:
    refused = lambda action: (False, "")  # noqa: E731 - the context bar's two buttons show
    composer = _composer(qtbot, tmp_path, capability=refused)
    composer.open_for(reply_to="42", context_text="@ceo: “Offsite?”")  # a new draft: the pictures go
    composer.attach_files([str(picture(tmp_path / "c.png", "#1d4ed8"))])
    drafts = DraftsList(
        DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW), clock=lambda: NOW
    )
    qtbot.addWidget(drafts)
    windows = [composer, drafts, _outbox(qtbot, store), _account_dialog(qtbot, tmp_path, store)]
    assert {type(w).__name__: _unnamed(w) for w in windows} == {type(w).__name__: [] for w in windows}
    tile = composer.media.tiles()[0]
    assert tile.alt.accessibleName() == "Description of c.png" and tile.remove_button.accessibleName() == "Remove c.png"
    assert composer.editor.accessibleName() == "Post text" and composer.counter.accessibleName() == "Characters used"
    assert drafts.view.accessibleName() == "Drafts" and windows[2].view.accessibleName() == "Waiting to be sent"  # type: ignore[attr-defined]


def _walk(qtbot: QtBot, window: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    seen = [start]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(cast(QWidget, QApplication.focusWidget()))
    return seen


def test_the_composer_tab_order_goes_text_descriptions_when_send_close(qtbot: QtBot, tmp_path: Path) -> None:
    window = _composer(qtbot, tmp_path, cooloff_minutes=lambda: 10)
    window.when.reset(10, NOW)  # "Send in 10 min": the minutes show
    window.show_composer()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    [first, second] = window.media.tiles()
    expected = [
        window.editor,
        first.alt,
        first.remove_button,
        second.alt,
        second.remove_button,
        window.attach_button,
        window.thread_box,
        window.when.choice,
        window.when.minutes,
        window.send_button,
        window.close_button,
        window.drafts_button,
        window.outbox_button,
        window.editor,  # round again (the context bar's buttons are hidden)
    ]
    assert _walk(qtbot, window, window.editor, len(expected) - 1) == expected


def test_every_composer_action_is_on_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = _composer(qtbot, tmp_path)
    window.show_composer()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    assert [b.text().count("&") for b in (window.attach_button, window.thread_box, window.drafts_button)] == [1, 1, 1]
    with qtbot.waitSignal(window.drafts_requested):
        qtbot.keyClick(window.editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.thread_box.isChecked)  # a mnemonic clicks the button after a short animation
    window.media.tiles()[1].alt.setFocus()
    with qtbot.waitSignal(window.send_requested):  # Ctrl+Enter sends from a description field too
        qtbot.keyClick(window.media.tiles()[1].alt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.isHidden()
    window.show_composer()
    window.close_button.click()
    assert window.isHidden()


def test_the_drafts_and_outbox_windows_close_with_esc(qtbot: QtBot, store: Store) -> None:
    drafts = DraftsList(
        DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW), clock=lambda: NOW
    )
    qtbot.addWidget(drafts)
    outbox = _outbox(qtbot, store)
    for window, view in ((drafts, drafts.view), (outbox, outbox.view)):
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        assert window.isHidden()
    assert outbox.undo_button.text() == "&Undo — back to drafts" and outbox.now_button.text() == "Send &now"


def test_the_composer_speaks_french(qtbot: QtBot, tmp_path: Path, language: Language) -> None:
    language("fr")
    window = ComposerWindow(clock=lambda: NOW, cooloff_minutes=lambda: 10)
    qtbot.addWidget(window)
    window.editor.setPlainText("Bonjour à toutes les équipes.")
    assert window.windowTitle() == "Nouvelle publication — Exec Desk"
    assert window.send_button.text() == "Envoyer dans 10 min" and window.when.minutes.suffix() == " min"
    assert window.counter.toolTip().startswith("Caractères utilisés sur 280.")
    assert _spaced(window.price.text()) == "Env. 0,015 $"
    assert window.problem.text() == "Ctrl+Retour envoie · Échap masque et garde le brouillon"  # Qt's key names
    refusals = window.attach_files([str(picture(tmp_path / f"{i}.png", "#1d4ed8")) for i in range(5)])
    assert refusals == ["Une publication contient au plus 4 images ; 5 sont jointes. Retirez-en 1."]
    assert window.media.tiles()[0].alt.placeholderText() == "Décrivez-la (texte alternatif)"
    window.media.clear()
    window.editor.setPlainText("x" * 281)
    assert window.problem.text().startswith("1 caractère en trop. Raccourcissez le texte")
    window.editor.setPlainText("x" * 290)
    assert window.problem.text().startswith("10 caractères en trop.")
    window.thread_box.setChecked(True)
    assert window.send_button.text() == "Envoyer le fil (2) dans 10 min"
    assert _spaced(window.price.text()) == "Env. 0,030 $ pour 2 publications"


def test_a_refused_reply_and_core_messages_in_french(qtbot: QtBot, tmp_path: Path, language: Language) -> None:
    language("fr")
    capability = plan_capability(lambda action, post_id: (False, actions.REPLY_REFUSED), "42")
    window = ComposerWindow(clock=lambda: NOW, capability=capability)
    qtbot.addWidget(window)
    window.open_for(reply_to="42", context_text="@ceo : « Qui vient ? »")
    assert window.context.label.text() == "En réponse à @ceo : « Qui vient ? »"
    assert window.context.refusal.text().startswith("Votre formule X ne permet de répondre que si l'auteur vous a")
    assert _spaced(window.context.link_button.text()) == "Publier plutôt avec le lien — coûte 0,20 $"
    big = tmp_path / "big.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(20 * 1024 * 1024 + 300 * 1024)
    [refusal] = window.attach_files([str(big)])
    assert refusal == (
        "big.jpg fait 20,3 Mo ; sur X, une image ne peut dépasser 5 Mo. Utilisez une copie plus petite ou compressée."
    )
    fake = tmp_path / "notes.jpg"
    fake.write_bytes(b"%PDF-1.7")
    [refusal] = window.attach_files([str(fake)])
    assert refusal.startswith(
        "notes.jpg n'est ni une image, ni un GIF, ni une vidéo que X accepte (cela ressemble à un"
    )
    assert refusal.endswith("ou une vidéo MP4/MOV (512 Mo, de 0,5 s à 2 min 20 s).")


def test_the_outbox_and_drafts_in_french(qtbot: QtBot, store: Store, language: Language) -> None:
    language("fr")
    window = _outbox(qtbot, store)
    rows = [window.view.topLevelItem(i) for i in range(window.view.topLevelItemCount())]
    texts = [(row.text(0), row.text(1)) for row in rows if row is not None]
    at = short_time(NOW + timedelta(minutes=10))
    assert texts[1] == (f"Envoi à {at} · dans 10 min", "Board at 10.")
    assert texts[0][0].startswith("Nouvel essai à ") and texts[0][0].endswith(
        "— X n'a pas répondu ; nouvel essai à 09:33."
    )
    assert texts[2] == (
        "Non envoyée — X a refusé la réponse : votre formule X ne permet de répondre que si l'auteur vous a mentionné "
        "ou cité. Elle est de retour dans vos brouillons.",
        "Réponse · 1 pièce jointe · Count me in.",
    )
    assert window.summary.text().startswith("En attente d'envoi : 2.") and window.undo_button.text().startswith(
        "&Annuler"
    )
    assert rows[2] is not None
    window.view.setCurrentItem(rows[2])
    with qtbot.waitSignal(window.open_draft_requested) as opened:
        window.open_button.click()
    assert opened.args is not None and opened.args[1].endswith("Elle est de retour dans vos brouillons.")
    store.drafts.create(ACCOUNT, "Photos", NOW - timedelta(days=2), media=[DraftMedia("/tmp/a.png", "image/png")])
    drafts = DraftsList(
        DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW), clock=lambda: NOW
    )
    qtbot.addWidget(drafts)
    details = [drafts.model.index(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(drafts.model.rowCount())]
    edited = day_and_time(NOW - timedelta(days=2), NOW)
    assert f"Modifié {edited} · 1 image" in details and edited.startswith("mar. 24 nov. à ")
    assert drafts.open_button.text() == "&Ouvrir" and drafts.windowTitle() == "Brouillons — Exec Desk"


def test_stored_reasons_are_french_after_a_restart(qtbot: QtBot, tmp_path: Path, language: Language) -> None:
    """The sender's reasons are stored with their structure: another run shows them in French (an older row's plain
    English as it is)."""
    path = tmp_path / "restart.sqlite3"
    reasons = {
        "Gone.": said(RETURNED_WORDS, reason=said(GONE)),
        "Too long.": said(REJECTED_BECAUSE["post"], detail="Text too long"),
        "Old.": "X refused it, in the words of an older version.",
    }
    with Store(path) as first:
        first.accounts.add(make_account())
        for text, reason in reasons.items():
            item = first.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [text]}, now=NOW)
            first.outbox.update(item.id, OutboxState.FAILED, now=NOW, last_error=reason)
    language("fr")
    with Store(path) as again:
        clock = ManualClock(NOW)
        sender = OutboxSender(again, cast(XBackend, object()), ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
        window = OutboxWindow(sender, clock=clock)
        qtbot.addWidget(window)
        rows = [window.view.topLevelItem(i) for i in range(window.view.topLevelItemCount())]
        shown = {row.text(1): row.text(0) for row in rows if row is not None}
        assert shown == {
            "Gone.": "Non envoyée — Cette publication n'existe plus. Elle est de retour dans vos brouillons.",
            "Too long.": "Non envoyée — X a rejeté la publication : Text too long",
            "Old.": "Non envoyée — X refused it, in the words of an older version.",
        }


def test_messages_are_shown_from_their_parts(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"")
    with pytest.raises(media.MediaError) as refused:
        media.inspect(tmp_path / "notes.txt")
    assert message_text(refused.value.message) == "notes.txt is empty."  # English: the same words
    assert message_text("a developer's own words") == "a developer's own words"  # plain words: as they are
    assert message_text(Message()) == "" and message_text("") == ""
    size = media.size_text(20 * 1024 * 1024 + 300 * 1024)
    assert size == "20.3 MB" and message_text(size) == "20.3 MB"


def test_messages_in_french_translate_nested_reasons_and_numbers(language: Language) -> None:
    language("fr")
    assert message_text(media.size_text(int(20.3 * 1024 * 1024))) == "20,3 Mo"
    assert message_text(said(RETURNED_WORDS, reason=said(GONE))) == (
        "Cette publication n'existe plus. Elle est de retour dans vos brouillons."
    )
    rejected = said(REJECTED_BECAUSE["post"], detail="Text too long")
    assert message_text(rejected) == "X a rejeté la publication : Text too long"
    assert message_text(said(NOT_SENT, error="KeyError")) == "Envoi impossible (KeyError)."


SHORT_REASONS = {
    actions.REPLY_REFUSED: "Your X plan can reply only when the author mentioned you.",
    actions.QUOTE_REFUSED: "Your X plan cannot quote posts.",
    actions.LIKE_REFUSED: "Your X plan cannot like posts.",
}


def test_plan_reasons_cover_the_sessions_refusals() -> None:
    for refusal, short in SHORT_REASONS.items():

        def refuse(action: str, post_id: str, said: str = refusal) -> tuple[bool, str]:
            return False, said

        allowed, reason = plan_capability(refuse, "1")("reply")
        assert not allowed and reason == short  # the reason, without the session's "open it on x.com" advice


def test_plan_reasons_in_french(language: Language) -> None:
    language("fr")
    allowed, reason = plan_capability(lambda action, post_id: (False, actions.QUOTE_REFUSED), "1")("quote")
    assert not allowed and reason == "Votre formule X ne permet pas de citer des publications."


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base)):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


@pytest.mark.parametrize(
    ("window", "base", "text"), [("#efefef", "#ffffff", "#000000"), ("#2b2b2b", "#1e1e1e", "#f0f0f0")]
)
def test_warning_colours_read_on_light_and_dark_palettes(window: str, base: str, text: str) -> None:
    palette = _palette(window, base, text)
    for colour in (danger(palette), warning(palette)):
        assert (
            min(contrast(colour, palette.color(r)) for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)) >= 4.5
        )
        assert colour.hslSaturation() > 100  # still a red or an amber, not grey text
    assert danger(palette).hslHue() in range(340, 360) and warning(palette).hslHue() in range(25, 50)


def test_a_misshapen_access_token_is_explained_in_french(language: Callable[[str], None]) -> None:
    from exec_desk.ui.account.dialog import local_oauth1_problem

    language("fr")
    keys = {"consumer_key": "ck", "consumer_secret": "cs", "access_token": "abc-def", "access_token_secret": "ats"}
    problem = local_oauth1_problem(keys)
    assert problem is not None and problem.startswith("Le jeton d’accès doit avoir la forme")
