"""The directory of peers: who this station exchanges reports with, and how far it trusts each.

A peer's stored record is a :class:`PeerRecord`; the directory is the one place
that reads and writes it (adding a card or a TAXII collection, a trust level,
a health note, a peer's key rotation or revocation). Everything else sees a
:class:`Peer`, the read-only view of a record with its card parsed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..base.certificates import pin_from_file, show
from ..base.encoding import b32, b64d, b64e
from ..base.errors import InputError, NotFound, ValidationError
from ..protocol.card import Card, check_url, read_card
from ..protocol.codebook import CodebookSet
from ..protocol.contacts import check_contacts, normal_form
from ..protocol.text_rules import check_text
from ..storage import audit
from ..storage.store import Store

log = logging.getLogger("siaga.station")

UNVERIFIED = "unverified"
VERIFIED = "verified"
REVOKED = "revoked"


@dataclass(frozen=True)
class Peer:
    id: str
    card: Card
    url: str | None
    trust: str
    added_at: int
    health: dict  # last_success, last_error, last_error_at, last_pong (epoch seconds)
    cert: str | None = None  # the certificate file pinned for an https:// endpoint (where the pin came from)
    via: str | None = None  # id of a hub peer that relays to this peer (no direct link)
    kind: str = "siaga"  # or "taxii": a TAXII 2.1 collection that receives reports as STIX
    auth: dict | None = None  # TAXII credentials (user and password, or token), sealed at rest
    cert_sha256: str | None = None  # the pin: SHA-256 of that certificate, checked at each connection

    @property
    def is_taxii(self) -> bool:
        return self.kind == "taxii"

    @property
    def verified(self) -> bool:
        return self.trust == VERIFIED

    @property
    def revoked(self) -> bool:
        return self.trust == REVOKED

    def to_dict(self) -> dict:
        return {
            "id": self.id, "name": self.card.name, "org": self.card.org, "country": self.card.country,
            "url": self.url or "", "trust": self.trust,
            "cert": self.cert or "", "cert_sha256": self.cert_sha256 or "", "via": self.via or "", "kind": self.kind,
            "fingerprint": "" if self.is_taxii else self.card.fingerprint, **self.health,
            "contacts": normal_form(self.card.contacts),
        }


@dataclass
class PeerRecord:
    """A peer as the database keeps it (sealed): the same fields, in the same JSON, as ever."""

    card: dict  # the card's signed body (Card.body())
    url: str = ""
    trust: str = UNVERIFIED
    added_at: int = 0
    health: dict = field(default_factory=dict)
    cert: str = ""  # the certificate file pinned (where the pin came from)
    via: str = ""  # the hub that relays to this peer
    kind: str | None = None  # "taxii" for a TAXII collection; absent for a Siaga peer
    auth: dict | None = None  # TAXII credentials
    revoked_at: int | None = None  # when the peer revoked its keys
    previous_keys: list[dict] | None = None  # [{"sign_pk", "until"}] after a rotation
    cert_sha256: str | None = None  # the pin: SHA-256 of the certificate (absent when none is pinned)
    contacts: list[dict] | None = None  # the people on the peer's card (signed with it; checked when it came in)
    extra: dict = field(default_factory=dict)  # fields this version does not know, kept as they were

    _OPTIONAL = ("kind", "auth", "revoked_at", "previous_keys", "cert_sha256", "contacts")

    @classmethod
    def from_stored(cls, stored: dict) -> "PeerRecord":
        names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        known = {k: v for k, v in stored.items() if k in names}
        for key in ("url", "cert", "via"):
            known[key] = known.get(key) or ""
        known["health"] = dict(known.get("health") or {})
        known["added_at"] = known.get("added_at") or 0
        return cls(**known, extra={k: v for k, v in stored.items() if k not in names})

    def to_stored(self) -> dict:
        out: dict[str, Any] = {"card": self.card, "url": self.url, "trust": self.trust, "added_at": self.added_at,
                               "health": self.health, "cert": self.cert, "via": self.via}
        for key in self._OPTIONAL:
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return {**out, **self.extra}

    @property
    def sign_pk(self) -> bytes:
        return b64d(self.card["sign_pk"], "sign_pk", 32)

    def peer(self, peer_id: str) -> Peer:
        body = self.card
        card = Card(body["name"], body["org"], body["country"], body["url"] or None,
                    b64d(body["sign_pk"]), b64d(body["box_pk"]), body["created"],
                    check_contacts(self.contacts) if self.contacts else ())
        return Peer(peer_id, card, self.url or None, self.trust, self.added_at, dict(self.health),
                    self.cert or None, self.via or None, self.kind or "siaga", self.auth, self.cert_sha256 or None)


def find_peer(peers: Sequence[Peer], ref: str) -> Peer:
    """A peer by id; a unique prefix of the id is enough."""
    ref = (ref or "").strip().lower()
    matches = [p for p in peers if p.id.startswith(ref)] if ref else []
    exact = [p for p in matches if p.id == ref]
    if exact:
        return exact[0]
    if len(matches) != 1:
        raise NotFound(kind="peer", value=ref) if not matches else InputError(
            f"peer id {ref!r} is ambiguous ({', '.join(p.id for p in matches)})")
    return matches[0]


def pin_cert(path: str | None) -> dict:
    """The record fields that pin the certificate in the file at ``path``: its path and SHA-256 ({} for none).

    The file is read here, once; connections check the stored SHA-256 (:mod:`siaga.delivery.tls_pin`).
    """
    if not path:
        return {}
    cert = Path(path).expanduser().resolve()
    if not cert.is_file():
        raise ValidationError(f"no certificate file at {path}", field="cert")
    try:
        pin = pin_from_file(cert)
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}", field="cert") from None
    except ValueError as exc:
        raise ValidationError(f"{path}: {exc}", field="cert") from None
    return {"cert": str(cert), "cert_sha256": pin}


def kept_pin(old: PeerRecord | None) -> dict:
    """The pin fields of a record as they were (re-adding a card keeps its pin)."""
    return {"cert": old.cert if old else "", "cert_sha256": old.cert_sha256 if old else None}


#: peers whose unreadable certificate file this process has already reported
_UNPINNED: set[str] = set()


class Directory:
    """The peers of one station, over its store. ``own_key``: this station's current signing key."""

    def __init__(self, store: Store, books: CodebookSet, own_key: Callable[[], bytes]) -> None:
        self._store = store
        self._books = books
        self._own_key = own_key

    # -- reading ------------------------------------------------------------------

    def record(self, peer_id: str) -> PeerRecord | None:
        stored = self._store.get_peer(peer_id)
        return PeerRecord.from_stored(stored) if stored is not None else None

    def all(self) -> list[Peer]:
        return [PeerRecord.from_stored(rec).peer(pid) for pid, rec in self._store.list_peers()]

    def get(self, ref: str, peers: Sequence[Peer] | None = None) -> Peer:
        """A peer by id (a unique prefix is enough)."""
        return find_peer(self.all() if peers is None else peers, ref)

    def id_for_key(self, sign_pk: bytes, now: int | None = None) -> str | None:
        """The id of the peer with this signing key (or, with ``now``, a previous key still accepted then)."""
        return self._store.peer_id_for_key(sign_pk, now=now)

    def by_key(self, sign_pk: bytes | str, now: int | None = None) -> Peer | None:
        key = b64d(sign_pk, "peer key", 32) if isinstance(sign_pk, str) else sign_pk
        peer_id = self.id_for_key(key, now)
        return self.get(peer_id) if peer_id else None

    def is_revoked(self, peer_id: str) -> bool:
        record = self.record(peer_id)
        return bool(record and record.trust == REVOKED)

    def trust_by_peer(self) -> dict[str, str]:
        return {peer_id: stored["trust"] for peer_id, stored in self._store.list_peers()}

    def trust_and_cards(self) -> tuple[dict[str, str], dict[str, dict]]:
        """Each peer's trust and its card as stored (the names the directory knows), by peer id; one read."""
        records = self._store.list_peers()
        return ({peer_id: stored["trust"] for peer_id, stored in records},
                {peer_id: stored["card"] for peer_id, stored in records})

    def name(self, peer_id: str) -> str:
        record = self.record(peer_id)
        return record.card.get("name", "?") if record else "?"

    # -- writing: the one place a peer record is written ---------------------------

    def _new_id(self, sign_pk: bytes) -> str:
        return b32(self._store.cipher.index("peer-id", sign_pk.hex())[:5]).lower()

    def _write(self, peer_id: str, record: PeerRecord, events: Sequence[audit.Event]) -> Peer:
        self._store.put_peer(peer_id, record.sign_pk, record.to_stored(), added_at=record.added_at,
                             audit_events=events)
        return record.peer(peer_id)

    def add(self, card_data: bytes, url: str | None = None, cert: str | None = None,
            via: str | None = None) -> Peer:
        """Add (or refresh) a peer from its card. A new peer starts unverified.

        ``cert``: a certificate file to pin for an ``https://`` endpoint. ``via``: a hub
        peer that relays messages to this one (for a peer this station cannot reach).
        """
        hub = self.get(via).id if via else None
        card = read_card(card_data, self._books.current.country_codes())
        if card.sign_pk == self._own_key():
            raise InputError("that is this station's own card")
        peer_id = self.id_for_key(card.sign_pk) or self._new_id(card.sign_pk)
        old = self.record(peer_id)
        record = PeerRecord(
            card=card.body(),
            url=check_url(url) or card.url or (old.url if old else "") or "",
            trust=old.trust if old else UNVERIFIED,
            added_at=(old.added_at if old else 0) or int(time.time()),
            health=old.health if old else {},
            via=hub or (old.via if old else "") or "",
            contacts=normal_form(card.contacts) or None,
            **(pin_cert(cert) or kept_pin(old)),
        )
        if hub and hub == peer_id:
            raise InputError("a peer cannot relay to itself")
        peer = self._write(peer_id, record, [
            audit.event("peer-update" if old else "peer-add", peer=peer_id, key=b64e(card.sign_pk), via=hub)])
        log.info("peer %s %s", peer_id, "updated" if old else "added")
        return peer

    def add_taxii(self, url: str, name: str, *, user: str = "", password: str = "", token: str = "",
                  country: str = "", cert: str | None = None) -> Peer:
        """A TAXII 2.1 collection addressed like any peer (reports are pushed to it as STIX)."""
        url = check_url(url, "collection URL") or ""
        if not url:
            raise ValidationError("a TAXII collection URL is required", field="url")
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            raise ValidationError("is required (one line, at most 200 characters)", field="name")
        check_text(name.strip(), "name")
        country = (country or "").strip().upper()
        if country and not self._books.current.has("countries", country):
            raise ValidationError(f"unknown country code {country!r}", field="country")
        if user and not password:
            raise InputError("a TAXII user needs a password (SIAGA_TAXII_PASSWORD or the prompt)")
        url = url + "/"
        key = hashlib.sha256(b"taxii:" + url.encode()).digest()
        peer_id = self.id_for_key(key) or self._new_id(key)
        old = self.record(peer_id)
        card = Card(name.strip(), "TAXII 2.1 collection", country, url, key, bytes(32),
                    time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        record = PeerRecord(card=card.body(), url=url, trust=old.trust if old else UNVERIFIED,
                            added_at=(old.added_at if old else 0) or int(time.time()),
                            health=old.health if old else {}, via="", kind="taxii",
                            auth={"user": user, "password": password, "token": token},
                            **(pin_cert(cert) or kept_pin(old)))
        peer = self._write(peer_id, record, [audit.event("peer-update" if old else "peer-add", peer=peer_id,
                                                         kind="taxii")])
        log.info("TAXII peer %s %s", peer_id, "updated" if old else "added")
        return peer

    def update(self, peer_id: str, *, audit_events: Sequence[audit.Event] = (), **changes: Any) -> Peer:
        """Change fields of a peer's record (url, cert, health, trust) in one write (with its audit entries)."""
        record = self.record(peer_id)
        if record is None:
            raise NotFound(kind="peer", value=peer_id)
        if "health" in changes:
            changes["health"] = {**record.health, **changes["health"]}
        if "cert" in changes:  # a new certificate file is pinned (read now); none removes the pin
            changes = {**changes, "cert_sha256": None, **(pin_cert(changes["cert"]) or {"cert": ""})}
        return self._write(peer_id, dataclasses.replace(record, **changes), audit_events)

    def pin_certificates(self) -> list[Peer]:
        """Store the pin of every peer whose record names only a certificate file (written by older versions).

        Each such file is read once, here, and its SHA-256 kept in the sealed record; from
        then on the file plays no part. A file that cannot be read leaves the record as it
        is: connections to that peer fail, saying so, until its certificate is pinned again.
        Returns the directory of peers as it now is.
        """
        peers = []
        for peer in self.all():
            if peer.cert and not peer.cert_sha256:
                try:
                    pin = pin_from_file(peer.cert)
                except (OSError, ValueError) as exc:
                    if peer.id not in _UNPINNED:  # said once: each delivery to it records the reason too
                        _UNPINNED.add(peer.id)
                        log.warning("peer %s: its pinned certificate file cannot be read (%s) and no pin is stored;"
                                    " nothing goes to it until its certificate is pinned again",
                                    peer.id, getattr(exc, "strerror", None) or exc)
                else:
                    peer = self.update(peer.id, cert_sha256=pin)
                    log.info("peer %s: certificate read once from its pinned file and its SHA-256 %s stored in"
                             " the peer record; the file is no longer used", peer.id, show(pin))
            peers.append(peer)
        return peers

    def set_trust(self, ref: str, trust: str) -> Peer:
        peer = self.get(ref)
        if peer.revoked and trust != REVOKED:
            raise InputError(f"peer {peer.id} revoked its keys; add its new contact card instead")
        updated = self.update(peer.id, trust=trust, audit_events=[
            audit.event("peer-verify" if trust == VERIFIED else "peer-trust", peer=peer.id, trust=trust)])
        log.info("peer %s marked %s", peer.id, trust)
        return updated

    def revoke(self, peer_id: str, now: int) -> Peer:
        """The peer revoked its keys (by a statement signed with them): it gets nothing more."""
        record = self.record(peer_id)
        if record is None:
            raise NotFound(kind="peer", value=peer_id)
        if record.trust == REVOKED:
            return record.peer(peer_id)
        record.trust, record.revoked_at = REVOKED, now
        log.warning("peer %s revoked its keys", peer_id)
        return self._write(peer_id, record, [audit.event("peer-revoke", peer=peer_id)])

    def refresh_card(self, peer_id: str, card: Card) -> Peer:
        """The peer signed a newer card with the same keys (new contacts, names or address): take it.

        A card no newer than the one held changes nothing (a repeated or replayed update).
        """
        record = self.record(peer_id)
        if record is None:
            raise NotFound(kind="peer", value=peer_id)
        if record.sign_pk != card.sign_pk or record.card.get("box_pk") != b64e(card.box_pk):
            raise InputError("the card names other keys than the peer's (a key change needs a rotation)")
        same = card.body() == record.card and normal_form(card.contacts) == (record.contacts or [])
        if same or card.created < record.card.get("created", ""):
            return record.peer(peer_id)
        record.card = card.body()
        record.contacts = normal_form(card.contacts) or None
        log.info("peer %s sent a new card", peer_id)
        return self._write(peer_id, record, [audit.event("peer-card", peer=peer_id, contacts=len(card.contacts))])

    def rotate(self, peer_id: str, old_pk: bytes, new_card: Card, until: int) -> Peer:
        """The peer moved to ``new_card``'s keys; messages signed with ``old_pk`` are accepted ``until``."""
        record = self.record(peer_id)
        if record is None:
            raise NotFound(kind="peer", value=peer_id)
        record.card = new_card.body()
        record.contacts = normal_form(new_card.contacts) or None
        record.url = record.url or new_card.url or ""
        record.previous_keys = [*(record.previous_keys or []), {"sign_pk": b64e(old_pk), "until": until}]
        self._store.replace_peer_key(peer_id, old_pk, new_card.sign_pk, record.to_stored(), until, [
            audit.event("peer-key-rotate", peer=peer_id, old_key=b64e(old_pk), new_key=b64e(new_card.sign_pk))])
        log.info("peer %s rotated its keys", peer_id)
        return record.peer(peer_id)
