"""Outbox delivery states at a glance: each with its icon and colour; a failing delivery's reason in the
interface's language. Real stations, a real sync pass to a closed port, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication
from test_outbox_view import deliveries, pair, wait_for_status  # noqa: F401

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.sync import Sync
from siaga.gui import theme
from siaga.gui.colours import MIN_CONTRAST, contrast
from siaga.gui.delivery_look import ACKNOWLEDGED, LOOKS, state_colour
from siaga.gui.i18n import install_language
from siaga.gui.icons import icon_names
from siaga.gui.outbox_model import SUMMARY
from siaga.gui.outbox_view import OutboxView
from siaga.storage.states import QUEUED, RETRYING

from helpers import wait_for


def recipient_row(view):
    return next(r for r in range(view.model.rowCount()) if not view.model.is_message_row(r))


def look(view):
    index = view.model.index(recipient_row(view), SUMMARY)
    return index.data(Qt.ItemDataRole.DecorationRole), index.data(Qt.ItemDataRole.ForegroundRole)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_every_state_has_a_shipped_icon_and_a_readable_colour(qapp, appearance):
    saved = QApplication.palette()
    try:
        theme.apply(appearance)
        base = QApplication.palette().color(QApplication.palette().ColorRole.Base)
        for state, (name, _) in LOOKS.items():
            assert name in icon_names()
            assert contrast(state_colour(state), base) >= MIN_CONTRAST, state
        assert len({state_colour(s).name() for s in LOOKS}) >= 5  # told apart by colour too
    finally:
        QApplication.setPalette(saved)


def test_queued_then_acknowledged_rows_carry_their_icon_and_colour(qtbot, open_session, pair, draft):  # noqa: F811
    jkt, kl, kl_id, jkt_id, msg = pair
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    wait_for_status(qtbot, view, lambda words: words == "Queued")
    icon, colour = look(view)
    assert isinstance(icon, QIcon) and not icon.isNull() and colour == state_colour(QUEUED)
    assert view.model.data(view.model.index(0, SUMMARY), Qt.ItemDataRole.DecorationRole) is None  # the message row
    import_bundle(kl, export_bundle(jkt, kl_id)[0])
    kl.acknowledge(msg, "received")
    back = export_bundle(kl, jkt_id)[0]
    wait_for(qtbot, session.db.run(lambda st: import_bundle(st, back)))
    session.changed("all")
    wait_for_status(qtbot, view, lambda words: words.startswith("Acknowledged"))
    assert look(view)[1] == state_colour(ACKNOWLEDGED)


def test_a_failing_delivery_says_why_in_indonesian_with_the_warning_look(qtbot, qapp, open_session, pair,  # noqa: F811
                                                                         draft):
    jkt, _, kl_id, _, _ = pair
    jkt.update_peer(kl_id, url="http://127.0.0.1:9/")  # nothing listens on the discard port
    Sync(jkt).run_once()
    install_language(qapp, "id")
    try:
        session = open_session(jkt.home, lang="id")
        view = OutboxView(session)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: any(words.startswith("Gagal") for rows in deliveries(view).values()
                                    for _, words in rows), timeout=10_000)
        words = deliveries(view)[draft["summary"]][0][1]
        assert "sambungan ditolak" in words and "Connection refused" not in words
        icon, colour = look(view)
        assert colour == state_colour(RETRYING) and isinstance(colour, QColor) and not icon.isNull()
    finally:
        install_language(qapp, "en")


def test_received_acknowledged_and_the_received_status_are_three_words_in_indonesian(qapp):
    from siaga.gui.inbox_model import RECEIVED, InboxModel
    from siaga.gui.outbox_model import OutboxModel
    from siaga.protocol import codebook

    book = codebook.current()
    install_language(qapp, "id")
    try:
        column = InboxModel(lambda *a: None, book, "id").headerData(RECEIVED, Qt.Orientation.Horizontal)
        status = book.label("ack_status", "received", "id")
        words = OutboxModel(None, book, "id").delivery_words({"status": "delivered", "ack": {"status": "received"}})
    finally:
        install_language(qapp, "en")
    acknowledged = words.split(":")[0]
    assert len({column, status, acknowledged}) == 3, (column, status, acknowledged)
    assert words == f"{acknowledged}: {status}" and not words.startswith(status)
