"""Choosing a file to open or to save, without blocking the event loop.

The dialog is opened window-modal with :meth:`QFileDialog.open` (never ``exec``),
so background work keeps reporting while it is up; the chosen path arrives through
a callback. Where the platform has no native file dialog, Qt's own is used; Qt's own is
used too while the interface is in a language other than English, since a platform's
dialog speaks the system's language, not the one chosen in Siaga (Qt's is translated
with ``resources/translations/qt_<lang>.ts``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ..base.languages import SOURCE_LANGUAGE
from .i18n import current_language


def dialog_options() -> QFileDialog.Option:
    """The file dialog's options: Qt's own dialog (translated by Siaga) unless the interface is in English."""
    if current_language() != SOURCE_LANGUAGE:
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def choose_file(parent: QWidget, title: str, name_filter: str, chosen: Callable[[Path], None], *,
                save_as: str = "") -> QFileDialog:
    """Open a file dialog; ``chosen(path)`` is called if the user picks a file.

    ``name_filter`` is Qt's filter syntax (``"Contact cards (*.card);;All files (*)"``).
    With ``save_as`` (a suggested file name) the dialog asks where to save, and adds that
    name's extension to a name typed without one; otherwise it picks an existing file.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("saveFileDialog" if save_as else "openFileDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setOptions(dialog_options())
    dialog.setNameFilter(name_filter)
    if save_as:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(Path(save_as).suffix.lstrip("."))
        dialog.selectFile(str(Path.home() / save_as))
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(str(Path.home()))
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog


def safe_file_name(stem: str, suffix: str) -> str:
    """A file name made from free text (a station's name): letters, digits and dashes only."""
    cleaned = "-".join("".join(c if c.isalnum() else " " for c in stem).split()).lower()
    return f"{cleaned or 'siaga'}{suffix}"
