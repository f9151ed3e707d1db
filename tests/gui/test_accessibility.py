"""Keyboard-only use, screen-reader names, dark and light palettes, high DPI: every window, with real data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.colours import MIN_CONTRAST, contrast
from siaga.gui.inbox_dialogs import AcknowledgeDialog, ExportDialog, ForwardDialog
from siaga.gui.inbox_model import SEVERITY
from siaga.gui.inbox_view import UrgentBanner
from siaga.gui.main_window import MainWindow
from siaga.gui.mnemonics import mnemonic
from siaga.gui.peer_dialogs import AddPeerDialog, TaxiiDialog, VerifyDialog
from siaga.gui.report_detail import ReportDetail
from siaga.gui.report_wizard import ReportWizard
from siaga.gui.settings_dialog import SettingsDialog
from siaga.gui.setup_wizard import SetupWizard
from siaga.gui.unlock_dialog import UnlockDialog
from siaga.station.report_form import ReportForm
from siaga.storage import preferences

from helpers import PASSPHRASE, link
from qt_helpers import on_screen

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
               QTabWidget, QAbstractSlider)


# -- a liaison station with something in every view ------------------------------------------------------------


@pytest.fixture
def world(make_station, draft):
    """Kuala Lumpur received six reports from Jakarta (severity 0 to 5) and filed one back."""
    jkt = make_station("jakarta", org="BSSN", country="ID")
    kl = make_station("kl", org="NACSA", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    ids = [jkt.file_report(dict(draft, severity=level, to=[kl_at_jkt.id], summary=f"Report of severity {level}"))
           for level in range(6)]
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 6
    kl.file_report(dict(draft, to=[jkt_at_kl.id]))
    return jkt, kl, jkt_at_kl, ids


def open_window(qtbot, session) -> MainWindow:
    window = on_screen(qtbot, MainWindow(session))
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 6 and window.peers.table.rowCount() == 1,
                    timeout=10_000)
    window.inbox.table.selectRow(0)
    qtbot.waitUntil(lambda: window.inbox.detail.message is not None, timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, open_session, world):
    return open_window(qtbot, open_session(world[1].home))


def report_wizard(qtbot, station) -> ReportWizard:
    return on_screen(qtbot, ReportWizard(ReportForm(station.books.current, station.info, station.peers())))


def dialogs(world, tmp_path, session=None) -> dict[str, QWidget]:
    jkt, kl, jkt_at_kl, ids = world
    book = kl.books.current
    card = tmp_path / "jakarta.card"
    card.write_bytes(jkt.card_bytes())
    peers = [p.to_dict() for p in kl.peers()]
    return {
        "unlock": UnlockDialog(kl.home),
        "settings": SettingsDialog(kl.home, preferences.load(kl.home), session),
        "acknowledge": AcknowledgeDialog(book, "en", "Report of severity 3"),
        "forward": ForwardDialog(peers, {}),
        "export": ExportDialog(1),
        "add peer": AddPeerDialog(card, kl.peers()),
        "taxii": TaxiiDialog(book, "en"),
        "verify": VerifyDialog(kl.fingerprint, jkt_at_kl),
        "setup": SetupWizard(tmp_path / "new-station"),
    }


# -- 1. accessible names --------------------------------------------------------------------------------------------


def unnamed(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """Interactive widgets under ``root`` (not their own inner parts, nor other windows) with no accessible name."""
    found = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isWindow() or child is skip or child.objectName().startswith("qt_"):
                continue
            if isinstance(child, INTERACTIVE):
                if not child.isHidden() and not child.accessibleName().strip():
                    text = child.text() if hasattr(child, "text") else ""
                    found.append(f"{type(child).__name__} {child.objectName()!r} {text!r}")
                continue
            walk(child)

    walk(root)
    return found


def test_every_interactive_widget_of_the_main_window_has_a_name(qtbot, window):
    assert window.inbox.banner.open_button.isHidden() is False  # hidden with the banner, but still walked
    assert unnamed(window) == []


def test_every_interactive_widget_of_the_report_wizard_has_a_name(qtbot, world):
    wizard = report_wizard(qtbot, world[1])
    assert unnamed(wizard) == []
    assert wizard.button(wizard.WizardButton.NextButton).accessibleName() == "Next"


def test_every_interactive_widget_of_every_dialog_has_a_name(qtbot, open_session, world, tmp_path):
    session = open_session(world[1].home)
    missing = {}
    for title, dialog in dialogs(world, tmp_path, session).items():
        on_screen(qtbot, dialog)
        missing[title] = unnamed(dialog)
    assert missing == {title: [] for title in missing}


# -- 2. mnemonics and shortcuts -----------------------------------------------------------------------------------


def mnemonic_problems(window: QWidget) -> list[str]:
    """Letters two visible labels, buttons, group boxes, tabs or menus share; labels with a letter but no buddy."""
    owners: dict[str, list[str]] = {}
    problems = []

    def add(text: str) -> None:
        if letter := mnemonic(text):
            owners.setdefault(letter, []).append(text)

    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            add(widget.text())
            if mnemonic(widget.text()) and widget.buddy() is None:
                problems.append(f"label {widget.text()!r} has no buddy")
        elif isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    problems += [f"Alt+{letter}: {texts}" for letter, texts in sorted(owners.items()) if len(texts) > 1]
    return problems


@pytest.mark.parametrize("tab", ["inbox", "outbox", "incidents", "peers", "dashboard"])
def test_no_two_mnemonics_of_a_main_window_view_share_a_letter(qtbot, open_session, world, lang, tab):
    window = open_window(qtbot, open_session(world[1].home, lang))
    window.places.setCurrentWidget(getattr(window, tab))
    window.inbox.banner.announce("x", "Urgent: a report")  # shown with the inbox
    assert mnemonic_problems(window) == []


def answered(wizard: ReportWizard) -> ReportWizard:
    """The least a report needs, so that Next goes through every page."""
    wizard.form.pick_code("rsit:malicious-code/infected-system")
    wizard.form.summary = "A summary"
    wizard.form.scope = "global"
    return wizard


def test_no_two_mnemonics_share_a_letter_on_any_report_wizard_page(qtbot, world, lang):
    wizard = answered(report_wizard(qtbot, world[1]))
    for page in wizard.pageIds():
        assert wizard.currentId() == page
        assert mnemonic_problems(wizard) == [], wizard.currentPage().title()
        wizard.next()


def test_no_two_mnemonics_share_a_letter_in_any_dialog(qtbot, open_session, world, tmp_path, lang):
    session = open_session(world[1].home, lang)
    found = {}
    for title, dialog in dialogs(world, tmp_path, session).items():
        on_screen(qtbot, dialog)
        found[title] = mnemonic_problems(dialog)
    assert found == {title: [] for title in found}


def test_no_two_mnemonics_share_a_letter_on_any_setup_page(qtbot, tmp_path, lang):
    wizard = on_screen(qtbot, SetupWizard(tmp_path / "new-station", lang))
    page = wizard.station_page
    assert mnemonic_problems(wizard) == []
    page.name.setText("ID duty desk")
    page.org.setText("National CSIRT")
    page.country.set_code("ID")
    wizard.next()
    for field in (wizard.passphrase_page.passphrase, wizard.passphrase_page.repeat):
        field.setText(PASSPHRASE)
    assert mnemonic_problems(wizard) == []
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert commit.accessibleName() == commit.text().replace("&", "") != ""
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=10_000)
    assert mnemonic_problems(wizard) == []


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def test_the_main_shortcuts_do_what_they_say(qtbot, window):
    activate(qtbot, window)
    window.inbox.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.inbox.filters.search

    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.statusBar().currentMessage() == "Sync is off for this session"

    with qtbot.waitSignal(window.lockRequested, timeout=2_000):
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    window._wizard.reject()


# -- 3. tab order ------------------------------------------------------------------------------------------------------


def tab_walk(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (one entry per widget: a date box's sections count once)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    visited = [QApplication.focusWidget()]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not visited[-1]:
            visited.append(QApplication.focusWidget())
    return visited


def owner(widget: QWidget, candidates: list[QWidget]) -> QWidget:
    """The candidate ``widget`` belongs to (an editable combo's line edit is the combo)."""
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def in_reading_order(window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Pairs where the next widget is neither below the one before nor to its right on the same line."""
    wrong = []
    for a, b in zip(widgets, widgets[1:]):
        ra, rb = (w.geometry().translated(w.parentWidget().mapTo(window, w.pos()) - w.pos()) for w in (a, b))
        below = rb.top() >= ra.bottom() - 2
        same_line_right = rb.top() < ra.bottom() and rb.bottom() > ra.top() and rb.left() >= ra.right() - 2
        if not (below or same_line_right):
            wrong.append(f"{a.accessibleName()!r} -> {b.accessibleName()!r}")
    return wrong


def check_cycle(window: QWidget, visited: list[QWidget], expected: list[QWidget], exact: bool) -> None:
    cycle = [owner(w, expected) for w in visited]
    cycle = cycle[:cycle.index(cycle[0], 1)] if cycle.count(cycle[0]) > 1 else cycle
    assert all(w.isVisible() and w.isEnabled() for w in visited)
    if exact:
        assert cycle == expected
    else:
        assert set(cycle) == set(expected) and len(cycle) == len(expected)
    assert in_reading_order(window, cycle) == []


def test_tab_walks_the_unlock_dialog_in_reading_order(qtbot, world):
    dialog = on_screen(qtbot, UnlockDialog(world[1].home))
    activate(qtbot, dialog)
    QTest.keyClicks(dialog.passphrase, "a guess")
    visited = tab_walk(qtbot, dialog.passphrase, 4)
    check_cycle(dialog, visited, [dialog.passphrase, dialog.unlock_button, dialog.quit_button], exact=False)
    assert visited[0] is dialog.passphrase


def test_tab_walks_the_acknowledge_dialog_in_reading_order(qtbot, world):
    dialog = on_screen(qtbot, AcknowledgeDialog(world[1].books.current, "en", "Report of severity 3"))
    activate(qtbot, dialog)
    visited = tab_walk(qtbot, dialog.status, 5)
    buttons = dialog.buttons.buttons()
    check_cycle(dialog, visited, [dialog.status, dialog.note, *buttons], exact=False)
    assert visited[:2] == [dialog.status, dialog.note]


def test_tab_walks_the_inbox_filter_bar_in_reading_order(qtbot, window):
    activate(qtbot, window)
    bar = window.inbox.filters
    expected = [bar.code, bar.severity, bar.country, bar.tlp, bar.source, bar.status, bar.since, bar.until,
                bar.search, bar.clear_button]
    visited = [owner(w, expected) for w in tab_walk(qtbot, bar.code, 30)]
    assert visited[:len(expected)] == expected
    assert in_reading_order(window, expected) == []


def test_tab_goes_from_the_sidebar_into_the_place_shown(qtbot, window):
    activate(qtbot, window)
    bar = window.places.sidebar
    visited = tab_walk(qtbot, bar, 40)
    # "Messages | Incidents" above the filters: one stop, like radio buttons (the arrow keys switch)
    assert visited[1:3] == [window.inbox.by_incident.messages_button, window.inbox.filters.code]
    assert all(w.isVisible() and w.isEnabled() for w in visited)
    assert window.inbox.table in visited and window.inbox.ack_button in visited

    window.places.setCurrentWidget(window.peers)
    assert tab_walk(qtbot, bar, 1)[1] is window.peers.period.combo  # above the table: the period it counts


# -- 4. light and dark palettes -----------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def theme(qapp):
    """theme("dark") switches the application to a dark palette (as a desktop theme change would); undone after."""
    saved = QApplication.palette()

    def apply(name: str) -> None:
        if name == "dark":
            QApplication.setPalette(dark_palette())
            qapp.processEvents()
            assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#2b2b2b")

    yield apply
    QApplication.setPalette(saved)


def effective_colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(text, background) as drawn: the widget's text colour on the nearest filled background."""
    text = widget.palette().color(widget.foregroundRole())
    filled = widget
    while not (filled.autoFillBackground() or filled.isWindow()):
        filled = filled.parentWidget()
    return text, filled.palette().color(filled.backgroundRole())


def drawn_contrast(widget: QWidget) -> float:
    """The contrast of the rendered text: its most distant pixel from the background pixel in the corner."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixelColor(1, 1)
    colours = set(array("I", bytes(image.constBits())))
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in colours)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_badges_banner_and_errors_are_readable(qtbot, world, theme, palette):
    jkt, kl, jkt_at_kl, ids = world
    unverified = kl.read_inbox(ids[3])
    kl.set_trust(jkt_at_kl.id, "verified")
    verified = kl.read_inbox(ids[3])
    detail = on_screen(qtbot, ReportDetail(kl.books))
    banner = on_screen(qtbot, UrgentBanner())
    banner.announce(ids[5], "Urgent: Ransomware from jakarta")
    unlock = on_screen(qtbot, UnlockDialog(kl.home))
    wizard = report_wizard(qtbot, kl)
    wizard.form.pick_code("rsit:malicious-code/infected-system")
    wizard.next()
    wizard.next()  # details: the summary is missing, and Next says so
    theme(palette)  # after the windows were built: they follow the change

    shown = {}
    for kind, present in (("verified", lambda: detail.show_message(verified)),
                          ("unverified", lambda: detail.show_message(unverified)),
                          ("external", lambda: detail.show_message(dict(unverified, external=True))),
                          ("refused", lambda: detail.show_failure("the signature does not match"))):
        present()
        assert detail.trust == kind
        text, background = effective_colours(detail.badge)
        shown[kind] = (contrast(text, background), drawn_contrast(detail.badge))
    text, background = effective_colours(banner.text)
    shown["urgent banner"] = (contrast(text, background), drawn_contrast(banner.text))

    QTest.keyClicks(unlock.passphrase, "not the passphrase")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: unlock.error.text() != "", timeout=10_000)
    for name, label in (("unlock error", unlock.error), ("wizard problems", wizard.details_page.problems)):
        assert label.text() and label.isVisible()
        text, background = effective_colours(label)
        shown[name] = (contrast(text, background), drawn_contrast(label))
    assert {name: min(ratios) >= MIN_CONTRAST for name, ratios in shown.items()} == dict.fromkeys(shown, True), shown


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_severity_cells_are_readable(qtbot, window, theme, palette):
    theme(palette)
    model = window.inbox.model
    ratios = {}
    for row in range(model.rowCount()):
        index = model.index(row, SEVERITY)
        ratios[model.data(index)] = contrast(model.data(index, Qt.ItemDataRole.ForegroundRole),
                                             model.data(index, Qt.ItemDataRole.BackgroundRole))
    assert len(ratios) == 6 and min(ratios.values()) >= MIN_CONTRAST, ratios


# -- 5. high DPI ---------------------------------------------------------------------------------------------------

HIGH_DPI_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QPushButton
    app = QApplication([])
    from siaga.gui.icons import app_icon
    from siaga.gui.main_window import MainWindow
    from siaga.gui.report_wizard import ReportWizard
    from siaga.gui.session import Session
    from siaga.gui.worker import StationWorker
    from siaga.station.report_form import ReportForm
    from siaga.station import Station

    home = Path(sys.argv[1])
    with Station.create(home, sys.argv[2], "jakarta", "National CSIRT", "ID") as station:
        keys, profile = station.keys, dict(station.profile)
        form = ReportForm(station.books.current, station.info, station.peers())

    def settle(until):
        deadline = time.monotonic() + 10
        while not until() and time.monotonic() < deadline:
            app.processEvents()
        for _ in range(20):
            app.processEvents()

    def clipped(window):
        return [b.text() for b in window.findChildren(QPushButton) if b.isVisible()
                and (b.sizeHint().width() > b.width() or b.sizeHint().height() > b.height())]

    session = Session(home, StationWorker(lambda: Station(home, keys)), keys, profile)
    window = MainWindow(session)
    window.show()
    settle(lambda: not window.inbox.model.loading)
    wizard = ReportWizard(form)
    wizard.show()
    settle(lambda: wizard.isVisible())
    icon = {}
    for pixels in (64, 128):
        image = app_icon().pixmap(QSize(pixels, pixels) / 2, 2.0).toImage()
        opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))
        icon[pixels] = [image.width(), image.height(), opaque]
    print(json.dumps({"ratio": window.devicePixelRatio(), "window": clipped(window), "wizard": clipped(wizard),
                      "buttons": len([b for b in wizard.findChildren(QPushButton) if b.isVisible()]),
                      "icon": icon}))
    wizard.close()
    window.close()
    session.close()
""")


def test_main_window_wizard_and_icon_at_twice_the_pixels(tmp_path):
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", HIGH_DPI_SCRIPT, str(tmp_path / "hidpi"), PASSPHRASE],
                          capture_output=True, text=True, env=env, timeout=60, cwd=Path(__file__).parent)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 2
    assert result["window"] == [] and result["wizard"] == []
    assert result["buttons"] >= 3
    for pixels in ("64", "128"):
        width, height, opaque = result["icon"][pixels]
        assert (width, height) == (int(pixels), int(pixels))
        assert opaque > int(pixels) ** 2 // 2  # the shield fills most of the square
