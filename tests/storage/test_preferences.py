"""Preferences: defaults, the language guess, a JSON round trip, and files that are missing or damaged."""

import json
import logging
from dataclasses import replace

import pytest

from siaga.base import cldr
from siaga.base.errors import ValidationError
from siaga.storage import preferences
from siaga.storage.preferences import PREFERENCES_FILE, Preferences


@pytest.fixture
def english_system(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_missing_file_gives_the_defaults(tmp_path, english_system):
    prefs = preferences.load(tmp_path / "never-created")
    assert prefs == Preferences(language="en", idle_lock_minutes=15, sync_interval=60, receive_enabled=False,
                                host="127.0.0.1", port=8443)


def test_language_comes_from_siaga_lang_then_the_system_locale(monkeypatch, tmp_path, english_system):
    assert preferences.system_language() == "en"
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert preferences.system_language() == "id"
    monkeypatch.setenv("SIAGA_LANG", "en")
    assert preferences.system_language() == "en"
    monkeypatch.setenv("SIAGA_LANG", "fr")  # not a language Siaga has: the locale decides
    assert preferences.load(tmp_path).language == "id"


def test_save_and_load_round_trip(tmp_path, english_system):
    prefs = Preferences(language="id", idle_lock_minutes=0, sync_interval=300, receive_enabled=True,
                        host="0.0.0.0", port=9443, appearance="dark")
    preferences.save(tmp_path / "home", prefs)
    stored = json.loads((tmp_path / "home" / PREFERENCES_FILE).read_text(encoding="utf-8"))
    assert stored["language"] == "id" and stored["receive_enabled"] is True and stored["port"] == 9443
    assert preferences.load(tmp_path / "home") == prefs


@pytest.mark.parametrize("changes, field", [
    ({"language": "fr"}, "language"),
    ({"idle_lock_minutes": -1}, "idle_lock_minutes"),
    ({"sync_interval": 1}, "sync_interval"),
    ({"port": 70000}, "port"),
    ({"port": True}, "port"),
    ({"host": "two words"}, "host"),
    ({"receive_enabled": "yes"}, "receive_enabled"),
    ({"appearance": "purple"}, "appearance"),
])
def test_invalid_values_are_refused_naming_the_field(changes, field, english_system):
    with pytest.raises(ValidationError) as caught:
        replace(Preferences(), **changes)
    assert caught.value.params["field"] == field


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_malformed_file_gives_defaults_and_a_warning(tmp_path, caplog, english_system, content):
    (tmp_path / PREFERENCES_FILE).write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="siaga.preferences"):
        prefs = preferences.load(tmp_path)
    assert prefs == Preferences(language="en")
    assert any("using the defaults" in r.getMessage() for r in caplog.records)


def test_one_bad_value_falls_back_alone(tmp_path, caplog, english_system):
    (tmp_path / PREFERENCES_FILE).write_text(json.dumps({"port": "http", "sync_interval": 120, "extra": 1}))
    with caplog.at_level(logging.WARNING, logger="siaga.preferences"):
        prefs = preferences.load(tmp_path)
    assert prefs.port == 8443 and prefs.sync_interval == 120
    assert any("port" in r.getMessage() for r in caplog.records)


def test_interface_languages_are_named_from_cldr_each_in_its_own_language():
    from babel import Locale

    from siaga.base.languages import INTERFACE_LANGUAGES

    names = preferences.language_names()
    assert list(names) == list(INTERFACE_LANGUAGES)
    for code, name in names.items():
        own = Locale.parse(code).languages[code]
        assert name == cldr.PICKER_NAMES.get(code, own[:1].upper() + own[1:])
    # CLDR's own name for Indonesian is "Indonesia", which reads as the country in a picker
    assert names["en"] == "English" and names["id"] == "Bahasa Indonesia" != Locale.parse("id").languages["id"]
    assert preferences.LANGUAGE_NAMES == names  # the old constant's name still answers
