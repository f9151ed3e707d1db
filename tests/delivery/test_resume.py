"""A batch cut in the middle goes on from where the receiver has it, over a real `siaga serve` and a cutting link."""

from __future__ import annotations

import time

from linkproxy import LinkProxy, Profile
from siaga.delivery.endpoint import Endpoint, EndpointApp
from siaga.delivery.sync import Sync
from siaga.protocol.transport import pack_batch

from helpers import link
from netutil import Served

REPORTS = 80


def _pair(make_station, draft):
    sender, receiver = make_station("post", country="ID"), make_station("desk", country="MY")
    peer, _ = link(sender, receiver)
    ids = sender.file_reports([dict(draft, to=[peer.id], summary=f"{draft['summary']} ({n})")
                               for n in range(REPORTS)])
    body = len(pack_batch(list(sender.store.envelopes(ids).values())))
    return sender, receiver, peer, ids, body


def test_a_cut_batch_is_resumed_not_sent_again_whole(make_station, draft):
    sender, receiver, peer, ids, body = _pair(make_station, draft)
    home = receiver.home
    receiver.close()
    served = Served(home).start()
    # a fast link cut every 8 KB: one batch of the whole backlog (about 40 KB) crosses several cuts
    proxy = LinkProxy(served.port, Profile("cutting", 200, 20, cut_every=8 * 1024))
    try:
        sender.update_peer(peer.id, url=proxy.url)
        sync = Sync(sender)
        sync.batch_policy.start = 1024 * 1024  # one batch for everything
        summary = sync.run_once()
        assert summary.delivered == REPORTS and proxy.cuts >= 3
        # each cut cost what was in flight and a question, never the batch again (whole: cuts x 8 KB more)
        assert proxy.bytes < body + 2500 * proxy.cuts + 4000, (proxy.bytes, body, proxy.cuts)
    finally:
        proxy.close()
        served.stop()
    assert all(d["status"] == "delivered" for row in sender.outbox() for d in row["deliveries"] if row["id"] in ids)


def test_a_receiver_of_an_earlier_version_gets_the_batch_again_whole(make_station, draft, monkeypatch):
    """It does not keep cut uploads (its /v1/upload is a 404): the cut batch is sent again, as before."""
    original = EndpointApp.__call__

    def earlier(self, environ, start_response):
        if environ.get("PATH_INFO", "").startswith("/v1/upload/"):
            environ = dict(environ, PATH_INFO="/v1/no-such-path")
        environ.pop("HTTP_X_SIAGA_UPLOAD", None)  # and it never reads the header
        return original(self, environ, start_response)

    monkeypatch.setattr(EndpointApp, "__call__", earlier)
    sender, receiver, peer, ids, body = _pair(make_station, draft)
    endpoint = Endpoint(receiver.home, receiver.keys, host="127.0.0.1", port=0).start()
    proxy = LinkProxy(endpoint.port, Profile("cutting", 200, 20, cut_every=12 * 1024))
    try:
        sender.update_peer(peer.id, url=proxy.url)
        sync = Sync(sender)
        delivered = 0
        for _ in range(12):
            delivered += sync.run_once().delivered
            if delivered == REPORTS:
                break
        assert delivered == REPORTS and proxy.cuts >= 1
        assert proxy.bytes > body + proxy.cuts * 4 * 1024  # each cut batch went again whole
    finally:
        proxy.close()
        endpoint.stop()


def test_nothing_is_kept_for_a_stranger_and_only_the_sender_continues(make_station, draft):
    """An upload cut from a key not in the directory keeps nothing; another peer cannot continue one."""
    import socket

    from nacl.signing import SigningKey

    from siaga.base.encoding import b64e
    from siaga.protocol.transport import sign_request

    sender, receiver, peer, ids, body = _pair(make_station, draft)
    data = pack_batch(list(sender.store.envelopes(ids).values()))
    endpoint = Endpoint(receiver.home, receiver.keys, host="127.0.0.1", port=0).start()
    try:
        for signing, upload in ((SigningKey.generate(), "S" * 22), (sender.keys.signing, "P" * 22)):
            headers = sign_request(signing, "POST", "/v1/messages", data, receiver.keys.sign_pk)
            head = "".join(f"{k}: {v}\r\n" for k, v in {**headers, "X-Siaga-Upload": upload,
                                                          "Content-Type": "application/octet-stream"}.items())
            with socket.create_connection(("127.0.0.1", endpoint.port)) as raw:
                raw.sendall(f"POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n{head}\r\n"
                            .encode() + data[:5000])
                time.sleep(0.5)  # then the link drops
        deadline = time.monotonic() + 5
        while endpoint.app.stash.held("P" * 22) != 5000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert endpoint.app.stash.held("S" * 22) == 0  # the stranger: refused on its headers, nothing kept
        assert endpoint.app.stash.held("P" * 22) == 5000  # the peer: kept for it to continue
        assert endpoint.app.stash.take("P" * 22, b64e(bytes(SigningKey.generate().verify_key)), 5000) is None
    finally:
        endpoint.stop()


def test_a_start_no_longer_held_sends_the_batch_whole_again(make_station, draft, monkeypatch):
    """Its start expired at the receiver (409 upload-unknown): the batch goes whole, and arrives."""
    sender, receiver, peer, ids, body = _pair(make_station, draft)
    endpoint = Endpoint(receiver.home, receiver.keys, host="127.0.0.1", port=0).start()
    taken = []
    monkeypatch.setattr(endpoint.app.stash, "take", lambda *args: taken.append(args) and None)
    proxy = LinkProxy(endpoint.port, Profile("cutting", 200, 20, cut_every=30 * 1024))
    try:
        sender.update_peer(peer.id, url=proxy.url)
        sync = Sync(sender)
        sync.batch_policy.start = 1024 * 1024
        assert sync.run_once().delivered == REPORTS
        assert taken and proxy.cuts >= 1  # a rest was offered, refused, and the whole went again
    finally:
        proxy.close()
        endpoint.stop()
