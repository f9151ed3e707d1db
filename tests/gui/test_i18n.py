import logging
import os
import shutil

import pytest
from PySide6.QtCore import QCoreApplication

from siaga.base import resources
from siaga.gui.i18n import install_language


@pytest.fixture
def app(qapp):
    yield qapp
    install_language(qapp, "en")


def inbox_tab() -> str:
    """The main window's "Inbox" place, as the sidebar looks it up."""
    return QCoreApplication.translate("Places", "Inbox")


def test_indonesian_then_back_to_english(app):
    assert install_language(app, "id") is True
    assert inbox_tab() == "Kotak masuk"
    assert install_language(app, "en") is True
    assert inbox_tab() == "Inbox"


def test_switching_language_twice_leaves_one_translator(app):
    assert install_language(app, "id") and install_language(app, "id")
    install_language(app, "en")
    assert inbox_tab() == "Inbox"


def test_unknown_language_stays_english(app, caplog):
    install_language(app, "id")
    with caplog.at_level(logging.WARNING, logger="siaga.gui.i18n"):
        assert install_language(app, "xx") is False
    assert inbox_tab() == "Inbox"
    assert "no translation for language 'xx'" in caplog.text


@pytest.fixture
def uncompiled_resources(tmp_path, monkeypatch):
    """A source checkout whose translations were never compiled: only the .ts files."""
    folder = tmp_path / "resources"
    shutil.copytree(resources.resource_path("codebook"), folder / "codebook")
    (folder / "translations").mkdir()
    for ts in resources.resource_path("translations").glob("*.ts"):
        shutil.copy(ts, folder / "translations" / ts.name)
    monkeypatch.setenv("SIAGA_RESOURCES", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    resources.resource_dir.cache_clear()
    yield folder
    resources.resource_dir.cache_clear()


def test_missing_qm_is_compiled_into_the_cache(app, uncompiled_resources, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="siaga.gui.i18n"):
        assert install_language(app, "id") is True
    assert inbox_tab() == "Kotak masuk"
    compiled = sorted(p.name.split("-")[0] for p in (tmp_path / "cache" / "siaga" / "translations").glob("*.qm"))
    assert compiled == ["qt_id", "siaga_id"]  # Siaga's strings and Qt's own
    assert not (uncompiled_resources / "translations" / "siaga_id.qm").exists()
    assert "siaga_id.qm is not compiled" in caplog.text


def test_a_changed_translation_source_is_compiled_again(app, uncompiled_resources, tmp_path):
    """A cache compiled from another checkout's (or version's) source is never taken for this one."""
    assert install_language(app, "id") is True
    assert inbox_tab() == "Kotak masuk"
    ts = uncompiled_resources / "translations" / "siaga_id.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Kotak masuk<", ">Kotak surat masuk<"),
                  encoding="utf-8")
    os.utime(ts, (1, 1))  # older than the cache: a time stamp cannot tell the two sources apart
    assert install_language(app, "id") is True
    assert inbox_tab() == "Kotak surat masuk"
