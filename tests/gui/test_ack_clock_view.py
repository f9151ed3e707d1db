"""The outbox shows which partners are late to acknowledge: on their rows, on the report's row, in its details."""

from __future__ import annotations

from siaga.gui.outbox_model import SUMMARY
from siaga.gui.outbox_view import OutboxView

from helpers import late_partner
from qt_helpers import on_screen


def test_overdue_partners_in_the_table_and_the_details(qtbot, network, open_session, draft):
    net = network()
    root = late_partner(net, draft)
    view = on_screen(qtbot, OutboxView(open_session(net.jakarta.home)))
    view.resize(1280, 600)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    texts = [view.model.index(r, SUMMARY).data() for r in range(3)]
    assert texts[0] == f"{draft['summary']} · 1 partner(s) overdue to acknowledge"
    assert texts[1] == "Acknowledged: Received"  # in time: nothing more to say
    assert texts[2].startswith("Queued · acknowledgement OVERDUE since ")

    view.table.selectRow(0)
    view.open_selected()
    qtbot.waitUntil(lambda: getattr(view, "message_dialog", None) is not None, timeout=10_000)
    dialog = view.message_dialog
    qtbot.waitExposed(dialog)
    acks = dialog.ack_clocks
    assert acks.summary.text() == "Acknowledgement overdue: manila. Ask them to confirm they received it."
    rows = {partner: state for partner, state, _ in acks.rows()}
    assert rows["manila"] == "Overdue" and rows["kl"].startswith("Acknowledged in time (")
    dialog.grab().save("/tmp/ack_clocks_dialog.png")
    view.grab().save("/tmp/ack_clocks_outbox.png")
    assert root
