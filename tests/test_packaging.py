"""The wheel carries the data files the app reads at run time, translations compiled."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: the first bytes of every compiled Qt translation
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
                    "-w", str(out), str(ROOT)], check=True, timeout=600)
    (built,) = out.glob("siaga-*.whl")
    with zipfile.ZipFile(built) as zf:
        yield {name: zf.read(name) for name in zf.namelist() if name.startswith("siaga/resources/")}


@pytest.mark.slow
def test_wheel_carries_the_codebook(wheel):
    assert wheel["siaga/resources/codebook/codebook.json"] == (ROOT / "resources/codebook/codebook.json").read_bytes()


@pytest.mark.slow
def test_wheel_carries_a_compiled_translation_for_each_source(wheel):
    sources = sorted((ROOT / "resources/translations").glob("*.ts"))
    assert sources
    for ts in sources:
        qm = wheel.get(f"siaga/resources/translations/{ts.stem}.qm")
        assert qm is not None, f"{ts.stem}.qm is missing from the wheel"
        assert qm.startswith(QM_MAGIC) and len(qm) > len(QM_MAGIC) + 100


@pytest.mark.slow
def test_wheel_carries_the_icons(wheel):
    icons = [p for p in (ROOT / "resources/icons").rglob("*") if p.is_file()] \
        if (ROOT / "resources/icons").is_dir() else []
    missing = [str(p.relative_to(ROOT)) for p in icons
               if f"siaga/{p.relative_to(ROOT).as_posix()}" not in wheel]
    assert not missing
