"""Install size: what a post downloads and keeps on disk.

Builds a wheel of this checkout, installs it (not editable, runtime
dependencies only) into a throw-away virtual environment, and prints the size
of each installed distribution and the total.

    .venv/bin/python benchmarks/bench_install_size.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        python = venv / "bin" / "python"
        site = next((venv / "lib").glob("python3*/site-packages"))
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
             "--disable-pip-version-check", str(ROOT)],
            check=True,
        )
        sizes: dict[str, int] = {}
        for dist in site.glob("*.dist-info"):
            name = dist.name.split("-")[0]
            files = []
            record = dist / "RECORD"
            if record.exists():
                for line in record.read_text().splitlines():
                    rel = line.split(",")[0]
                    path = (site / rel).resolve()
                    if path.is_file():
                        files.append(path.stat().st_size)
            sizes[name] = sum(files)
        sizes.pop("pip", None)  # the installer itself, not something Siaga needs
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        print(f"{name:28s} {size / 1e6:8.1f} MB")
    print(f"{'total installed':28s} {sum(sizes.values()) / 1e6:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
