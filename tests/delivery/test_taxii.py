"""TAXII 2.1 collections as peers: reports pushed as STIX to a real medallion server on loopback."""

from __future__ import annotations

import json
import subprocess

import pytest

from siaga.delivery.sync import Sync
from siaga.storage.states import DELIVERED, QUEUED, RETRYING

from netutil import Medallion, child_env, siaga_cmd


@pytest.fixture
def taxii(tmp_path):
    server = Medallion(tmp_path / "medallion")
    yield server
    server.stop()


def test_reports_reach_a_taxii_collection_as_stix(make_station, draft, taxii, tmp_path):
    jkt = make_station("jakarta", country="ID")
    result = subprocess.run(siaga_cmd("peer", "add-taxii", taxii.url, "--name", "National TIP", "--user",
                                      taxii.USER, "--country", "MY", "--json", "--home", str(jkt.home)),
                            env=child_env(SIAGA_TAXII_PASSWORD=taxii.PASSWORD), capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    peer = json.loads(result.stdout)
    assert peer["kind"] == "taxii" and peer["name"] == "National TIP" and "password" not in result.stdout
    listed = json.loads(subprocess.run(siaga_cmd("peer", "list", "--json", "--home", str(jkt.home)), env=child_env(),
                                       capture_output=True, text=True, timeout=60).stdout)
    assert [p["id"] for p in listed] == [peer["id"]] and "auth" not in listed[0]

    # addressed by scope like any peer (it is in MY), or by id
    by_scope = jkt.file_report(dict(draft, countries=["MY"]))
    by_id = jkt.file_report(dict(draft, to=[peer["id"]], code="rsit:fraud/phishing", indicators=[]))
    summary = Sync(jkt).run_once()
    assert (summary.delivered, summary.failed) == (2, 0)
    for msg in (by_scope, by_id):
        d = jkt.store.delivery(msg, peer["id"])
        assert d["status"] == DELIVERED and d["taxii"]["status_id"] and "receipt" not in d

    stored = taxii.objects()
    incidents = [o for o in stored if o["type"] == "incident"]
    assert sorted(o["name"] for o in incidents) == sorted([draft["summary"]] * 2)
    assert sum(o["type"] == "indicator" for o in stored) == len(draft["indicators"])
    assert any(o["id"] == "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421" for o in stored)

    # sending again (say, after a lost status) finds the objects there: still delivered, nothing doubled
    jkt.store.set_deliveries(peer["id"], [(by_scope, QUEUED, 1, 0, None)])
    assert Sync(jkt).run_once().delivered == 1
    assert len(taxii.objects()) == len(stored)


def test_taxii_failures_are_retried(make_station, draft, taxii):
    jkt = make_station("jakarta", country="ID")
    wrong = jkt.add_taxii_peer(taxii.url, "TIP", user=taxii.USER, password="wrong password")
    msg = jkt.file_report(dict(draft, to=[wrong.id]))
    Sync(jkt).run_once()
    d = jkt.store.delivery(msg, wrong.id)
    assert d["status"] == RETRYING and "401" in d["error"], d["error"]
    jkt.add_taxii_peer(taxii.url, "TIP", user=taxii.USER, password=taxii.PASSWORD)  # corrected
    taxii.stop()
    jkt.store.reschedule_peer(wrong.id, 0)
    Sync(jkt).run_once()
    assert "TAXII push" in jkt.store.delivery(msg, wrong.id)["error"]
    assert jkt.store.delivery(msg, wrong.id)["status"] == RETRYING
