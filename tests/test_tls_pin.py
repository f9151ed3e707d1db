"""Pinned certificates: taken from the file once, kept in the sealed peer record, checked at each connection."""

from __future__ import annotations

import json
import subprocess

import pytest

from helpers import PASSPHRASE
from netutil import Medallion, TLSFront, child_env, make_certificate, siaga_cmd
from siaga.errors import ValidationError
from siaga.store import DELIVERED, RETRYING
from siaga.sync import Sync
from siaga.tls_pin import certificate_sha256, pin_from_file, show


def certificate(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return make_certificate(folder)


def test_the_pin_is_the_sha256_openssl_shows_for_the_certificate(tmp_path):
    cert, _ = certificate(tmp_path, "endpoint")
    shown = subprocess.run(["openssl", "x509", "-in", str(cert), "-noout", "-fingerprint", "-sha256"],
                           capture_output=True, text=True, check=True, timeout=60).stdout
    assert show(pin_from_file(cert)) == shown.strip().split("=", 1)[1]
    # a chain file pins its first certificate; text around the PEM block does not matter
    other, _ = certificate(tmp_path, "other")
    chain = b"subject=CN=127.0.0.1\n" + cert.read_bytes() + other.read_bytes()
    assert certificate_sha256(chain) == pin_from_file(cert)
    for bad in (b"", b"not a certificate", b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"):
        with pytest.raises(ValueError):
            certificate_sha256(bad)


def test_adding_a_peer_stores_the_pin_and_a_bad_file_is_refused(make_station, tmp_path):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kualalumpur", country="MY")
    cert, key = certificate(tmp_path, "kl")
    peer = jkt.add_peer(kl.card_bytes(), url="https://127.0.0.1:9", cert=str(cert))
    assert peer.cert_sha256 == pin_from_file(cert) and peer.to_dict()["cert_sha256"] == peer.cert_sha256
    assert jkt.store.get_peer(peer.id)["cert_sha256"] == peer.cert_sha256
    # adding the card again without a file keeps the pin
    assert jkt.add_peer(kl.card_bytes()).cert_sha256 == peer.cert_sha256
    for bad in (key, tmp_path / "missing.pem"):
        with pytest.raises(ValidationError, match="cert"):
            jkt.add_peer(kl.card_bytes(), cert=str(bad))
    assert jkt.peer(peer.id).cert_sha256 == peer.cert_sha256  # a refused file changed nothing
    # removing the pin removes both the path and the digest
    cleared = jkt.update_peer(peer.id, cert="")
    assert (cleared.cert, cleared.cert_sha256) == (None, None) and "cert_sha256" not in jkt.store.get_peer(peer.id)


def test_the_command_line_refuses_a_file_without_a_certificate(tmp_path):
    home, other = tmp_path / "home", tmp_path / "other"
    env = child_env(PASSPHRASE)
    for where, country in ((home, "ID"), (other, "MY")):
        subprocess.run(siaga_cmd("init", "--name", country, "--org", "CSIRT", "--country", country, "--home",
                                 str(where)), env=env, check=True, capture_output=True, timeout=120)
    subprocess.run(siaga_cmd("card", "export", "--out", str(tmp_path / "other.card"), "--home", str(other)),
                   env=env, check=True, capture_output=True, timeout=120)
    (tmp_path / "notes.txt").write_text("not a certificate")
    done = subprocess.run(siaga_cmd("peer", "add", str(tmp_path / "other.card"), "--cert", str(tmp_path / "notes.txt"),
                                    "--home", str(home)), env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "notes.txt" in done.stderr and "no PEM certificate" in done.stderr
    cert, _ = certificate(tmp_path, "endpoint")
    done = subprocess.run(siaga_cmd("peer", "add", str(tmp_path / "other.card"), "--cert", str(cert), "--url",
                                    "https://127.0.0.1:9", "--json", "--home", str(home)),
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["cert_sha256"] == pin_from_file(cert)


def test_a_taxii_collection_behind_tls_is_checked_against_its_pin(make_station, draft, tmp_path):
    server = Medallion(tmp_path / "medallion")
    cert, key = certificate(tmp_path, "taxii")
    other, _ = certificate(tmp_path, "other")
    front = TLSFront(server.port, cert, key)
    try:
        jkt = make_station("jakarta", country="ID")
        url = server.url.replace(f"http://127.0.0.1:{server.port}", front.url)
        wrong = jkt.add_taxii_peer(url, "TIP", user=server.USER, password=server.PASSWORD, cert=str(other))
        msg = jkt.file_report(dict(draft, to=[wrong.id]))
        assert Sync(jkt).run_once().delivered == 0
        d = jkt.store.delivery(msg, wrong.id)
        assert d["status"] == RETRYING and "does not match the pinned one" in d["error"], d["error"]
        assert server.objects() == []
        jkt.add_taxii_peer(url, "TIP", user=server.USER, password=server.PASSWORD, cert=str(cert))
        jkt.store.reschedule_peer(wrong.id, 0)
        assert Sync(jkt).run_once().delivered == 1
        assert jkt.store.delivery(msg, wrong.id)["status"] == DELIVERED
        assert any(o["type"] == "incident" for o in server.objects())
    finally:
        front.close()
        server.stop()


def test_one_session_keeps_one_pinned_adapter_per_endpoint_and_a_damaged_pin_sends_nothing(make_station, tmp_path):
    import requests

    from siaga.tls_pin import PinError, PinnedAdapter, secure

    jkt, kl = make_station("jakarta", country="ID"), make_station("kualalumpur", country="MY")
    cert, _ = certificate(tmp_path, "kl")
    peer = jkt.add_peer(kl.card_bytes(), url="https://127.0.0.1:9/siaga", cert=str(cert))
    with requests.Session() as session:
        assert secure(session, peer) is True
        adapter = session.get_adapter("https://127.0.0.1:9/siaga/v1/messages")
        assert isinstance(adapter, PinnedAdapter) and adapter.pin == peer.cert_sha256
        secure(session, peer)
        assert session.get_adapter("https://127.0.0.1:9/v1/health") is adapter  # reused, not replaced
        assert not isinstance(session.get_adapter("https://127.0.0.1:10/"), PinnedAdapter)  # another endpoint
        damaged = jkt.update_peer(peer.id, cert_sha256="not a digest")
        secure(session, damaged)
        with pytest.raises(PinError, match="the stored pin is damaged"):
            session.get(damaged.url + "/v1/health", timeout=1)
    # a peer without a pin, or on plain http, is left to the system's certificate authorities
    plain = jkt.update_peer(peer.id, url="http://127.0.0.1:9", cert=str(cert))
    for other in (jkt.update_peer(peer.id, url=peer.url, cert=""), plain):
        with requests.Session() as session:
            assert secure(session, other) is True and sorted(session.adapters) == ["http://", "https://"]
