"""Reading the user's calendar, read only: an .ics file, an ICS address, or a CalDAV server. Blocking: call it on
a worker (the task runner), never on the GUI thread.

- A file: an absolute path (`~` allowed) or a `file:///` address, read each time (it is local).
- An ICS address (`http://`, `https://`, or `webcal://` as calendars publish them, read over https): fetched at
  most once every `CHECK_EVERY` (15 minutes) whoever asks (the app or `exec-desk gaps`), with a conditional GET
  (`If-None-Match` with the last ETag, `If-Modified-Since` with the last Last-Modified); the last copy is kept in
  the cache folder (`<cache>/calendar/<hash of the address>.ics`, with what the server said in a `.json` beside
  it). A 304 keeps the copy; when the server cannot be reached or answers with an error, the copy is used and a
  notice says so, with its age. Only a copy that parses as a calendar replaces the last one.
- A CalDAV server (`caldav`): the calendar at the address (when the address is the server's or the user's, not a
  calendar's: the user's first calendar; never an empty answer taken for a free day) is asked for the events of
  the time range (calendar-query REPORT); the recurring ones come whole and are expanded here, as for a file, so
  both give the same gaps. The server's addresses for the user (RFC 6638
  calendar-user-address-set, `mailto:` ones) tell which attendee is the user.

`read_calendar(...)` returns a `Fetched`: one `icalendar.Calendar`, the user's addresses from the server, and a
notice (a `Message`) or None. `CalendarError` says in plain words why there is no calendar at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from exec_desk import __version__
from exec_desk.core.i18n import Message, Moment, Phrase
from exec_desk.storage.files import atomic_write

if TYPE_CHECKING:
    import icalendar

    from exec_desk.core.secrets import CredentialStore

CHECK_EVERY = timedelta(minutes=15)
TIMEOUT = (5.0, 20.0)  # connect, read (seconds)
ICS, CALDAV = "ics", "caldav"
CALDAV_NS = "urn:ietf:params:xml:ns:caldav"


#: Where a CalDAV password is kept in the keyring: account `CALDAV_ACCOUNT`, key `caldav:<user name>`.
CALDAV_ACCOUNT = "calendar"


def caldav_password(credentials: Callable[[], CredentialStore], username: str) -> Callable[[], str | None]:
    """Reads the CalDAV user's password from the keyring when it is needed (None: none kept, or no keyring)."""

    def read() -> str | None:
        from exec_desk.core.secrets import KeyringUnavailableError

        if not username:
            return None
        try:
            return credentials().get(CALDAV_ACCOUNT, f"caldav:{username}")
        except KeyringUnavailableError:
            return None

    return read


class CalendarError(Exception):
    """No calendar could be read; the message is plain words for the user."""


@dataclass(frozen=True)
class Fetched:
    calendar: icalendar.Calendar
    addresses: tuple[str, ...] = ()
    notice: str | None = None


def parse(data: bytes, where: str) -> icalendar.Calendar:
    """The calendar in `data`; `CalendarError` when it is not one."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise CalendarError(f"{where} is not a calendar (iCalendar) file: {exc}") from None
    if not isinstance(calendar, icalendar.Calendar):
        raise CalendarError(f"{where} is not a calendar (iCalendar) file.")
    return calendar


def is_address(location: str) -> bool:
    return urlsplit(location).scheme.lower() in ("http", "https", "webcal", "webcals")


def read_calendar(
    location: str,
    *,
    protocol: str = ICS,
    cache_dir: Path,
    span: tuple[datetime, datetime],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    username: str = "",
    password: Callable[[], str | None] = lambda: None,
) -> Fetched:
    """The calendar at `location` (see the module); `span` is the time range a CalDAV server is asked for."""
    if not is_address(location):
        path = Path(unquote(urlsplit(location).path) if location.startswith("file:") else location).expanduser()
        try:
            return Fetched(parse(path.read_bytes(), str(path)))
        except OSError as exc:
            raise CalendarError(f"The calendar file {path} could not be read: {exc.strerror or exc}") from None
    if protocol == CALDAV:
        return read_caldav(location, span, username=username, password=password())
    return IcsAddress(location, cache_dir, clock=clock).read()


def _https(url: str) -> str:
    """`webcal://` is a calendar's http address to subscribe to; it is read over https."""
    scheme, rest = url.split(":", 1)
    return f"https:{rest}" if scheme.lower() in ("webcal", "webcals") else url


class IcsAddress:
    """A published calendar fetched with conditional GETs, at most every `CHECK_EVERY`, its last copy cached."""

    def __init__(self, url: str, cache_dir: Path, *, clock: Callable[[], datetime]) -> None:
        self.url = _https(url)
        self._clock = clock
        key = hashlib.sha256(self.url.encode()).hexdigest()[:24]
        self.copy = cache_dir / "calendar" / f"{key}.ics"
        self.meta = self.copy.with_suffix(".json")

    def _state(self) -> dict[str, Any]:
        try:
            state = json.loads(self.meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) and self.copy.exists() else {}

    def _save(self, state: dict[str, Any], data: bytes | None = None) -> None:
        self.copy.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if data is not None:
            atomic_write(self.copy, data)
        atomic_write(self.meta, json.dumps({**state, "url": self.url}).encode())

    def read(self) -> Fetched:
        now = self._clock()
        state = self._state()
        checked = _moment(state.get("checked_at"))
        if checked is not None and now - checked < CHECK_EVERY:
            return self._cached(state)
        import requests

        headers = {"User-Agent": f"exec-desk/{__version__}", "Accept": "text/calendar, */*;q=0.5"}
        if state.get("etag"):
            headers["If-None-Match"] = str(state["etag"])
        if state.get("last_modified"):
            headers["If-Modified-Since"] = str(state["last_modified"])
        try:
            answer = requests.get(self.url, headers=headers, timeout=TIMEOUT)
            if answer.status_code == 304 and state:
                self._save({**state, "checked_at": now.isoformat(), "error": None})
                return self._cached({**state, "error": None})
            if answer.status_code != 200:
                raise CalendarError(f"the server answered {answer.status_code} {answer.reason}".strip())
            calendar = parse(answer.content, self.url)
        except (requests.RequestException, CalendarError) as exc:
            error = _plain(exc)
            if not state:
                raise CalendarError(f"The calendar at {self.url} could not be read: {error}") from None
            self._save({**state, "checked_at": now.isoformat(), "error": error})
            return self._cached({**state, "error": error})
        fresh = {
            "etag": answer.headers.get("ETag"),
            "last_modified": answer.headers.get("Last-Modified"),
            "checked_at": now.isoformat(),
            "fetched_at": now.isoformat(),
            "error": None,
        }
        self._save(fresh, answer.content)
        return Fetched(calendar)

    def _cached(self, state: dict[str, Any]) -> Fetched:
        calendar = parse(self.copy.read_bytes(), str(self.copy))
        fetched = _moment(state.get("fetched_at"))
        if not state.get("error") or fetched is None:
            return Fetched(calendar)
        notice = Message(
            Phrase.of(
                "Calendar",
                "Your calendar could not be reached ({error}); its copy of {time} is used.",
                error=str(state["error"]),
                time=Moment(fetched.astimezone(), "datetime"),
            )
        )
        return Fetched(calendar, notice=notice)


def _plain(exc: BaseException) -> str:
    import requests

    if isinstance(exc, requests.ConnectionError):
        return "no connection"
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    return str(exc)


def _moment(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def read_caldav(url: str, span: tuple[datetime, datetime], *, username: str, password: str | None) -> Fetched:
    """The events of `span` from the CalDAV calendar at `url` (see the module), as one calendar."""
    import caldav
    from caldav.elements import dav
    from caldav.lib import error

    try:
        user, secret = (username, password or "") if username else (None, None)
        connection = caldav.DAVClient(url=url, username=user, password=secret, timeout=int(TIMEOUT[1]))
        with connection as client_:
            client: Any = client_  # caldav's methods are not all typed
            calendar = client.calendar(url=url)
            kind = str(calendar.get_properties([dav.ResourceType()]).get("{DAV:}resourcetype", ""))
            if f"{{{CALDAV_NS}}}calendar" not in kind:  # the server's or the user's address: their first calendar
                calendars = client.principal().calendars()
                if not calendars:
                    raise CalendarError(f"The CalDAV server at {url} has no calendar for this user.")
                calendar = calendars[0]
            found = calendar.search(start=span[0], end=span[1], event=True, expand=False)
            addresses = _addresses(client)
            data = [item.data for item in found]
    except CalendarError:
        raise
    except error.AuthorizationError:
        raise CalendarError(f"The CalDAV server at {url} refused the user name or password.") from None
    except (error.DAVError, OSError) as exc:
        raise CalendarError(f"The CalDAV calendar at {url} could not be read: {exc}") from None
    except Exception as exc:  # requests' errors and caldav's own, whatever their class
        raise CalendarError(f"The CalDAV calendar at {url} could not be read: {_plain(exc)}") from None
    return Fetched(_merged(data), addresses)


def _addresses(client: Any) -> tuple[str, ...]:
    try:
        found = client.principal().calendar_user_address_set()
    except Exception:  # optional (RFC 6638): many servers do not say
        return ()
    return tuple(str(a) for a in found if str(a).lower().startswith("mailto:"))


def _merged(objects: list[str]) -> icalendar.Calendar:
    """The calendar objects of a CalDAV answer as one calendar (each time zone once)."""
    import icalendar

    merged = icalendar.Calendar()
    merged.add("prodid", "-//Exec Desk//calendar gaps//EN")
    merged.add("version", "2.0")
    zones: set[str] = set()
    for text in objects:
        for component in parse(text.encode(), "A CalDAV event").subcomponents:
            if component.name == "VTIMEZONE":
                if str(component.get("TZID")) in zones:
                    continue
                zones.add(str(component.get("TZID")))
            if component.name in ("VTIMEZONE", "VEVENT"):
                merged.add_component(component)
    return merged
