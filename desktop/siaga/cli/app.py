"""The desktop app (the default with no command)."""

from __future__ import annotations

import argparse
import logging

from ..base.errors import SiagaError
from .common import home_of

log = logging.getLogger("siaga.cli")


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ..gui.app import run
    except ImportError as exc:
        raise SiagaError(f"the desktop app cannot start: {exc}") from None
    if getattr(args, "smoke_test", False):
        from ..gui.smoke import script_problems, smoke_test
        if not smoke_test():
            raise SiagaError("the desktop app did not open its main window")
        print("The desktop app opened, unlocked and painted its main window.")
        from ..protocol import codebook  # one label of each script, as the codebook writes it
        book = codebook.current()
        problems = script_problems({lang: book.label("classifications", "rsit:malicious-code/infected-system", lang)
                                    for lang in ("th", "km", "lo", "my")})
        if problems:
            raise SiagaError("text would show as empty boxes: " + "; ".join(problems))
        print("It drew Thai, Khmer, Lao and Burmese text with no glyph missing.")
        return 0
    return run(home_of(args))
