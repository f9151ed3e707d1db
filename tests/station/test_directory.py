"""The directory owns the peer record: one typed record, stored as it always was, written in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import siaga
from siaga.base.errors import NotFound
from siaga.station.directory import VERIFIED, PeerRecord

from helpers import link

PACKAGE = Path(siaga.__file__).resolve().parent
WRITERS = {"put_peer", "replace_peer_key"}


def test_a_stored_record_reads_and_writes_back_unchanged(make_station):
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kualalumpur", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    stored = jkt.store.get_peer(kl_at_jkt.id)
    assert PeerRecord.from_stored(stored).to_stored() == stored
    later = {**stored, "written_by_a_later_version": [1, 2]}  # a field this version does not know is kept
    assert PeerRecord.from_stored(later).to_stored() == later


def test_updates_go_through_the_typed_record(make_station):
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kualalumpur", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.directory.update(kl_at_jkt.id, health={"last_success": 5})
    peer = jkt.directory.update(kl_at_jkt.id, health={"last_error": "x"}, trust=VERIFIED)
    assert peer.health == {"last_success": 5, "last_error": "x"} and peer.verified
    assert jkt.directory.record(kl_at_jkt.id).trust == VERIFIED
    with pytest.raises(TypeError):  # a field the record does not have is a programming error, not a new key
        jkt.directory.update(kl_at_jkt.id, trsut=VERIFIED)
    with pytest.raises(NotFound):
        jkt.directory.update("nosuchpeer", trust=VERIFIED)


def test_only_the_directory_writes_peer_records():
    writers = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in WRITERS and isinstance(node.ctx, ast.Load):
                writers.append(str(path.relative_to(PACKAGE)))
    assert sorted(set(writers)) == ["station/directory.py"]
