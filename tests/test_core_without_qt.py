"""The core must import and run with no Qt at all (the GUI is only a view)."""

import subprocess
import sys
from pathlib import Path

import siaga

PACKAGE = Path(siaga.__file__).parent
CORE = sorted(".".join(p.relative_to(PACKAGE).with_suffix("").parts) for p in PACKAGE.rglob("*.py")
              if p.stem != "__main__" and p.relative_to(PACKAGE).parts[0] != "gui")


def test_every_core_module_imports_without_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module('siaga.' + name.removesuffix('.__init__') if name != '__init__' else 'siaga')\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(len(sys.modules)); assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(CORE) >= 12
