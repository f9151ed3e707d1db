"""One station (one installation): its home folder, keys, database and directory of peers.

This is the facade the command line and the desktop app call: file a report,
add and verify peers, list the outbox. It does the orchestration; the parts
(codebook, message, envelope, keystore, store) each do one job.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any, ContextManager, Sequence

from ..base.encoding import b64d, b64e, canonical
from ..base.errors import InputError, NotFound, Reason, SiagaError, ValidationError
from ..base.fileio import atomic_write
from ..protocol import codebook as codebook_mod
from ..protocol.card import check_url, fingerprint_digits, make_card
from ..protocol.codebook import CodebookSet
from ..protocol.contacts import Contact, check_contacts, normal_form
from ..protocol.envelope import Opened, open_envelope, open_with_key, seal, seal_payload
from ..protocol.handling import HandlingError, forward_refusal
from ..protocol.message import (
    ACK_TYPE,
    CHECK_TYPE,
    PING_TYPE,
    REPORT_TYPES,
    SIGHTING_TYPE,
    StationInfo,
    build_ack,
    build_ping,
    build_report,
    is_alert,
    is_urgent,
)
from ..protocol.statements import CARD, REVOKE, ROTATE, make_statement, read_statement
from ..protocol.text_rules import check_text
from ..protocol.transport import verify_receipt
from ..storage import audit, keystore
from ..storage.inbox_query import Cursor, InboxQuery, inbox_page
from ..storage.states import DELIVERED
from ..storage.store import DB_FILE, Store
from . import (
    card_preview,
    card_print,
    checks as checks_mod,
    codelines,
    figure_sources,
    filing,
    inbox_marks,
    scorecard as scorecard_mod,
    warning_lists,
)
from .ack_clocks import AckClocks
from .codelines import codeline_message
from .correlation import Correlation
from .directory import Directory, Peer
from .imports import add_external_sightings, add_signed_copies
from .incident_filing import continue_incident, local_fields
from .incidents import Incidents
from .reading import ReadingLanguage
from .routing import find_peer, recipients_for
from .services import Incoming, Outgoing
from .sightings import (
    Sighting,
    incident_seen_by,
    incident_sightings,
    send_sighting,
    sighting_choices,
    sighting_counts,
    sightings_of,
)
from .stats import Figures, Period, Stats
from .table_columns import TableColumns

log = logging.getLogger("siaga.station")

MAX_BULK = 10_000
_DRAFT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _check_draft_id(draft_id: Any) -> str:
    if not isinstance(draft_id, str) or not _DRAFT_ID.fullmatch(draft_id):
        raise ValidationError("expected 1 to 64 letters, digits, '-' or '_'", field="draft_id")
    return draft_id


def _queued_event(content: dict, msg_id: str, peers: list[str]) -> audit.Event:
    """The audit entry for a message this station signed and queued: a report, an acknowledgement or a ping."""
    kind = {ACK_TYPE: "ack", PING_TYPE: "ping", CHECK_TYPE: "check", SIGHTING_TYPE: "sighting"}.get(content["type"], "create")
    return audit.event(kind, msg=msg_id, peers=peers, type=content["type"], ref=content.get("in_reply_to"),
                       status=(content.get("ack") or {}).get("status"))


def _outbox_record(content: dict, content_key: bytes) -> dict:
    """The sealed record the outbox keeps beside a message's envelope: its key and what the table shows."""
    return {
        "content_key": b64e(content_key),
        "type": content["type"], "code": content.get("code", ""), "severity": content.get("severity", 0),
        "tlp": content.get("tlp", ""), "summary": content.get("summary", ""),
        "reported_at": content["reported_at"], "urgent": is_urgent(content),
        "in_reply_to": content.get("in_reply_to", ""), "observed_at": content.get("observed_at", ""),
        "countries": list(content.get("countries") or []),
        "ack_status": (content.get("ack") or {}).get("status", ""),
    }


def _attach_acks(rows: list[dict], acks: dict[str, dict[str, dict]]) -> None:
    """Give each delivery of the outbox ``rows`` its recipient's latest acknowledgement (``ack``), if any."""
    for row in rows:
        for d in row["deliveries"]:
            if d["peer"] in acks.get(row["id"], {}):
                d["ack"] = acks[row["id"]][d["peer"]]


class Station:
    """An unlocked station. Use :meth:`create` or :meth:`open`; call :meth:`close` when done."""

    def __init__(self, home: Path, keys: keystore.Keys, books: CodebookSet | None = None) -> None:
        self.home = Path(home)
        self.keys = keys
        self.books = books or codebook_mod.codebooks()
        self.store = Store(self.home / DB_FILE, keys)
        self.directory = Directory(self.store, self.books, lambda: self.keys.sign_pk)
        self.outgoing = Outgoing(self.store)
        self.incidents = Incidents(self.store, lambda: {p.id for p in self.peers() if p.is_taxii})
        self.incoming = Incoming(self.store, self.incidents.absorb_inbox)
        self.ack_clocks = AckClocks(self.store, self.incidents, lambda: {p.id for p in self.peers() if p.is_taxii})
        self.stats = Stats(self.store, self.directory, self.books)
        self.correlation = Correlation(self.store)
        self.reading = ReadingLanguage(self.store)  # the language reports are read in here
        self.columns = TableColumns(self.store)  # the app's tables: which columns are hidden
        figure_sources.plug_into(self.stats, self.correlation, self.incidents)
        self._profile: dict | None = None
        self.incidents.ensure_built()

    # -- life cycle ----------------------------------------------------------

    @classmethod
    def create(cls, home: Path, passphrase: str, name: str, org: str, country: str,
               url: str | None = None) -> "Station":
        books = codebook_mod.codebooks()
        profile = cls._check_profile(books, name, org, country, url)
        keys = keystore.create(home, passphrase)
        station = cls(home, keys, books)
        station.store.set_setting("profile", profile,
                                  audit_events=[audit.event("station-create", key=b64e(keys.sign_pk))])
        log.info("station created")
        return station

    @classmethod
    def open(cls, home: Path, passphrase: str) -> "Station":
        return cls.resume(home, keystore.unlock(home, passphrase))

    @classmethod
    def resume(cls, home: Path, keys: keystore.Keys) -> "Station":
        """Open with keys just unlocked from the keystore (a key rotation cut short is finished first)."""
        station = cls(home, keys)
        station._finish_rotation()
        if station.correlation.backfill_pending:
            station._backfill_correlation()
        station.file_arrivals()  # what an endpoint took in and had not filed yet
        return station

    def close(self) -> None:
        self.store.close()

    # -- filing what was taken in (station/filing.py) -------------------------

    def file_arrivals(self) -> list[str]:
        """File in the inbox what was taken in and is waiting (the ids filed)."""
        return filing.file_waiting(self)

    def arrivals(self) -> tuple[int, int]:
        """(messages taken in and waiting to be filed, messages held back because filing them failed)."""
        return self.incoming.arrivals()

    def __enter__(self) -> "Station":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _check_profile(books: CodebookSet, name: str, org: str, country: str, url: str | None) -> dict:
        for field, value in (("name", name), ("org", org)):
            if not isinstance(value, str) or not value.strip() or len(value) > 200 or "\n" in value:
                raise ValidationError(Reason("required-line", "is required (one line, at most 200 characters)",
                                             limit=200), field=field)
            check_text(value.strip(), field)
        country = (country or "").strip().upper()
        if not books.current.has("countries", country):
            raise ValidationError(Reason("unknown-country", f"unknown country code {country!r} (ISO 3166-1 alpha-2)",
                                         value=country), field="country")
        return {"name": name.strip(), "org": org.strip(), "country": country, "url": check_url(url) or ""}

    # -- identity ------------------------------------------------------------

    @property
    def profile(self) -> dict:
        if self._profile is None:
            self._profile = self.store.get_setting("profile")
        return self._profile

    def set_url(self, url: str | None) -> None:
        profile = dict(self.profile, url=check_url(url) or "")
        self.store.set_setting("profile", profile)
        self._profile = profile

    def reports_language(self, default: str = "en") -> str:
        """The language this station reads reports in (``default``, the interface's, until one is chosen)."""
        return self.reading.get(default)

    def set_reports_language(self, lang: str | None) -> None:
        """Read reports in ``lang`` from now on (None: in the interface's language)."""
        self.reading.set(lang)

    @property
    def info(self) -> StationInfo:
        p = self.profile
        return StationInfo(self.keys.sign_pk, p["name"], p["org"], p["country"])

    @property
    def fingerprint(self) -> str:
        return fingerprint_digits(self.keys.sign_pk, self.keys.box_pk)

    def card_bytes(self) -> bytes:
        p = self.profile
        return make_card(self.keys.signing, self.keys.box_pk, p["name"], p["org"], p["country"], p["url"] or None,
                         self.contacts)

    @property
    def contacts(self) -> tuple[Contact, ...]:
        """The people on this station's card (who partners call, and when)."""
        stored = self.store.get_setting("contacts") or []
        return check_contacts(stored) if stored else ()

    def set_contacts(self, contacts: Any) -> tuple[Contact, ...]:
        """Put these people on the card (a list of contacts as JSON); every peer gets the new card on the next
        sync or bundle, by a card statement (one waiting for a peer is replaced by the newer one)."""
        self._check_not_revoked()
        checked = check_contacts(contacts)
        with self.store.transaction():
            self.store.set_setting("contacts", normal_form(checked),
                                   audit_events=[audit.event("contacts-set", count=len(checked))])
            statement = b64e(make_statement(self.keys.signing, CARD, self.card_bytes()))
            pending = {peer_id: [s for s in waiting if read_statement(b64d(s, "statement")).kind != CARD]
                       for peer_id, waiting in self.pending_statements().items()}
            for peer in self.peers():
                if not peer.revoked and not peer.is_taxii:
                    pending.setdefault(peer.id, []).append(statement)
            self.store.set_setting("pending_statements", {k: v for k, v in pending.items() if v})
        log.info("contacts on the card set (%d)", len(checked))
        return checked

    # -- peers (the directory) -------------------------------------------------

    def add_peer(self, card_data: bytes, url: str | None = None, cert: str | None = None,
                 via: str | None = None) -> Peer:
        """Add (or refresh) a peer from its card (:meth:`Directory.add`)."""
        return self.directory.add(card_data, url, cert, via)

    def card_qr_png(self, scale: int = 8) -> bytes:
        """This station's card as a QR code (PNG)."""
        return card_print.qr_png(self, scale)

    def card_page(self) -> card_print.CardPage:
        """This station's card as a printable page's content: QR code, names and fingerprint digits."""
        return card_print.pouch_page(self)

    def add_peer_from_picture(self, image: bytes, url: str | None = None, cert: str | None = None,
                              via: str | None = None) -> Peer:
        """Add a peer from a photo or scan of its card's QR code."""
        return card_print.add_peer_from_picture(self, image, url, cert, via)

    def preview_card(self, card_data: bytes) -> card_preview.CardPreview:
        """What a peer's card says, checked, before it is added (nothing saved: :mod:`station.card_preview`)."""
        return card_preview.preview_card(self, card_data)

    def preview_card_picture(self, image: bytes) -> card_preview.CardPreview:
        """What the card in a photo of its QR code says, checked, before it is added (nothing saved)."""
        return card_preview.preview_card_picture(self, image)

    def add_taxii_peer(self, url: str, name: str, *, user: str = "", password: str = "", token: str = "",
                       country: str = "", cert: str | None = None) -> Peer:
        """A TAXII 2.1 collection addressed like any peer (:meth:`Directory.add_taxii`)."""
        return self.directory.add_taxii(url, name, user=user, password=password, token=token, country=country,
                                        cert=cert)

    def peers(self) -> list[Peer]:
        return self.directory.all()

    def peer(self, ref: str) -> Peer:
        """A peer by id (a unique prefix is enough)."""
        return self.directory.get(ref)

    def peer_by_key(self, sign_pk: bytes | str, now: int | None = None) -> Peer | None:
        """The peer with this signing key (or, with ``now``, a previous key still accepted then)."""
        return self.directory.by_key(sign_pk, now)

    def peer_is_revoked(self, peer_id: str) -> bool:
        return self.directory.is_revoked(peer_id)

    def update_peer(self, peer_id: str, *, audit_events: Sequence[audit.Event] = (), **changes: Any) -> Peer:
        """Change fields of a peer's record (url, cert, health, trust) in one write (with its audit entries)."""
        return self.directory.update(peer_id, audit_events=audit_events, **changes)

    def set_trust(self, ref: str, trust: str) -> Peer:
        return self.directory.set_trust(ref, trust)

    def pin_certificates(self) -> list[Peer]:
        """Store the pin of peers whose record names only a certificate file (:meth:`Directory.pin_certificates`)."""
        return self.directory.pin_certificates()

    # -- reports -------------------------------------------------------------

    def resolve_recipients(self, content: dict, to: Any = None, peers: list[Peer] | None = None) -> list[Peer]:
        """The peers a message goes to: those named in ``to``, or those its scope reaches.

        TLP:RED and TLP:AMBER+STRICT go to verified peers only. ``peers``: the directory,
        when the caller already read it (filing many reports reads it once).
        """
        return recipients_for(self.books.get(content["codebook"]), self.peers() if peers is None else peers,
                              content, to)

    def prepare_report(self, draft: Any, peers: list[Peer] | None = None) -> tuple[dict, list[Peer]]:
        """Validate a draft and resolve its recipients without filing anything.

        A draft that names an incident (``updates`` or ``in_reply_to``) continues it: the fields it
        leaves out are the latest report's (:func:`~siaga.station.incident_filing.continue_incident`).
        """
        if isinstance(draft, dict) and (draft.get("updates") or draft.get("in_reply_to")):
            draft = continue_incident(self, draft)
        content = build_report(draft, self.info, self.books.current)
        return content, self.resolve_recipients(content, draft.get("to"), peers)

    def _sealed_item(self, content: dict, recipients: list[Peer],
                     local: dict | None = None) -> tuple[str, bytes, dict, list[str]]:
        # TAXII collections get STIX made from the station's own copy; the envelope is sealed to Siaga peers
        keys = [p.card.box_pk for p in recipients if not p.is_taxii] or [self.keys.box_pk]
        sealed = seal(content, self.keys.signing, keys)
        record = {**_outbox_record(content, sealed.content_key), **(local or {})}
        return sealed.msg_id, sealed.envelope, record, [p.id for p in recipients]

    def _queue(self, items: list[tuple[str, bytes, dict, list[str]]], **kwargs: Any) -> int:
        """Queue this station's own messages and place them in their incidents, in one transaction."""
        with self.store.transaction():
            added = self.store.queue(items, **kwargs)
            self.incidents.absorb_outbox([(item[0], item[2]) for item in items])
        return added

    def file_reports(self, drafts: list) -> list[str]:
        """Validate every draft first; queue all of them in one transaction, or none.

        An invalid draft raises ValidationError naming its position (``[3] summary: ...``).
        """
        self._check_not_revoked()
        if not isinstance(drafts, list) or not drafts:
            raise ValidationError("expected a draft or a non-empty list of drafts", field="drafts")
        if len(drafts) > MAX_BULK:
            raise ValidationError(f"at most {MAX_BULK} drafts at once", field="drafts")
        prepared = []
        peers = self.peers()
        for i, draft in enumerate(drafts):
            try:
                prepared.append(self.prepare_report(draft, peers))
            except InputError as exc:
                if len(drafts) == 1:
                    raise
                raise ValidationError(exc.message(), field=f"drafts[{i}]") from None
        items = [self._sealed_item(content, recipients, local_fields(draft))
                 for (content, recipients), draft in zip(prepared, drafts)]
        self._queue(items, audit_events=[_queued_event(content, item[0], item[3])
                                              for (content, _), item in zip(prepared, items)],
                    correlate=[(item[0], content) for (content, _), item in zip(prepared, items)])
        log.info("%d report(s) queued", len(items))
        return [item[0] for item in items]

    def file_report(self, draft: Any) -> str:
        return self.file_reports([draft])[0]

    def queue_content(self, content: dict, recipients: list[Peer]) -> str:
        """Sign, encrypt and queue already built content (acknowledgements, pings)."""
        self._check_not_revoked()
        item = self._sealed_item(content, recipients)
        self._queue([item], audit_events=[_queued_event(content, item[0], item[3])])
        return item[0]

    # -- drafts: reports the officer has not filed yet ---------------------------

    def save_draft(self, draft_id: str, draft: dict) -> None:
        """Keep (or replace) an unfinished report, sealed like everything else in the database."""
        if not isinstance(draft, dict):
            raise ValidationError("expected an object", field="draft")
        self.store.save_draft(_check_draft_id(draft_id), draft)

    def drafts(self) -> list[tuple[str, int, dict]]:
        """The unfinished reports: (draft id, last saved at, draft), the most recently saved first."""
        return self.store.list_drafts()

    def load_draft(self, draft_id: str) -> dict:
        draft = self.store.load_draft(_check_draft_id(draft_id))
        if draft is None:
            raise NotFound(kind="draft", value=draft_id)
        return draft

    def delete_draft(self, draft_id: str) -> None:
        """Forget an unfinished report (nothing happens if there is none by that id)."""
        self.store.delete_draft(_check_draft_id(draft_id))

    def file_draft(self, draft_id: str, content: dict, to: Any = None, local: dict | None = None) -> str:
        """Sign, encrypt and queue the report made from draft ``draft_id``, and delete the draft.

        Both happen in one transaction: after a crash there is either the draft (to be
        filed again) or its report, never both, so a draft is never filed twice. A draft
        that was never saved is filed all the same. ``to``: the recipients' peer ids
        (None: those the report's scope reaches). ``local``: what the outbox keeps beside it
        and never sends (its clock profile). Returns the message id.
        """
        draft_id = _check_draft_id(draft_id)
        self._check_not_revoked()
        if content.get("in_reply_to") and content.get("type") in REPORT_TYPES:
            self.incidents.own_thread(content["in_reply_to"])  # only this station's own, open incidents
        item = self._sealed_item(content, self.resolve_recipients(content, to), local)
        self._queue([item], audit_events=[_queued_event(content, item[0], item[3])], filed_draft=draft_id,
                    correlate=[(item[0], content)] if content.get("type") in REPORT_TYPES else [])
        log.info("draft filed as report %s", item[0][:12])
        return item[0]

    def outbox(self, limit: int | None = None) -> list[dict]:
        """Outbox messages, newest first, each delivery with its latest acknowledgement (if any) attached."""
        rows = self.store.outbox(limit)
        _attach_acks(rows, self.latest_acks())
        self.ack_clocks.attach({r["id"]: r["deliveries"] for r in rows}, {r["id"]: r for r in rows})
        return rows

    def outbox_page(self, after: int | None = None, limit: int = 200,
                    include_all: bool = False) -> tuple[list[dict], int | None]:
        """One page of the outbox, newest first, and the cursor of the next page (None at the end).

        Rows are as :meth:`outbox` makes them, with their ``seq``; ``after`` is the cursor a
        previous page returned. Only this page's deliveries and acknowledgements are read.
        Pings, acknowledgements and relayed messages are left out unless ``include_all``.
        """
        rows: list[dict] = []
        before = after
        while len(rows) <= limit:
            chunk = self.store.outbox_before(before, limit + 1)
            rows.extend(r for r in chunk if include_all or r.get("type") in REPORT_TYPES)
            if len(chunk) <= limit:
                break
            before = chunk[-1]["seq"]
        rows, more = rows[:limit], len(rows) > limit
        deliveries = self.outbox_deliveries([r["id"] for r in rows], {r["id"]: r for r in rows})
        seen = self.sighting_counts([r["id"] for r in rows])
        for row in rows:
            row.pop("content_key", None)
            row["deliveries"] = deliveries[row["id"]]
            if row["id"] in seen:
                row["seen_by_partners"] = seen[row["id"]]  # partners that sent a sighting of it
        return rows, (rows[-1]["seq"] if more else None)

    def outbox_deliveries(self, msg_ids: list[str], records: dict[str, dict] | None = None) -> dict[str, list[dict]]:
        """The deliveries of the given outbox messages only, each with its recipient's latest acknowledgement
        and its acknowledgement clock (``records``: those messages' outbox rows, when the caller has them)."""
        found = self.store.deliveries_of(msg_ids)
        rows = [{"id": msg_id, "deliveries": found.get(msg_id, [])} for msg_id in msg_ids]
        _attach_acks(rows, self.latest_acks(msg_ids))
        deliveries = {row["id"]: row["deliveries"] for row in rows}
        self.ack_clocks.attach(deliveries, records)  # which partners are late to acknowledge
        return deliveries

    def outbox_counts(self) -> dict[str, int]:
        """How many messages of each type the outbox holds."""
        return self.store.outbox_type_counts()

    def latest_acks(self, msg_ids: list[str] | None = None) -> dict[str, dict[str, dict]]:
        """For each of this station's messages (or only ``msg_ids``), each peer's latest acknowledgement of it."""
        acks: dict[str, dict[str, dict]] = {}
        # oldest first, so that of two acknowledgements made in the same second the later-received wins
        if msg_ids is None:
            replies = reversed(self.store.inbox(limit=-1, where={"type": ACK_TYPE}))
        else:
            replies = (r for by_id in self.store.replies_to_each(msg_ids).values() for r in by_id
                       if r.get("type") == ACK_TYPE)
        for ack in replies:
            ref = ack.get("in_reply_to")
            seen = acks.setdefault(ref, {}).get(ack["author_peer"]) if ref else None
            first = min(seen["first_at"], ack["reported_at"]) if seen else ack["reported_at"]
            if ref and (seen is None or ack["reported_at"] >= seen["at"]):
                acks[ref][ack["author_peer"]] = {"status": ack["ack"]["status"], "note": ack["ack"]["note"],
                                                 "at": ack["reported_at"], "id": ack["id"]}
            if ref:
                acks[ref][ack["author_peer"]]["first_at"] = first  # the first acknowledgement stops its clock
        return acks

    def resolve_outbox_id(self, ref: str) -> str:
        ref = (ref or "").strip().lower()
        matches = self.store.ids_with_prefix("outbox", ref) if len(ref) >= 4 else []
        if len(matches) != 1:
            raise NotFound(kind="message in the outbox", value=ref) if not matches else InputError(
                f"message id {ref!r} is ambiguous")
        return matches[0]

    def read_outbox(self, ref: str) -> Opened:
        """Decrypt and verify one of this station's own queued messages."""
        msg_id = self.resolve_outbox_id(ref)
        envelope, secret = self.store.outbox_message(msg_id)
        return open_with_key(envelope, b64d(secret["content_key"]), self.books)

    # -- receipts, inbox, acknowledgements ------------------------------------

    def record_receipts(self, peer: Peer, receipts: list[dict]) -> int:
        """Mark deliveries to ``peer`` delivered from receipts it signed (bundle round trips)."""
        updates = []
        for receipt in receipts:
            verify_receipt(receipt, peer.card.sign_pk)
            current = self.store.delivery(receipt["id"], peer.id)
            if current is None or current["status"] == DELIVERED:
                continue
            updates.append((receipt["id"], DELIVERED, current["attempts"] + 1, 0,
                            {"receipt": receipt, "delivered_at": int(time.time())}))
        if updates:
            self.store.set_deliveries(peer.id, updates)
        return len(updates)

    def figures(self, period: Period, now: int | None = None, *, threats: bool = True) -> Figures:
        """The dashboard's and ``siaga stats``' counts for a period (see station/stats.py); without
        ``threats``, the shared threats are found apart (:meth:`figures_with_threats`)."""
        return self.stats.figures(period, now, threats=threats)

    def figures_with_threats(self, figures: Figures) -> Figures:
        """Figures counted without their shared threats, with them (the dashboard draws the counts first)."""
        return self.stats.add_threats(figures)

    def inbox(self, **filters: Any) -> list[dict]:
        return self.store.inbox(**filters)

    def inbox_page(self, query: InboxQuery, after: Cursor | None = None,
                   limit: int = 200) -> tuple[list[dict], Cursor | None]:
        """One page of the inbox as the liaison's table shows it, and the cursor of the next (None at the end)."""
        trust, cards = self.directory.trust_and_cards()
        rows, cursor = inbox_page(self.store, query, after, limit, trust_by_peer=trust, directory=cards)
        seen = self.correlation.seen_countries([row["id"] for row in rows])
        for row in rows:
            if row["id"] in seen:
                row["seen_countries"] = seen[row["id"]]  # how many countries reported what it reports
        return rows, cursor

    def resolve_inbox_id(self, ref: str) -> str:
        ref = (ref or "").strip().lower()
        matches = self.store.ids_with_prefix("inbox", ref) if len(ref) >= 4 else []
        if len(matches) != 1:
            raise NotFound(kind="message in the inbox", value=ref) if not matches else InputError(
                f"message id {ref!r} is ambiguous")
        return matches[0]

    def alerts(self, ids: Sequence[str]) -> list[dict]:
        """Of messages just received, the reports to interrupt the liaison for (:func:`message.is_alert`).

        Each is opened and verified again; the others are judged by their stored record
        and not opened (a bundle may bring thousands). One that cannot be read is skipped
        (and logged). Each alert: ``id``, ``type``, ``code``, ``severity``, ``sender``, ``summary``.
        """
        found = []
        for msg_id in ids:
            stored = self.store.inbox_message(msg_id)
            if stored is None or not is_alert(stored[1]):
                continue
            try:
                msg = self.read_inbox(msg_id)
            except InputError as exc:
                log.warning("received message %s could not be read: %s", msg_id[:12], exc)
                continue
            content = msg["content"]
            if is_alert(content):
                sender = msg["author"]["name"] if msg.get("author") else content["station"]["name"]
                found.append({"id": msg["id"], "type": content["type"], "code": content.get("code", ""),
                              "severity": content.get("severity"), "sender": sender,
                              "summary": content.get("summary", "")})
        return found

    def read_inbox(self, ref: str) -> dict:
        """One received message, opened and verified again, with its sender named from the directory."""
        msg_id = self.resolve_inbox_id(ref)
        envelope, meta, received_at, via = self.store.inbox_message(msg_id)
        if meta.get("codeline"):
            return codeline_message(msg_id, meta, received_at, via)
        if meta.get("external"):
            return {
                "id": msg_id, "received_at": received_at, "content": meta["content"],
                "status": meta.get("status", "new"), "verified_signature": False, "external": True,
                "author": None, "author_trust": "external", "via": via, "source": meta.get("source", ""),
                "replies": [], "acks_sent": [],
            }
        opened = self.open_envelope(envelope)
        author = self.peer_by_key(opened.author_pk)
        return {
            "id": msg_id, "received_at": received_at, "content": opened.content, "status": meta.get("status", "new"),
            "verified_signature": True,
            "author": author.to_dict() if author else None,
            "author_trust": author.trust if author else "unknown",
            "via": via,
            "replies": self.store.replies_to(msg_id),
            "incident_known": self._holds(opened.content.get("in_reply_to")),
            "acks_sent": [self._with_note(sent) for sent in meta.get("acks_sent", [])],
        }

    def _holds(self, msg_id: str | None) -> bool:
        """Whether this station holds the message (sent or received): an update's first report, say."""
        return bool(msg_id) and (bool(self.store.inbox_received_at([msg_id]))
                                 or self.store.outbox_message(msg_id) is not None)

    def _with_note(self, sent: dict) -> dict:
        """An acknowledgement this station sent, with its note (read from the outbox if recorded without)."""
        if "note" in sent:
            return sent
        try:
            return {**sent, "note": self.read_outbox(sent["id"]).content["ack"]["note"]}
        except (SiagaError, KeyError, TypeError):  # no longer in the outbox, or not readable: shown without
            return sent

    def acknowledge(self, ref: str, status: str, note: str = "") -> str:
        """Send a signed acknowledgement back to the report's author; record the status locally."""
        msg_id = self.resolve_inbox_id(ref)
        envelope, meta, _, _ = self.store.inbox_message(msg_id)
        if meta.get("external"):
            raise InputError("an external (STIX) report has no Siaga author to acknowledge to")
        author = self.peer_by_key(meta["author"])
        if author is None or author.revoked:
            raise InputError("the author of this message is no longer a peer; cannot acknowledge")
        content = build_ack(msg_id, status, note, self.info, self.books.current)
        ack_id = self.queue_content(content, [author])
        meta["status"] = status
        meta.setdefault("acks_sent", []).append({"id": ack_id, "status": status, "note": content["ack"]["note"],
                                                 "at": content["reported_at"]})
        self.store.update_inbox_meta(msg_id, meta)
        log.info("acknowledged %s as %s", msg_id[:12], status)
        return ack_id

    def mark_read(self, ref: str) -> str:
        """Mark a received message read here (local only: :mod:`station.inbox_marks`); its full id."""
        return inbox_marks.mark_read(self, ref)[0]

    def acknowledge_all(self, refs: Sequence[str], status: str, note: str = "",
                        progress: Any = None) -> list[tuple[str, str]]:
        """Acknowledge several messages, all or none (:func:`inbox_marks.acknowledge_all`)."""
        return inbox_marks.acknowledge_all(self, refs, status, note, progress)

    def report_context(self, ref: str) -> dict:
        """What the details of a received report add: the reports held that match it (``seen``, or None),
        its indicators on MISP warning lists (``warnings``: per indicator, a list), and how many partners
        said they saw it (``sightings``)."""
        msg_id = self.resolve_inbox_id(ref)
        _, meta, _, _ = self.store.inbox_message(msg_id)
        if meta.get("type") not in REPORT_TYPES:
            return {"seen": None, "warnings": [], "sightings": 0, "window_days": self.correlation.window_days}
        content = meta["content"] if meta.get("external") else self.read_inbox(msg_id)["content"]
        seen = self.correlation.seen_by([msg_id]).get(msg_id)
        return {"seen": seen.to_dict() if seen else None,
                "warnings": [[w.to_dict() for w in found]
                             for found in warning_lists.check_indicators(content.get("indicators") or [])],
                "sightings": self.sighting_counts([msg_id]).get(msg_id, 0),
                "window_days": self.correlation.window_days}

    def sight(self, ref: str, indicators: list[str] | None = None, count: int = 1, **fields: Any) -> str:
        """Tell a received report's author "we see this too" (:func:`sightings.send_sighting`; with
        ``incident=True``, of the whole incident the report belongs to)."""
        self._check_not_revoked()
        return send_sighting(self, ref, indicators=indicators, count=count, **fields)

    def incident_sightings(self, ref: str) -> list[Sighting]:
        """Partners' sightings of any report of the incident that message ``ref`` (sent or received) belongs to."""
        try:
            msg_id = self.resolve_outbox_id(ref)
        except NotFound:
            msg_id = self.resolve_inbox_id(ref)
        return incident_sightings(self, msg_id)

    def incident_seen_by(self, msg_id: str) -> int:
        """How many partners saw the incident of message ``msg_id`` (a sighting of any of its reports)."""
        return incident_seen_by(self, msg_id)

    def sighting_choices(self, ref: str) -> dict:
        """What "Seen here too" offers for a received report (:func:`sightings.sighting_choices`)."""
        return sighting_choices(self, ref)

    def sightings(self, ref: str) -> list[Sighting]:
        """Partners' sightings of a report: one of this station's, else one it received."""
        try:
            msg_id = self.resolve_outbox_id(ref)
        except NotFound:
            msg_id = self.resolve_inbox_id(ref)
        return sightings_of(self, msg_id)

    def sighting_counts(self, msg_ids: list[str]) -> dict[str, int]:
        """How many partners saw each of these reports (those none saw are left out)."""
        return sighting_counts(self, msg_ids)

    def forward_refusals(self, ref: str) -> dict[str, Reason]:
        """For a received report, each peer it may not be forwarded to, with the reason."""
        _, meta, _, _ = self.store.inbox_message(self.resolve_inbox_id(ref))
        return self._refusals(meta, self.peers())

    def _refusals(self, meta: dict, peers: list[Peer]) -> dict[str, Reason]:
        out = {}
        for peer in peers:
            why = (Reason("author-has-it", "the author already has it") if peer.id == meta.get("author_peer")
                   else forward_refusal(meta.get("tlp", ""), self.profile["country"], peer))
            if why:
                out[peer.id] = why
        return out

    def forward(self, ref: str, to: list[str]) -> str:
        """Pass a received report on to other peers, its author's signature intact.

        The signed payload is sealed again, under a new content key, to the new recipients
        (and to those it was forwarded to before); receivers verify the author, not this station. The
        report's TLP label decides who may get it (:mod:`siaga.handling`).
        """
        self._check_not_revoked()
        msg_id = self.resolve_inbox_id(ref)
        envelope, meta, _, _ = self.store.inbox_message(msg_id)
        if meta.get("external"):
            raise HandlingError(Reason("external", "an external (STIX) report has no Siaga signature to pass on;"
                                       " export it instead"))
        if meta.get("type") not in REPORT_TYPES:
            raise HandlingError(Reason("not-a-report", "only reports can be forwarded"))
        if not to:
            raise ValidationError(Reason("name-a-peer", "name at least one peer"), field="to")
        directory = self.peers()
        peers = list({p.id: p for p in (find_peer(directory, t) for t in to)}.values())
        refusals = self._refusals(meta, directory)
        refused = [(p.id, refusals[p.id]) for p in peers if p.id in refusals]
        if refused:
            text = "; ".join(f"{peer_id} ({why})" for peer_id, why in refused)
            raise HandlingError(Reason("not-forwarded", f"not forwarded: {text}", refused=refused))
        opened = self.open_envelope(envelope)
        existing = self.store.outbox_message(msg_id)
        earlier = self.store.recipients(msg_id) if existing else []
        everyone = {p.id: p for p in [*(find_peer(directory, pid) for pid in earlier), *peers]}
        keys = [p.card.box_pk for p in everyone.values() if not p.is_taxii] or [self.keys.box_pk]
        # a fresh content key for every sealing (never the one of the envelope this one replaces);
        # the outbox keeps the key of the envelope it stores
        sealed = seal_payload(msg_id, opened.signed_payload, keys)
        secret = {**_outbox_record(opened.content, sealed.content_key), "forwarded_from": meta.get("author_peer", "")}
        if existing and existing[1].get("relay_for"):  # a copy this hub also relays: its origin keeps the receipts
            secret["relay_for"] = existing[1]["relay_for"]
        self.store.queue([(msg_id, sealed.envelope, secret, [p.id for p in peers])], replace=True, audit_events=[
            audit.event("forward", msg=msg_id, peers=[p.id for p in peers], author=meta.get("author_peer"),
                        tlp=opened.content.get("tlp"))])
        log.info("forwarded %s to %d peer(s)", msg_id[:12], len(peers))
        return msg_id

    def acknowledgements(self, msg_id: str) -> list[dict]:
        """Who acknowledged one of this station's messages, with what status and when."""
        out = []
        for reply in self.store.replies_to(msg_id):
            if reply.get("type") == "acknowledgement":
                out.append({"peer": reply["author_peer"], "name": self.directory.name(reply["author_peer"]),
                            "status": reply["ack"]["status"], "note": reply["ack"]["note"],
                            "at": reply["reported_at"], "id": reply["id"]})
        return out

    def ping(self, ref: str) -> str:
        """Ask a peer's point of contact to answer (the answer is automatic)."""
        peer = self.peer(ref)
        return self.queue_content(build_ping(self.info, self.books.current), [peer])

    # -- communication checks and the partner scorecard (station/checks.py, station/scorecard.py) --

    def send_check(self, ref: str) -> str:
        """Ask a peer to confirm, by a person, that it is reachable (:func:`checks.send_check`)."""
        return checks_mod.send_check(self, ref)

    def answer_check(self, ref: str, by: str) -> str:
        """Answer a peer's check as the person ``by`` (:func:`checks.answer_check`)."""
        return checks_mod.answer_check(self, ref, by)

    def sent_checks(self, *, now: int | None = None,
                    overdue_hours: float = checks_mod.DEFAULT_OVERDUE_HOURS) -> list[checks_mod.SentCheck]:
        return checks_mod.sent_checks(self, now=now, overdue_hours=overdue_hours)

    def received_checks(self, *, unanswered_only: bool = False) -> list[checks_mod.ReceivedCheck]:
        return checks_mod.received_checks(self, unanswered_only=unanswered_only)

    def checks_among(self, ids: Sequence[str]) -> list[checks_mod.ReceivedCheck]:
        """Of messages just received, the checks a person here must answer (:func:`checks.checks_among`)."""
        return checks_mod.checks_among(self, list(ids))

    def scorecards(self, since: int | None = None, *, now: int | None = None,
                   overdue_hours: float = checks_mod.DEFAULT_OVERDUE_HOURS) -> list[scorecard_mod.Scorecard]:
        """Each peer's scorecard for the period from ``since`` (:mod:`station.scorecard`)."""
        return scorecard_mod.scorecards(self, since, now=now, overdue_hours=overdue_hours)

    # -- opening what was sealed to this station -------------------------------

    def open_envelope(self, envelope: bytes) -> Opened:
        """Decrypt and verify an envelope sealed to this station's current or a retired key."""
        return open_envelope(envelope, self.keys.box_keys(), self.books)

    # -- key rotation and revocation -----------------------------------------

    @property
    def revoked(self) -> bool:
        """Whether this station revoked its own keys (it then sends and takes in nothing more)."""
        return bool(self.store.get_setting("revoked_at"))

    def _check_not_revoked(self) -> None:
        if self.revoked:
            raise InputError("this station revoked its keys and sends nothing more; set up a new station")

    def pending_statements(self) -> dict[str, list[str]]:
        """Key statements still to be delivered, by peer id (base64 of each statement)."""
        return self.store.get_setting("pending_statements", {}) or {}

    def statement_delivered(self, peer_id: str, statement: str) -> None:
        pending = self.pending_statements()
        left = [s for s in pending.get(peer_id, []) if s != statement]
        if left:
            pending[peer_id] = left
        else:
            pending.pop(peer_id, None)
        self.store.set_setting("pending_statements", pending)

    def _queue_statement(self, statement: bytes) -> None:
        pending = self.pending_statements()
        for peer in self.peers():
            if not peer.revoked and not peer.is_taxii:
                pending.setdefault(peer.id, []).append(b64e(statement))
        self.store.set_setting("pending_statements", pending)

    def rotate_keys(self, passphrase: str) -> str:
        """New signing and encryption keys; every peer is told by a statement signed with the old key.

        The old keys are kept (sealed with the new ones) to open what was sent to them and to
        answer peers that have not heard of the rotation yet. Returns the new fingerprint.
        """
        self._check_not_revoked()
        keystore.unlock(self.home, passphrase)  # the passphrase must be right before anything changes
        old = self.keys
        fresh = keystore.Keys.generate()
        new_keys = keystore.Keys(fresh.signing, fresh.box, old.data_key, [(old.signing, old.box), *old.retired])
        p = self.profile
        card = make_card(new_keys.signing, new_keys.box_pk, p["name"], p["org"], p["country"], p["url"] or None,
                         self.contacts)
        statement = make_statement(old.signing, ROTATE, card)
        # crash-safe order: note the statement, replace the keystore, then queue it for the peers
        self.store.set_setting("rotation_pending", b64e(statement))
        keystore.write(self.home, new_keys, passphrase)
        self.keys = new_keys
        self.store.audit.signing = new_keys.signing
        self._finish_rotation()
        log.warning("station keys rotated")
        return self.fingerprint

    def _finish_rotation(self) -> None:
        """Queue a rotation statement whose keystore write completed (also after a crash).

        The ``key-rotate`` audit entry names the new key and is signed with the old one.
        """
        pending = self.store.get_setting("rotation_pending")
        if not pending:
            return
        statement = b64d(pending, "rotation statement")
        parsed = read_statement(statement)
        rotated = []
        if parsed.card.sign_pk == self.keys.sign_pk:
            self._queue_statement(statement)
            rotated.append(audit.event("key-rotate", signer=self.keys.signing_keys()[parsed.old_pk],
                                       old_key=b64e(parsed.old_pk), new_key=b64e(self.keys.sign_pk)))
        self.store.set_setting("rotation_pending", None, audit_events=rotated)

    def revoke_keys(self, passphrase: str) -> None:
        """Tell every peer to stop all traffic with this station's keys. Final."""
        self._check_not_revoked()
        keystore.unlock(self.home, passphrase)
        self._queue_statement(make_statement(self.keys.signing, REVOKE))
        self.store.set_setting("revoked_at", int(time.time()),
                               audit_events=[audit.event("key-revoke", key=b64e(self.keys.sign_pk))])
        log.warning("station keys revoked")

    def change_passphrase(self, old: str, new: str) -> None:
        """Seal the same keys under a new passphrase (a wrong ``old`` changes nothing)."""
        keystore.change_passphrase(self.home, old, new)
        self.store.record(audit.event("passphrase-change"))

    # -- the correlation index ------------------------------------------------------

    def _backfill_correlation(self) -> int:
        """Index the reports held before the correlation index existed (once, after the upgrade)."""
        def inbox_content(msg_id: str) -> dict | None:
            envelope, meta, _, _ = self.store.inbox_message(msg_id)
            if meta.get("type") not in REPORT_TYPES:
                return None
            if meta.get("external"):
                return meta.get("content")
            try:
                return self.open_envelope(envelope).content
            except SiagaError:
                return None

        def outbox_content(msg_id: str) -> dict | None:
            envelope, secret = self.store.outbox_message(msg_id)
            if secret.get("type") not in REPORT_TYPES or secret.get("forwarded_from") or secret.get("relay_for"):
                return None
            try:
                return open_with_key(envelope, b64d(secret["content_key"]), self.books).content
            except (SiagaError, KeyError):
                return None

        return self.correlation.backfill(inbox_content, outbox_content, self.store.inbox_ids(),
                                         self.store.outbox_ids())

    # -- the audit log ------------------------------------------------------------

    def transaction(self) -> ContextManager[None]:
        """One atomic unit over the station's services: every write inside lands, or none does."""
        return self.store.transaction()

    def record(self, *events: audit.Event) -> None:
        """Append entries to the audit log (for an action that changes nothing else, such as an export)."""
        self.store.record(*events)

    def verify_audit(self) -> audit.Verdict:
        """Check the audit log's chain, signatures and head; the verdict names the first problem."""
        return self.store.audit.verify(self.keys.signing_keys())

    def audit_entries(self, limit: int | None = None) -> list[dict]:
        """The last ``limit`` audit entries (all when None), oldest first, decrypted."""
        return self.store.audit.entries(limit)

    def export_audit(self, path: Path, fmt: str = "json") -> int:
        """Write the audit log decrypted, with its verification result, for after-action review.

        Written atomically (readable by the owner only); the export is itself recorded.
        Returns how many entries were written.
        """
        verdict = self.verify_audit()
        entries = self.audit_entries()
        station = {**self.profile, "fingerprint": self.fingerprint}
        peers = {peer.id: peer.card.name for peer in self.peers()}
        atomic_write(Path(path), audit.render(entries, fmt, verdict, station, peers))
        self.store.record(audit.event("audit-export", format=fmt, count=len(entries)))
        return len(entries)

    # -- relaying for other stations (a hub) ------------------------------------

    def relay(self, origin: Peer, target: Peer, items: list[tuple[str, bytes]]) -> None:
        """Queue envelopes from ``origin`` for delivery to ``target``, unopened (sealed to the target)."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        secret = {"type": "relay", "relay_for": origin.id, "reported_at": stamp, "code": "", "severity": None,
                  "tlp": "", "summary": f"relayed for {origin.card.name} to {target.card.name}", "urgent": False}
        self.store.queue([(msg_id, envelope, secret, [target.id]) for msg_id, envelope in items],
                         audit_events=[audit.event("relay", msg=msg_id, peer=origin.id, to=target.id)
                                       for msg_id, _ in items])
        log.info("%d message(s) from %s queued for relay to %s", len(items), origin.id, target.id)

    def relayed_receipts(self, origin: Peer, msg_ids: list[str]) -> list[dict]:
        """Recipients' receipts for messages ``origin`` gave this hub to relay (with the recipient's key)."""
        secrets = self.store.outbox_secrets(msg_ids)
        mine = [m for m, sec in secrets.items() if sec.get("relay_for") == origin.id]
        found = []
        for peer in self.peers():
            for msg_id, receipt in self.store.receipts_for(mine, peer.id).items():
                found.append({**receipt, "receiver": b64e(peer.card.sign_pk)})
        return found

    # -- code lines (phone, radio, SMS): see station/codelines.py ----------------

    def code_line_for(self, ref: str, peer_ref: str) -> str:
        return codelines.line_for(self, ref, peer_ref)

    def check_code_line(self, line: str) -> codelines.Checked:
        return codelines.check(self, line)

    def ingest_code_line(self, line: str) -> tuple[str, codelines.Checked, bool]:
        return codelines.ingest(self, line)

    # -- external reports (STIX from partners) -----------------------------------

    def add_signed_copies(self, reports: list[dict], source: str = "") -> int:
        """Keep peers' reports whose signed payload a partner's file carried (:func:`imports.add_signed_copies`)."""
        return add_signed_copies(self, reports, source)

    def add_external_sightings(self, sightings: list[dict], source: str = "") -> int:
        """Keep sightings read from a partner's STIX bundle (:func:`imports.add_external_sightings`)."""
        return add_external_sightings(self, sightings, source)

    def add_external_reports(self, reports: list[dict], source: str = "") -> int:
        """Take reports read from a partner's STIX bundle into the inbox, unsigned; returns how many were new.

        Each report: ``id``, ``content`` (as a Siaga report) and ``raw`` (the STIX objects it came from).
        """
        now = int(time.time())
        known = self.store.inbox_received_at([r["id"] for r in reports])
        rows = []
        for report in reports:
            if report["id"] in known:
                continue
            c = report["content"]
            meta = {"external": True, "source": source, "author": "external:" + c["station"]["name"],
                    "author_peer": "", "via": "", "type": c["type"], "station": c["station"],
                    "reported_at": c["reported_at"], "status": "new", "content": c,
                    **{k: c[k] for k in ("code", "severity", "tlp", "pap", "scope", "countries", "summary",
                                         "observed_at")}}
            rows.append({"id": report["id"], "received_at": now, "envelope": canonical(report["raw"]),
                         "peer_id": "", "meta": meta})
            known[report["id"]] = now
        self.incoming.add(rows)
        return len(rows)


# Every read of the inbox through the station first files what was taken in and is waiting
# (station/filing.py; one query when nothing is), so a reader sees the inbox complete.
for _name in ("inbox", "inbox_page", "resolve_inbox_id", "alerts", "read_inbox", "figures", "report_context",
              "latest_acks", "acknowledgements", "sightings", "sighting_counts", "incident_sightings",
              "received_checks", "checks_among", "scorecards", "forward_refusals", "forward"):
    setattr(Station, _name, filing.files_first(getattr(Station, _name)))
