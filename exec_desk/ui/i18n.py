"""The user's language: Qt translators for our catalogue and Qt's own, the default locale, and display helpers.

`install_language(app, language)` applies the `language` setting ("system", "en" or "fr"): it removes the
translators it installed before, installs Qt's own catalogue (`qtbase_<lang>.qm`: OK/Cancel, context menus) and
ours (`resources/i18n/exec_desk_<lang>.qm`), and sets the default `QLocale` (dates, times, numbers), keeping the
system's region when it speaks the chosen language. English is the source language: only the small English
catalogue of plural forms ("%n post(s)" → "1 post", "2 posts") is loaded. Returns the language in use.

The .qm files are compiled from the .ts sources when the package is built or installed (setup.py; an editable
install compiles them in place). When one is missing (a checkout never installed) Exec Desk logs how to compile it
and runs in English: no compiler runs on the start-up path, and every install path has them.

Display helpers for what `core` and `services` mark (they never import Qt): `message_text` shows an
`exec_desk.core.i18n.Message` (or a marked constant) in the user's language — the only way words of the layers
below reach the screen; `group_name` the name of a default group; `moment_text` a date or time field;
`number_text` a number or a decimal `Quantity`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Amount, Message, Moment, Phrase, Quantity

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
_LOCALES = {"en": "en_US", "fr": "fr_FR"}
#: The object name of the translators `install_language` installs (it finds and removes them by it).
TRANSLATOR_NAME = "exec_desk_translator"
#: The default group names (`exec_desk.core.sources.DEFAULT_GROUPS`): stored in English, shown translated.
GROUP_NAMES = (
    QT_TRANSLATE_NOOP("Groups", "Journalists"),
    QT_TRANSLATE_NOOP("Groups", "Competitors"),
    QT_TRANSLATE_NOOP("Groups", "Clients"),
    QT_TRANSLATE_NOOP("Groups", "Company"),
    QT_TRANSLATE_NOOP("Groups", "Home"),
    QT_TRANSLATE_NOOP("Groups", "Mentions"),
)


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """The catalogue language for a setting value: "system" follows the system locale (English if unknown)."""
    if language in LANGUAGES:
        return language
    if language != "system":
        log.warning("unknown language setting %r: following the system", language)
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def catalog_dir() -> Path:
    """Where the compiled catalogues are (an installed package's resources, or resources/ of a checkout)."""
    from exec_desk.ui.icons import resources_dir

    return resources_dir() / "i18n"


def install_language(
    app: QCoreApplication, language: str, *, catalogs: Path | None = None, system: QLocale | None = None
) -> str:
    """Apply the `language` setting to `app` (see the module docstring); returns the language in use.

    Call it again to switch: the translators installed before are removed first (Qt then sends every widget a
    LanguageChange event; widgets built before keep their texts unless they retranslate).
    """
    wanted = resolve_language(language, system)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    folder = catalogs or catalog_dir()
    used = wanted
    if wanted != SOURCE_LANGUAGE:
        qt_own = _load(app, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{wanted}.qm")
        if _load(app, folder / f"exec_desk_{wanted}.qm") is None:
            log.warning("no %s catalogue in %s (`python packaging/i18n.py compile`): using English", wanted, folder)
            if qt_own is not None:
                app.removeTranslator(qt_own)
                qt_own.setParent(None)
            used = SOURCE_LANGUAGE
    if used == SOURCE_LANGUAGE:
        _load(app, folder / f"exec_desk_{SOURCE_LANGUAGE}.qm")  # plural forms only: "%n post(s)" -> "2 posts"
    system_locale = system or QLocale.system()
    locale = QLocale(_LOCALES[used])
    QLocale.setDefault(system_locale if system_locale.language() == locale.language() else locale)
    return used


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    if not path.is_file():
        source = path.with_suffix(".ts")
        if source.is_file():
            log.warning("%s is not compiled (%s)", source.name, path)
        return None
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not translator.load(str(path)):
        log.warning("could not load %s", path)
        translator.setParent(None)
        return None
    source = path.with_suffix(".ts")
    if source.is_file() and source.stat().st_mtime > path.stat().st_mtime + 60:  # archives round their times
        log.warning("%s is older than its .ts: run `python packaging/i18n.py compile`", path.name)
    app.installTranslator(translator)
    return translator


def current_language(app: QCoreApplication) -> str:
    """The language of the catalogue installed by `install_language` ("en" when none is)."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        if Path(translator.filePath()).name.startswith("exec_desk_"):
            return translator.language().split("_")[0]
    return SOURCE_LANGUAGE


# -- display helpers -----------------------------------------------------------------------------------------------
def group_name(name: str) -> str:
    """A group's name as shown: the default groups translated, the user's own as they are."""
    return QCoreApplication.translate("Groups", name) if name else name


def qt_datetime(moment: datetime, *, local: bool = False) -> QDateTime:
    """`moment`'s wall-clock date and time as a `QDateTime`; with `local`, an aware `moment` is first converted to
    the system's time zone."""
    value = moment.astimezone() if local and moment.tzinfo else moment
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def moment_text(moment: Moment) -> str:
    """A date or time field in the user's locale ("14:05", "lundi", "26 nov.")."""
    locale, value = QLocale(), qt_datetime(moment.value)
    if moment.part == "weekday":
        return str(locale.dayName(value.date().dayOfWeek()))
    day = str(locale.toString(value.date(), "d MMM"))
    if moment.part == "date":
        return day
    time_text = str(locale.toString(value.time(), QLocale.FormatType.ShortFormat))
    return time_text if moment.part == "time" else f"{day} {time_text}"


def short_date(moment: datetime) -> str:
    """Day and abbreviated month in the user's language and time zone ("26 Nov", "26 nov.")."""
    return moment_text(Moment(moment.astimezone() if moment.tzinfo else moment, "date"))


def short_time(moment: datetime) -> str:
    """The time of day in the user's locale and time zone ("14:05", or "2:05 PM" in the US)."""
    return moment_text(Moment(moment.astimezone() if moment.tzinfo else moment, "time"))


def day_and_time(moment: datetime, now: datetime) -> str:
    """When something happened, to the minute, in the user's language and time zone: "today at 14:05", "yesterday
    at 09:12", "Thu 26 Nov at 14:05" (with the year when it is not this year's)."""
    local, today = moment.astimezone(), now.astimezone().date()
    time_text = short_time(moment)
    if local.date() == today:
        return QCoreApplication.translate("Dates", "today at {time}").format(time=time_text)
    if (today - local.date()).days == 1:
        return QCoreApplication.translate("Dates", "yesterday at {time}").format(time=time_text)
    form = "ddd d MMM" if local.year == today.year else "d MMM yyyy"
    day = QLocale().toString(QDate(local.year, local.month, local.day), form)
    return QCoreApplication.translate("Dates", "{day} at {time}").format(day=day, time=time_text)


def usd(micro: int) -> str:
    """`$0.20`, `$1.40` from ten cents up in whole cents (as X's price list says them), else `$0.015`, `$0.030`;
    the number in the user's locale and the sign where the language puts it (French: `0,015 $`)."""
    whole_cents = micro % 10_000 == 0 and micro >= 100_000
    amount = QLocale().toString(micro / 1_000_000, "f", 2 if whole_cents else 3)
    return QCoreApplication.translate("Money", "${amount}").format(amount=amount)


def number_text(value: int | Quantity) -> str:
    """A whole number in the user's digits, without grouping ("1280"), or a `Quantity` with the locale's decimal
    sign ("20,3")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, Quantity):
        return str(locale.toString(value.value, "f", value.decimals))
    return str(locale.toString(value))


def phrase_text(phrase: Phrase) -> str:
    """A `Phrase` in the user's language, its fields shown too (phrases and messages translated, moments, amounts
    and numbers localized); a counted phrase in the plural form of its count."""
    values: dict[str, object] = {}
    for name, value in phrase.fields:
        if isinstance(value, Message):
            values[name] = message_text(value)
        elif isinstance(value, Phrase):
            values[name] = phrase_text(value)
        elif isinstance(value, Moment):
            values[name] = moment_text(value)
        elif isinstance(value, Amount):
            values[name] = usd(value.micro)
        elif isinstance(value, int | Quantity):
            values[name] = number_text(value)
        else:
            values[name] = value
    if phrase.count is None:
        template = QCoreApplication.translate(phrase.context, phrase.template)
    else:
        template = QCoreApplication.translate(phrase.context, phrase.template, None, phrase.count)
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a broken translation: the English still says it
        log.warning("bad translation of %r: %r", phrase.template, template)
        return phrase.english()


def message_text(text: str, context: str = "") -> str:
    """What `core`/`services` said, in the user's language: a `Message` phrase by phrase (one read back from the
    store too); else `text` translated in `context` when given (a constant marked with
    `QT_TRANSLATE_NOOP(context, ...)`), or as it is (plain words: X's, or a row stored before messages were)."""
    if isinstance(text, Message):
        return text.separator.join(
            phrase_text(part) if isinstance(part, Phrase) else message_text(part) for part in text.parts
        )
    if context and text:
        return QCoreApplication.translate(context, text)
    return text


def long_datetime(moment: datetime) -> str:
    """A date in full and the time, in the user's language and time zone ("Thursday 26 November 2026 14:05")."""
    value, locale = qt_datetime(moment, local=True), QLocale()
    date = locale.toString(value.date(), QLocale.FormatType.LongFormat)
    return f"{date} {locale.toString(value.time(), QLocale.FormatType.ShortFormat)}"
