"""The system-wide deployment file: the X developer app IT registered once for a whole company.

`exec-desk/deployment.json` in a system configuration folder (`Paths.deployment_files`, normally
`/etc/xdg/exec-desk/deployment.json`):

    {"client_id": "<OAuth 2.0 Client ID of the company's X app>", "redirect_port": 17823,
     "api_base_url": "https://api.x.com"}

Only `client_id` is needed; `redirect_port` is the port of the callback URL registered on that app (default 17823),
`api_base_url` the company's gateway if there is one. The first file found wins. A file that cannot be used is
reported in `problems` (`core.i18n.Message`s: the tray shows them translated) and ignored, never a crash; unknown
keys are ignored (a newer version's). A client secret is refused there: every user of the machine can read the
file. Windows (a registry key) and macOS (a managed preferences plist) are described in docs/INSTALL.md, not read
yet.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from exec_desk.core.callback import checked_port
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import API_BASE_URL, SettingError

log = logging.getLogger(__name__)
#: Why a deployment file is ignored: "The deployment file … is ignored: {why}.".
IGNORED = QT_TRANSLATE_NOOP("Deployment", "The deployment file {path} is ignored: {why}.")
UNREADABLE = QT_TRANSLATE_NOOP("Deployment", "it could not be read ({error})")
NOT_JSON = QT_TRANSLATE_NOOP("Deployment", "it is not valid JSON ({error})")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Deployment", "it is not a JSON object")
HOLDS_A_SECRET = QT_TRANSLATE_NOOP(
    "Deployment",
    "it holds a client secret, which every user of this computer could read: remove it; a confidential app's "
    "secret is given at sign-in and kept in each user's keyring",
)
NO_CLIENT_ID = QT_TRANSLATE_NOOP(
    "Deployment", "its client_id is missing or is not an OAuth 2.0 Client ID (one word, no spaces)"
)


@dataclass(frozen=True, slots=True)
class Deployment:
    """What the deployment file sets; all None when there is none (`source` is None then)."""

    client_id: str | None = None
    redirect_port: int | None = None
    api_base_url: str | None = None
    source: Path | None = None
    problems: tuple[Message, ...] = ()


def load_deployment(paths: Paths) -> Deployment:
    """The first deployment file found, read and checked; an empty `Deployment` when there is none."""
    for path in paths.deployment_files:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except OSError as exc:
            return _refused(path, Phrase.of("Deployment", UNREADABLE, error=str(exc.strerror or exc)))
        return parse_deployment(raw, path)
    return Deployment()


def parse_deployment(raw: str, path: Path) -> Deployment:
    """The settings of a deployment file's text; a `Deployment` with only `problems` when it cannot be used."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        return _refused(path, Phrase.of("Deployment", NOT_JSON, error=str(exc)))
    if not isinstance(data, dict):
        return _refused(path, Phrase.of("Deployment", NOT_AN_OBJECT))
    if "client_secret" in data:
        return _refused(path, Phrase.of("Deployment", HOLDS_A_SECRET))
    client_id = data.get("client_id")
    if not isinstance(client_id, str) or not _looks_like_an_id(client_id.strip()):
        return _refused(path, Phrase.of("Deployment", NO_CLIENT_ID))
    port = data.get("redirect_port")
    try:
        port = None if port is None else checked_port(port)
        base = data.get("api_base_url")
        base = None if base is None else str(API_BASE_URL.validate(base)).rstrip("/")
    except (ValueError, SettingError) as exc:
        return _refused(path, str(exc))
    return Deployment(client_id=client_id.strip(), redirect_port=port, api_base_url=base, source=path)


def _looks_like_an_id(value: str) -> bool:
    return 0 < len(value) <= 200 and value.isascii() and value.isprintable() and " " not in value


def _refused(path: Path, why: Phrase | str) -> Deployment:
    message = Message(Phrase.of("Deployment", IGNORED, path=str(path), why=why))
    log.warning("%s", message)
    return Deployment(source=path, problems=(message,))
