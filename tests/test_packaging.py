"""What is committed builds a wheel that carries the app's data files, and ``pip install .`` of a
clean clone gives a working ``siaga`` command."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: the first bytes of every compiled Qt translation
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _build_env() -> dict:
    """The build hook compiles translations with the lrelease already installed here (no download)."""
    import PySide6
    return dict(os.environ, SIAGA_LRELEASE=str(Path(PySide6.__file__).resolve().parent / "lrelease"))


@pytest.fixture(scope="module")
def checkout(tmp_path_factory):
    """A clean clone of HEAD: only what is committed."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    where = tmp_path_factory.mktemp("clone") / "siaga"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(where)], check=True, timeout=120)
    return where


@pytest.fixture(scope="module")
def wheel(checkout, tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
                    "-w", str(out), str(checkout)], check=True, timeout=600, env=_build_env())
    (built,) = out.glob("siaga-*.whl")
    with zipfile.ZipFile(built) as zf:
        yield {name: zf.read(name) for name in zf.namelist() if name.startswith("siaga/resources/")}


@pytest.fixture(scope="module")
def installed(checkout, tmp_path_factory):
    """``pip install .`` (not editable) of the clean clone into a fresh virtual environment.

    pip sees a bare environment and installs Siaga alone (no download of Qt); the
    dependencies are then lent from this test environment by a .pth file.
    """
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--quiet", "--disable-pip-version-check",
                    str(checkout)], check=True, timeout=600, env=_build_env())
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    lent = [p for p in sys.path if p.endswith("site-packages")]
    (Path(site) / "zz_test_dependencies.pth").write_text("\n".join(lent) + "\n", encoding="utf-8")
    return venv


@pytest.mark.slow
def test_wheel_carries_the_codebook(wheel, checkout):
    assert wheel["siaga/resources/codebook/codebook.json"] == (checkout / "resources/codebook/codebook.json").read_bytes()


@pytest.mark.slow
def test_wheel_carries_a_compiled_translation_for_each_source(wheel, checkout):
    sources = sorted((checkout / "resources/translations").glob("*.ts"))
    assert sources
    for ts in sources:
        qm = wheel.get(f"siaga/resources/translations/{ts.stem}.qm")
        assert qm is not None, f"{ts.stem}.qm is missing from the wheel"
        assert qm.startswith(QM_MAGIC) and len(qm) > len(QM_MAGIC) + 100


@pytest.mark.slow
def test_wheel_carries_the_icons_for_every_platform(wheel, checkout):
    icons = "siaga/resources/icons/"
    assert wheel[icons + "siaga.svg"].lstrip().startswith(b"<svg")
    for size in ICON_SIZES:
        assert wheel[f"{icons}hicolor/{size}x{size}/apps/siaga.png"].startswith(PNG_MAGIC), size
    assert wheel[icons + "siaga.ico"].startswith(b"\x00\x00\x01\x00")
    assert wheel[icons + "siaga.icns"].startswith(b"icns")
    committed = [p.relative_to(checkout).as_posix() for p in (checkout / "resources/icons").rglob("*") if p.is_file()]
    assert [p for p in committed if f"siaga/{p}" not in wheel] == []


@pytest.mark.slow
def test_wheel_carries_the_script_fonts_and_their_licence(wheel, checkout):
    fonts = sorted(p.name for p in (checkout / "resources/fonts").glob("*.ttf"))
    assert {name.split("-")[0] for name in fonts} == {"NotoSansThai", "NotoSansKhmer", "NotoSansLao",
                                                      "NotoSansMyanmar"}
    for name in fonts:
        assert wheel[f"siaga/resources/fonts/{name}"] == (checkout / "resources/fonts" / name).read_bytes()
    assert b"SIL OPEN FONT LICENSE Version 1.1" in wheel["siaga/resources/fonts/OFL.txt"]
    assert "siaga/resources/fonts/SOURCES.md" in wheel


@pytest.mark.slow
def test_wheel_carries_the_desktop_entry(wheel):
    entry = wheel["siaga/resources/linux/siaga.desktop"].decode("utf-8")
    assert entry.startswith("[Desktop Entry]\n")
    assert {"Exec=siaga", "Icon=siaga", "Type=Application"} <= set(entry.splitlines())


@pytest.mark.slow
def test_pip_install_of_a_clean_clone_gives_a_working_command(installed):
    bin_dir = installed / ("Scripts" if os.name == "nt" else "bin")

    def run(*args):
        done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
        return done.stdout

    version = run(bin_dir / "siaga", "--version")
    assert version.startswith("siaga ") and "\ncodebook " in version and "sha256:" in version
    listing = run(bin_dir / "siaga", "codebook", "list", "--lang", "id")
    assert "rsit:malicious-code/infected-system" in listing and "TLP:AMBER+STRICT" in listing
    where = run(bin_dir / "python", "-c", "from siaga.base.resources import resource_dir; print(resource_dir())")
    assert Path(where.strip()).is_relative_to(installed)  # the installed copy, not the checkout
    assert (Path(where.strip()) / "translations" / "siaga_id.qm").read_bytes().startswith(QM_MAGIC)
