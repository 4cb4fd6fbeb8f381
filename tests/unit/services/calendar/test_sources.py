"""The same calendar from its three sources gives the same gaps: the file; a real CalDAV server (Radicale, started
by the test on loopback); an ICS address fetched with conditional GETs at most every 15 minutes, answering 304,
then offline (its cached copy is used, and said)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from exec_desk.services.calendar.busy import Rules
from exec_desk.services.calendar.plan import PlanRules, local_moment, plan_day
from exec_desk.services.calendar.sources import CALDAV, CalendarError, parse, read_calendar
from exec_desk.services.clock import ManualClock
from tests.support.calendar_servers import WORK_ICS, IcsServer, radicale, upload

PARIS = ZoneInfo("Europe/Paris")
RULES = PlanRules(busy=Rules(frozenset({"ceo@example.com"})), work_days=frozenset(range(7)))
DAYS = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 29), date(2026, 3, 30)]
SPAN = (local_moment(date(2026, 3, 1), time(0), PARIS), local_moment(date(2026, 4, 1), time(0), PARIS))


def plans(calendar: object) -> list[dict[str, object]]:
    return [plan_day(calendar, day, RULES, PARIS).to_json() for day in DAYS]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def from_file() -> list[dict[str, object]]:
    return plans(parse(WORK_ICS.read_bytes(), "work.ics"))


@pytest.fixture(scope="module")
def caldav_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with radicale(tmp_path_factory.mktemp("radicale")) as base:
        yield upload(base, WORK_ICS)


def test_a_caldav_server_gives_the_same_gaps_as_the_file(
    caldav_url: str, tmp_path: Path, from_file: list[dict[str, object]]
) -> None:
    fetched = read_calendar(caldav_url, protocol=CALDAV, cache_dir=tmp_path, span=SPAN, username="ceo")
    assert plans(fetched.calendar) == from_file
    assert fetched.notice is None
    assert fetched.addresses == ()  # Radicale names no mailto: address for the user


def test_caldav_from_the_server_address_finds_the_users_calendar(
    caldav_url: str, tmp_path: Path, from_file: list[dict[str, object]]
) -> None:
    base = caldav_url.split("/ceo/")[0] + "/"
    fetched = read_calendar(base, protocol=CALDAV, cache_dir=tmp_path, span=SPAN, username="ceo")
    assert plans(fetched.calendar) == from_file


def test_caldav_server_offline_is_said_plainly(tmp_path: Path) -> None:
    with radicale(tmp_path / "gone") as base:
        pass
    with pytest.raises(CalendarError, match="could not be read"):
        read_calendar(base + "ceo/work/", protocol=CALDAV, cache_dir=tmp_path, span=SPAN, username="ceo")


def test_an_ics_address_304_then_offline(tmp_path: Path, from_file: list[dict[str, object]]) -> None:
    server = IcsServer(WORK_ICS.read_bytes())
    clock = ManualClock(datetime(2026, 3, 16, 7, 0, tzinfo=UTC))

    def read() -> object:
        return read_calendar(server.url, cache_dir=tmp_path, span=SPAN, clock=clock)

    first = read()
    assert plans(first.calendar) == from_file and first.notice is None  # type: ignore[attr-defined]
    assert server.requests == [{"If-None-Match": None, "If-Modified-Since": None}]
    copies = sorted(p.suffix for p in (tmp_path / "calendar").iterdir())
    assert copies == [".ics", ".json"]

    clock.advance(14 * 60)
    assert plans(read().calendar) == from_file  # type: ignore[attr-defined]
    assert len(server.requests) == 1  # not asked again within 15 minutes

    clock.advance(60)
    again = read()
    assert server.requests[1] == {"If-None-Match": IcsServer.ETAG, "If-Modified-Since": IcsServer.LAST_MODIFIED}
    assert plans(again.calendar) == from_file and again.notice is None  # type: ignore[attr-defined]  # 304

    server.stop()
    clock.advance(15 * 60)
    offline = read()
    assert plans(offline.calendar) == from_file  # type: ignore[attr-defined]
    notice = str(offline.notice)  # type: ignore[attr-defined]
    assert "could not be reached (no connection)" in notice
    assert "copy of 16 Mar" in notice  # when the copy was fetched, in local time
    assert len(server.requests) == 2


def test_an_ics_address_offline_with_no_copy_says_so(tmp_path: Path) -> None:
    server = IcsServer(b"")
    url = server.url
    server.stop()
    with pytest.raises(CalendarError, match=r"could not be read: no connection"):
        read_calendar(url, cache_dir=tmp_path, span=SPAN)


def test_an_answer_that_is_not_a_calendar_keeps_the_last_copy(tmp_path: Path) -> None:
    server = IcsServer(WORK_ICS.read_bytes())
    clock = ManualClock(datetime(2026, 3, 16, 7, 0, tzinfo=UTC))
    read_calendar(server.url, cache_dir=tmp_path, span=SPAN, clock=clock)
    server.body, server.ETAG = b"<html>Please sign in</html>", '"v2"'  # a captive portal, say
    clock.advance(timedelta(minutes=16).total_seconds())
    fetched = read_calendar(server.url, cache_dir=tmp_path, span=SPAN, clock=clock)
    server.stop()
    assert plan_day(fetched.calendar, date(2026, 3, 16), RULES, PARIS).proposals  # the last good copy
    assert "is not a calendar" in str(fetched.notice)


def test_webcal_addresses_are_read_over_https(tmp_path: Path) -> None:
    from exec_desk.services.calendar.sources import IcsAddress

    assert IcsAddress("webcal://calendar.example/me.ics", tmp_path, clock=lambda: SPAN[0]).url == (
        "https://calendar.example/me.ics"
    )
