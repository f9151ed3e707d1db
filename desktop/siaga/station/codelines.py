"""Code lines between two stations: writing one for a peer, checking one, filing one in the inbox.

A line for a peer carries a tag only the two stations can make (``protocol.codeline_tag``).
A line typed in is filed as a report in the inbox, in a row keyed by the id prefix it
carries (``storage.store.CODE_LINE_ID_HEX``) and marked "received as a code line",
authenticated by the peer whose tag it carries, or not authenticated (a line with no tag).
When the signed report arrives later it takes that row (``Store.add_to_inbox``).
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass

from ..base.encoding import b64e
from ..base.errors import CodeLineError, Reason
from ..protocol import codeline, codeline_tag
from ..protocol.message import REPORT_TYPES, format_time, utc_now
from ..storage.store import CODE_LINE_ID_HEX, UNAUTHENTICATED_LINE
from .directory import Peer


@dataclass(frozen=True)
class Checked:
    """A decoded line and the peer whose tag it carries (None: no tag)."""

    fields: dict
    peer: Peer | None
    line: str


def _own_sk(station) -> bytes:
    return bytes(station.keys.box)


def line_for(station, ref: str, peer_ref: str) -> str:
    """The code line of an outbox message, tagged for one peer."""
    opened = station.read_outbox(ref)
    peer = station.peer(peer_ref)
    if peer.is_taxii:
        raise CodeLineError(f"{peer.id} is a TAXII collection, not a Siaga station")
    own_pk = station.keys.box_pk
    key = codeline_tag.line_key(_own_sk(station), peer.card.box_pk, own_pk, peer.card.box_pk)
    return codeline_tag.encode_for(opened.content, opened.msg_id, station.books.get(opened.content["codebook"]),
                                   key, peer.card.box_pk)


def _candidates(station):
    own_sk, own_pk = _own_sk(station), station.keys.box_pk
    for peer in station.peers():
        if peer.is_taxii or peer.revoked:
            continue
        yield peer, codeline_tag.line_key(own_sk, peer.card.box_pk, peer.card.box_pk, own_pk)


def check(station, line: str) -> Checked:
    """A line's fields and the peer whose tag it carries; a line without a tag has no peer.

    Refused (``CodeLineError``, each with its reason code): a wrong check character, a line
    addressed to another station, a tag no known peer made, any other malformed line.
    """
    fields = codeline.decode(line, station.books)
    if "tag" not in fields:
        return Checked(fields, None, " ".join(line.upper().split()))
    peers = {}
    candidates = []
    for peer, key in _candidates(station):
        peers[peer.id] = peer
        candidates.append((peer.id, key))
    fields, peer_id = codeline_tag.check(line, station.books, station.keys.box_pk, candidates)
    return Checked(fields, peers[peer_id], " ".join(line.upper().split()))


def row_id(fields: dict) -> str:
    """The inbox id of a line's row: the hex digits of the message id prefix it carries."""
    raw = base64.b32decode(fields["id_prefix"])
    return raw.hex()[:CODE_LINE_ID_HEX]


def _content(fields: dict, peer: Peer | None) -> dict:
    station = ({"name": peer.card.name, "org": peer.card.org, "country": peer.card.country} if peer
               else {"name": "(code line)", "org": "", "country": ""})
    countries = list(fields["countries"])
    content = {"type": fields["type"], "codebook": fields["codebook"], "station": station,
               "reported_at": fields["observed_at"], "code": fields["code"], "severity": fields["severity"],
               "tlp": fields["tlp"], "pap": fields["pap"], "scope": fields["scope"], "countries": countries,
               "observed_at": fields["observed_at"], "summary": ""}
    return content


def ingest(station, line: str) -> tuple[str, Checked, bool]:
    """File a report's code line in the inbox: (its row id, the check, whether it was new).

    Nothing is filed if the line is refused (see :func:`check`). A line already filed, or
    whose signed report is already in the inbox, is not filed again.
    """
    checked = check(station, line)
    fields = checked.fields
    if fields["type"] not in REPORT_TYPES:
        raise CodeLineError(Reason("code-line-not-report", "only a report's code line can be filed in the inbox"))
    msg_id = row_id(fields)
    if station.store.ids_with_prefix("inbox", msg_id, limit=1):
        return msg_id, checked, False  # this line, or the signed report it announces, is already in
    peer = checked.peer
    content = _content(fields, peer)
    by = peer.id if peer else ""
    meta = {"codeline": {"by": by, "line": checked.line, "more_countries": fields["more_countries"]},
            "author": b64e(peer.card.sign_pk) if peer else UNAUTHENTICATED_LINE,
            "author_peer": by, "via": "", "type": content["type"], "station": content["station"],
            "reported_at": format_time(utc_now()), "status": "new", "content": content,
            **{k: content[k] for k in ("code", "severity", "tlp", "pap", "scope", "countries", "observed_at")}}
    station.store.add_to_inbox([{"id": msg_id, "received_at": int(time.time()),
                                 "envelope": checked.line.encode("ascii"), "peer_id": by, "meta": meta}])
    return msg_id, checked, True


def codeline_message(msg_id: str, meta: dict, received_at: int, via: str) -> dict:
    """A row received as a code line, as ``Station.read_inbox`` gives a message (no signature to check)."""
    line = meta["codeline"]
    return {
        "id": msg_id, "received_at": received_at, "content": meta["content"], "status": meta.get("status", "new"),
        "verified_signature": False, "external": False, "codeline": {"by": line.get("by", ""), "line": line["line"]},
        "author": None, "author_trust": "codeline" if line.get("by") else "codeline-unauthenticated",
        "via": via, "replies": [], "acks_sent": [],
    }
