"""The report detail: a badge that says who vouches for the message, the report in the reader's language, its thread."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout

from siaga.base.errors import DecodeError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.colours import tone_text
from siaga.gui.report_detail import ReportDetail
from siaga.interop import exports
from siaga.interop.stix_import import import_stix
from siaga.protocol import codebook

from helpers import link
from qt_helpers import on_screen


@pytest.fixture
def net(network):
    """Jakarta (of BSSN) and Kuala Lumpur know each other; Manila knows neither."""
    return network(orgs={"jakarta": "BSSN"}, links=[("jakarta", "kl")])


@pytest.fixture
def received(net, draft):
    """Kuala Lumpur holds Jakarta's report, carried on a bundle; (jakarta, kl, id at kl of jakarta, message id)."""
    jkt, kl = net.jakarta, net.kl
    kl_at_jkt, jkt_at_kl = net.peers[("jakarta", "kl")], net.peers[("kl", "jakarta")]
    msg = jkt.file_report(draft)
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 1
    return jkt, kl, jkt_at_kl.id, msg


def detail_for(qtbot, lang="en"):
    widget = ReportDetail(codebook.codebooks(), lang)
    qtbot.addWidget(widget)
    return widget


def test_unverified_peer_is_flagged_and_verified_peer_named(qtbot, received, draft):
    _, kl, jkt_id, msg = received
    detail = detail_for(qtbot)
    detail.show_message(kl.read_inbox(msg))
    assert detail.trust == "unverified"
    assert detail.badge.text() == "Peer NOT verified: compare fingerprints — signed by jakarta"
    assert ("Summary", draft["summary"]) in detail.lines()

    kl.set_trust(jkt_id, "verified")
    detail.show_message(kl.read_inbox(msg))
    assert detail.trust == "verified"
    assert detail.badge.text() == "Verified peer — signed by jakarta (BSSN, Indonesia)"
    assert detail.badge.accessibleName() == detail.badge.text()


def test_report_reads_in_the_readers_language_with_its_thread(qtbot, received):
    jkt, kl, _, msg = received
    kl.acknowledge(msg, "investigating", "Team on site")
    detail = detail_for(qtbot, lang="id")
    detail.show_message(kl.read_inbox(msg))
    lines = dict(detail.lines())
    assert lines["Insiden"].startswith("Kode berbahaya")  # the codebook's Indonesian label
    assert "ipv4-addr 203.0.113.7" in lines["Indikator"]
    [sent] = detail.thread.entries()
    assert (sent.who, sent.status, sent.note) == ("This station", "Sedang diselidiki", "Team on site")
    assert "Team on site" in detail.thread.toPlainText()
    # the status in the colour the inbox gives it (investigating: amber)
    base = detail.thread.palette().color(QPalette.ColorRole.Base)
    assert sent.tone == "unverified" and tone_text("unverified", base).name() in detail.thread.toHtml()
    assert "Sedang diselidiki" in detail.info.text()


def test_acknowledgements_received_appear_in_the_thread(qtbot, received):
    jkt, kl, jkt_id, msg = received
    kl.acknowledge(msg, "resolved", "Servers restored")
    import_bundle(jkt, export_bundle(kl, jkt_id)[0])
    ack_id = jkt.store.inbox_ids()[0]
    detail = detail_for(qtbot)
    detail.show_message(jkt.read_inbox(ack_id))  # the acknowledgement itself, as Jakarta reads it
    assert ("Status", "Resolved") in detail.lines() and ("Note", "Servers restored") in detail.lines()


def test_external_report_is_grey_and_unsigned(qtbot, received, net):
    jkt, _, _, _ = received
    stix = json.dumps(exports.stix_bundle(jkt, exports.collect(jkt, None))).encode()
    manila = net.manila
    assert import_stix(manila, stix, source="partner.json") == (1, 1)
    detail = detail_for(qtbot)
    detail.show_message(manila.read_inbox(manila.store.inbox_ids()[0]))
    assert detail.trust == "external"
    assert detail.badge.text() == "External report (STIX import), unsigned"
    assert dict(detail.lines())["Summary"]


def test_a_message_that_fails_to_open_shows_no_content(qtbot, received, make_station):
    jkt, kl, _, msg = received
    detail = detail_for(qtbot)
    detail.show_message(kl.read_inbox(msg))
    assert detail.lines()
    detail.show_error(DecodeError("signature does not match", what="envelope"))
    assert detail.trust == "refused"
    assert detail.badge.text().startswith("Could not be verified: ")
    assert "signature does not match" in detail.badge.text()
    assert detail.lines() == [] and detail.message is None and detail.thread.isHidden()


def test_the_sender_is_named_from_the_directory_and_a_different_claim_is_shown(qtbot, make_station, draft):
    jkt = make_station("jakarta", org="BSSN", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.store.set_setting("profile", dict(jkt.profile, org="CSIRT C", country="TH"))  # claims another identity
    jkt._profile = None
    msg = jkt.file_report(draft)
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    detail = detail_for(qtbot)
    detail.show_message(kl.read_inbox(msg))
    lines = dict(detail.lines())
    assert lines["Reporting station"] == "jakarta, BSSN (Indonesia)"
    assert lines["Identity mismatch"] == "the message claims CSIRT C, TH; the directory says BSSN, ID"


def test_in_a_narrow_pane_each_heading_stands_above_its_value(qtbot, received, draft):
    _, kl, _, msg = received
    kl.acknowledge(msg, "investigating", "Team on site")
    detail = on_screen(qtbot, detail_for(qtbot))
    detail.resize(340, 700)  # beside the inbox's table at 1280 pixels
    qtbot.waitUntil(lambda: detail.height() == 700)
    detail.show_message(kl.read_inbox(msg))
    # a thread of one acknowledgement takes the height it needs, the report the rest
    report, thread = detail.split.sizes()
    assert 0 < thread < report and thread < detail.thread.fontMetrics().lineSpacing() * 8  # beside the inbox's table at 1280 pixels
    qtbot.waitUntil(lambda: detail.fields.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows)
    heading = detail.fields.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    value = detail.fields.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    qtbot.waitUntil(lambda: value.y() > heading.y())
    detail.resize(900, 700)  # a wide screen: beside it
    qtbot.waitUntil(lambda: detail.fields.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows)
    qtbot.waitUntil(lambda: value.x() > heading.x() and value.y() == heading.y())
    assert ("Summary", draft["summary"]) in detail.lines()
