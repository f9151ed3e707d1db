"""The data files are found in a checkout, an installed wheel and a frozen (PyInstaller) app."""

import sys
from pathlib import Path

import pytest

from siaga.base import resources


@pytest.fixture
def fresh_lookup():
    resources.resource_dir.cache_clear()
    yield resources.resource_dir
    resources.resource_dir.cache_clear()


def test_a_checkout_uses_its_resources_folder(fresh_lookup):
    assert (fresh_lookup() / "codebook" / "codebook.json").is_file()


def test_a_frozen_app_uses_the_folder_it_was_unpacked_into(fresh_lookup, monkeypatch, tmp_path):
    bundled = tmp_path / "_internal" / "siaga" / "resources"
    (bundled / "codebook").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert fresh_lookup() == bundled
    assert resources.resource_path("icons", "siaga.svg") == bundled / "icons" / "siaga.svg"


def test_the_environment_overrides_every_place(fresh_lookup, monkeypatch, tmp_path):
    monkeypatch.setenv("SIAGA_RESOURCES", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert fresh_lookup() == Path(tmp_path)
