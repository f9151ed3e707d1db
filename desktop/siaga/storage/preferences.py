"""The desktop app's preferences: nothing secret, readable before the station is unlocked.

They live as JSON in the station's home (``preferences.json``). A missing file,
or one that cannot be read, gives the defaults (with a warning in the log):
preferences must never keep a station from opening. A value that is out of
range falls back to its default on its own, the others are kept.
"""

from __future__ import annotations

import dataclasses
import json
import locale
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..base import cldr
from ..base.errors import StorageError, ValidationError
from ..base.fileio import atomic_write
from ..base.languages import INTERFACE_LANGUAGES

log = logging.getLogger("siaga.preferences")

PREFERENCES_FILE = "preferences.json"
MAX_IDLE_LOCK_MINUTES = 24 * 60
MIN_SYNC_INTERVAL, MAX_SYNC_INTERVAL = 5, 24 * 3600
#: the app's colours: the desktop's own, or Siaga's light or dark palette
APPEARANCES = ("system", "light", "dark")


def language_names() -> dict[str, str]:
    """Each interface language by its own name, from CLDR ("English", "Bahasa Indonesia"), capitalised.

    Never translated: people look for their own language in the list. Asked for when a list
    is shown, so opening the preferences does not load CLDR's data.
    """
    return {code: _capitalised(cldr.own_name(code)) for code in INTERFACE_LANGUAGES}


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def __getattr__(name: str) -> Any:
    # ``LANGUAGE_NAMES`` is kept as a name for callers that read it as a constant
    if name == "LANGUAGE_NAMES":
        return language_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def system_language() -> str:
    """``SIAGA_LANG`` if it names a language Siaga has, else Indonesian for an Indonesian system locale, else English."""
    env = os.environ.get("SIAGA_LANG", "").strip().lower()
    if env in INTERFACE_LANGUAGES:
        return env
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            # "id_ID.UTF-8" on Unix, "Indonesian_Indonesia" on Windows
            return "id" if value.lower().startswith(("id", "indonesian")) else "en"
    return "en"


def _check_language(value: Any) -> None:
    if value not in INTERFACE_LANGUAGES:
        raise ValidationError(f"expected one of {', '.join(INTERFACE_LANGUAGES)}", field="language")


def _int_check(name: str, low: int, high: int) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(f"expected a whole number from {low} to {high}", field=name)
    return check


def _check_receive(value: Any) -> None:
    if not isinstance(value, bool):
        raise ValidationError("expected true or false", field="receive_enabled")


def _check_appearance(value: Any) -> None:
    if value not in APPEARANCES:
        raise ValidationError(f"expected one of {', '.join(APPEARANCES)}", field="appearance")


def _check_host(value: Any) -> None:
    if not isinstance(value, str) or not value or len(value) > 253 or any(c.isspace() for c in value):
        raise ValidationError("expected a host name or address (no spaces)", field="host")


_CHECKS: dict[str, Callable[[Any], None]] = {
    "language": _check_language,
    "idle_lock_minutes": _int_check("idle_lock_minutes", 0, MAX_IDLE_LOCK_MINUTES),
    "sync_interval": _int_check("sync_interval", MIN_SYNC_INTERVAL, MAX_SYNC_INTERVAL),
    "receive_enabled": _check_receive,
    "host": _check_host,
    "port": _int_check("port", 1, 65535),
    "appearance": _check_appearance,
    "check_overdue_hours": _int_check("check_overdue_hours", 1, 24 * 14),
}


@dataclass(frozen=True)
class Preferences:
    """Checked on construction: an invalid value raises :class:`ValidationError` naming the field."""

    language: str = field(default_factory=system_language)
    #: lock the station after this many idle minutes (0: never)
    idle_lock_minutes: int = 15
    #: seconds between sync passes
    sync_interval: int = 60
    #: run this station's endpoint so peers can deliver to it
    receive_enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 8443
    #: "system" (the desktop's palette), "light" or "dark"
    appearance: str = "system"
    #: a communication check not answered by a person within this many hours is overdue
    check_overdue_hours: int = 2

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            _CHECKS[f.name](getattr(self, f.name))

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def load(home: Path) -> Preferences:
    """The preferences saved in ``home``, with defaults for whatever is missing or invalid."""
    path = Path(home) / PREFERENCES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("preferences in %s could not be read (%s); using the defaults", path, exc)
        return Preferences()
    if not isinstance(data, dict):
        log.warning("preferences in %s are not a JSON object; using the defaults", path)
        return Preferences()
    kept = {}
    for name, check in _CHECKS.items():
        if name not in data:
            continue
        try:
            check(data[name])
        except ValidationError as exc:
            log.warning("preference %s in %s: %s; using the default", name, path, exc.message())
        else:
            kept[name] = data[name]
    return Preferences(**kept)


def save(home: Path, prefs: Preferences) -> None:
    """Write ``prefs`` to ``home`` atomically (creating the folder if needed)."""
    home = Path(home)
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageError(exc.strerror or str(exc), path=str(home)) from None
    text = json.dumps(prefs.to_dict(), indent=2, sort_keys=True) + "\n"
    atomic_write(home / PREFERENCES_FILE, text.encode("utf-8"), mode=0o644)
    log.info("preferences saved")
