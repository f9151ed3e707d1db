"""Typed core errors turned into translated sentences (the only place the GUI words a failure).

The core raises :class:`~siaga.errors.SiagaError` subclasses with a stable
``code`` and ``params``. Here each code gets a sentence that Qt Linguist sees.
Where the detail is a :class:`~siaga.errors.Reason` (why a field, an indicator or
a forward was refused), the reason and the field are worded here too; other
details (a file's path, a system's message) are appended as the core gave them.
Anything unexpected becomes a plain sentence and goes to the log, never a
traceback in a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..base.errors import Reason, SiagaError
from .plain import message_box

log = logging.getLogger("siaga.gui")


def _sentences() -> dict[str, str]:
    # built on each call so that a language switch takes effect at once
    return {
        "wrong-passphrase": QCoreApplication.translate(
            "Errors", "Wrong passphrase. The station stays locked; try again."),
        "not-initialised": QCoreApplication.translate("Errors", "There is no station in this folder yet."),
        "already-initialised": QCoreApplication.translate(
            "Errors", "A station already exists in this folder."),
        "invalid-field": QCoreApplication.translate("Errors", "Please check this field: {detail}"),
        "unknown-code": QCoreApplication.translate("Errors", "Unknown code: {detail}"),
        "decode": QCoreApplication.translate(
            "Errors", "This could not be read, or it was altered on the way: {detail}"),
        "code-line": QCoreApplication.translate("Errors", "The code line is not valid: {detail}"),
        "not-found": QCoreApplication.translate("Errors", "Not found: {detail}"),
        "no-recipients": QCoreApplication.translate("Errors", "Nobody to send this to: {detail}"),
        "storage": QCoreApplication.translate(
            "Errors", "The station's files could not be read or written (is the disk full?): {detail}"),
        "codebook": QCoreApplication.translate("Errors", "The codebook is damaged: {detail}"),
        "batch-refused": QCoreApplication.translate("Errors", "The messages were refused: {detail}"),
        "request-refused": QCoreApplication.translate("Errors", "The peer refused the request: {detail}"),
        "handling": QCoreApplication.translate(
            "Errors", "The report's handling label does not allow this: {detail}"),
        "input": QCoreApplication.translate("Errors", "{detail}"),
        "error": QCoreApplication.translate("Errors", "{detail}"),
    }


def _reasons() -> dict[str, str]:
    """Each reason code the core gives, worded in the interface's language (built on each call)."""
    return {
        "required": QCoreApplication.translate("Reasons", "is required"),
        "required-line": QCoreApplication.translate("Reasons", "is required (one line, at most {limit} characters)"),
        "one-line": QCoreApplication.translate("Reasons", "must be one line"),
        "too-long": QCoreApplication.translate("Reasons", "longer than {limit} characters"),
        "too-many": QCoreApplication.translate("Reasons", "more than {limit} indicators"),
        "in-future": QCoreApplication.translate("Reasons", "lies in the future"),
        "not-report-type": QCoreApplication.translate("Reasons", "not a report type (one of: {types})"),
        "no-code": QCoreApplication.translate("Reasons", "tick what you observed, or pick an incident code"),
        "no-scope": QCoreApplication.translate(
            "Reasons", "choose who should hear about it: bilateral, regional or global"),
        "unknown-code": QCoreApplication.translate("Reasons", "unknown code {value}"),
        "unknown-country": QCoreApplication.translate("Reasons", "unknown country code {value}"),
        "unknown-column": QCoreApplication.translate("Reasons", "no column {value} here (its columns: {columns})"),
        "column-always-shown": QCoreApplication.translate("Reasons", "the {value} column is always shown"),
        "bilateral-country": QCoreApplication.translate("Reasons", "a bilateral report names one partner country"),
        "regional-countries": QCoreApplication.translate(
            "Reasons", "a regional report names the region or its countries"),
        "not-own-incident": QCoreApplication.translate(
            "Reasons", "this incident was started by another station: only its author can file updates to it;"
            " acknowledge it, or file a new report"),
        "incident-closed": QCoreApplication.translate(
            "Reasons", "this incident is closed by its final report: file a new report for anything that happens"
            " next"),
        "continuing-type": QCoreApplication.translate(
            "Reasons", "a report that continues an incident is an update or a final report (or a request for"
            " assistance)"),
        "unknown-clock": QCoreApplication.translate("Reasons", "unknown reporting clock {value} (one of: {choices})"),
        "clock-of-incident": QCoreApplication.translate(
            "Reasons", "an incident keeps the reporting clock its first report named ({profile}): leave the clock"
            " out of an update"),
        "not-built": QCoreApplication.translate("Reasons", "the report has not been built for review"),
        "changed": QCoreApplication.translate("Reasons", "the answers changed since the report was built for review"),
        "passphrase-short": QCoreApplication.translate("Reasons", "the passphrase needs at least {limit} characters"),
        "url-http": QCoreApplication.translate("Reasons", "{value} is not an http:// or https:// address"),
        "indicator-line": QCoreApplication.translate("Reasons", "line {line}: {problem}"),
        "indicator-kind": QCoreApplication.translate(
            "Reasons", "cannot tell what kind of indicator this is; start the line with its type ({types})"),
        "indicator-type": QCoreApplication.translate("Reasons", "unknown indicator type {kind}"),
        "empty": QCoreApplication.translate("Reasons", "empty value"),
        "domain-labels": QCoreApplication.translate("Reasons", "a domain name needs at least two labels"),
        "domain-invalid": QCoreApplication.translate("Reasons", "not a valid domain name"),
        "domain-label": QCoreApplication.translate("Reasons", "the label {label} is not valid"),
        "domain-numeric-top": QCoreApplication.translate("Reasons", "the top-level label cannot be a number"),
        "url-scheme": QCoreApplication.translate("Reasons", "expected a URL starting with http://, https:// or ftp://"),
        "url-host": QCoreApplication.translate("Reasons", "the URL has no host"),
        "url-port": QCoreApplication.translate("Reasons", "the address has an invalid port"),
        "url-spaces": QCoreApplication.translate("Reasons", "a URL cannot contain spaces"),
        "url-brackets": QCoreApplication.translate(
            "Reasons", "square brackets in a URL enclose an IPv6 address; write a defanged dot as [.]"),
        "email-invalid": QCoreApplication.translate("Reasons", "not a valid e-mail address"),
        "ip-invalid": QCoreApplication.translate("Reasons", "not a valid IP address"),
        "ip-host-bits": QCoreApplication.translate(
            "Reasons", "a network is written with its first address (the host bits are zero)"),
        "hash-length": QCoreApplication.translate("Reasons", "a {kind} hash is {length} hexadecimal characters"),
        "no-peer": QCoreApplication.translate(
            "Reasons", "no peer for this report's scope yet; add a peer's contact card"),
        "no-peer-verified": QCoreApplication.translate(
            "Reasons", "no verified peer for this report's scope yet; compare a peer's fingerprint digits"),
        # the same two, for a report that names its countries (worded with their names: see reason_text)
        "no-peer-in": QCoreApplication.translate(
            "Reasons", "no peer in {countries} yet; add a peer's contact card, or choose another country"),
        "no-peer-verified-in": QCoreApplication.translate(
            "Reasons", "no verified peer in {countries} yet; compare a peer's fingerprint digits"),
        "peers-revoked": QCoreApplication.translate("Reasons", "these peers' keys were revoked: {peers}"),
        "verified-only": QCoreApplication.translate(
            "Reasons", "{tlp} goes only to verified peers; not verified: {peers}"),
        "name-a-peer": QCoreApplication.translate("Reasons", "name at least one peer"),
        "peer-revoked": QCoreApplication.translate("Reasons", "the keys of {peer} were revoked"),
        "author-has-it": QCoreApplication.translate("Reasons", "the author already has it"),
        "tlp-red": QCoreApplication.translate(
            "Reasons", "TLP:RED is for its named recipients only; it cannot be forwarded"),
        "tlp-amber-strict": QCoreApplication.translate(
            "Reasons", "TLP:AMBER+STRICT stays inside this organisation; it cannot be forwarded"),
        "tlp-amber-clients": QCoreApplication.translate(
            "Reasons", "TLP:AMBER may go only to this organisation's clients (peers in {country}); ask"
            " the author before sharing wider"),
        "tlp-unknown": QCoreApplication.translate("Reasons", "unknown handling label {tlp}; not forwarded"),
        "external": QCoreApplication.translate(
            "Reasons", "an external (STIX) report has no Siaga signature to pass on; export it instead"),
        "not-a-report": QCoreApplication.translate("Reasons", "only reports can be forwarded"),
        "not-forwarded": QCoreApplication.translate("Reasons", "not forwarded: {refused}"),
        # a file brought in (a contact card, a bundle, a STIX bundle)
        "too-large": QCoreApplication.translate("Reasons", "larger than {size}"),
        "not-json": QCoreApplication.translate("Reasons", "not valid JSON"),
        "nested": QCoreApplication.translate("Reasons", "nested too deeply"),
        "malformed": QCoreApplication.translate("Reasons", "some of its fields are missing or malformed"),
        "forged": QCoreApplication.translate("Reasons", "the signature does not match (altered or forged)"),
        "not-a-card": QCoreApplication.translate("Reasons", "not a Siaga contact card"),
        "card-field": QCoreApplication.translate("Reasons", "a name or organisation must be 1 to {limit} characters"),
        "not-a-bundle": QCoreApplication.translate("Reasons", "not a Siaga bundle"),
        "not-for-us": QCoreApplication.translate("Reasons", "not addressed to this station, or damaged"),
        "expands": QCoreApplication.translate("Reasons", "expands beyond the size limit"),
        "damaged": QCoreApplication.translate("Reasons", "damaged (cannot decompress)"),
        "truncated": QCoreApplication.translate("Reasons", "truncated"),
        "version": QCoreApplication.translate("Reasons", "unsupported bundle version"),
        "addressed-elsewhere": QCoreApplication.translate("Reasons", "addressed to another station"),
        # a code line typed in (phone, radio, SMS)
        "code-line-check": QCoreApplication.translate(
            "Reasons", "the check character does not match: a character was misread or mistyped; read the line"
                       " back to the sender"),
        "code-line-untagged": QCoreApplication.translate(
            "Reasons", "this line has no tag: it is not addressed to anyone"),
        "code-line-other-station": QCoreApplication.translate(
            "Reasons", "this line is addressed to another station; ask the sender to write it for this station"),
        "code-line-tag": QCoreApplication.translate(
            "Reasons", "the tag does not match any peer: the line was altered, forged or its sender is unknown;"
                       " confirm it with the sender by another channel"),
        "code-line-not-report": QCoreApplication.translate(
            "Reasons", "only a report's code line can be filed in the inbox"),
        "code-line-empty": QCoreApplication.translate(
            "Reasons", "the line is empty; type the code line as it was read out or sent"),
        "code-line-long": QCoreApplication.translate(
            "Reasons", "it is longer than {limit} characters, so it is not one code line; type one line only"),
        "code-line-characters": QCoreApplication.translate(
            "Reasons", "only letters, digits, spaces, '.', '+' and '-' appear in a code line; check the line for"
                       " other signs and type it again"),
        "code-line-start": QCoreApplication.translate(
            "Reasons", "a code line starts with {marker} and has at least five groups; check the start of the line"),
        "code-line-codebook": QCoreApplication.translate(
            "Reasons", "the codebook version {value} is not known here; check that group, or update Siaga if the"
                       " sender uses a newer codebook"),
        "code-line-groups": QCoreApplication.translate(
            "Reasons", "the line has {got} groups where {expected} are expected: a group may be missing, or two may"
                       " run together; read the line back to the sender"),
        "code-line-time": QCoreApplication.translate(
            "Reasons", "{value} is not a date and time written YYMMDDhhmmZ (for example 2611241830Z); check that"
                       " group"),
        "code-line-group": QCoreApplication.translate(
            "Reasons", "a group starting {expected} was expected, not {value}; check that group"),
        "code-line-unknown": QCoreApplication.translate(
            "Reasons", "the group {value} is not in the codebook; check it against what was read out"),
        "code-line-id": QCoreApplication.translate(
            "Reasons", "the last group before the check character (the message's reference) has {limit}"
                       " characters; check it"),
        # a contact card read from a picture of its QR code
        "qr-none": QCoreApplication.translate(
            "Reasons", "no QR code was found in the picture; take a sharper, closer photo of the whole code"),
        "qr-foreign": QCoreApplication.translate(
            "Reasons", "the QR code is not a Siaga contact card"),
        "image-unreadable": QCoreApplication.translate(
            "Reasons", "the file is not a picture this program can open (use PNG or JPEG)"),
        "expired": QCoreApplication.translate("Reasons", "expired {when}"),
        "from-the-future": QCoreApplication.translate("Reasons", "made in the future (check this computer's clock)"),
        "unknown-sender": QCoreApplication.translate("Reasons", "from a station that is not in this directory"),
        "sender-revoked": QCoreApplication.translate("Reasons", "from a peer whose keys were revoked"),
        "not-stix": QCoreApplication.translate("Reasons", "not a STIX bundle"),
        "incident-incomplete": QCoreApplication.translate("Reasons", "incident {id} lacks a name or created time"),
        "no-incidents": QCoreApplication.translate(
            "Reasons", "it holds no incident, grouping, report, indicator or sighting objects"),
        "control-character": QCoreApplication.translate(
            "Reasons", "contains control characters or text-direction marks ({char})"),
        "card-text": QCoreApplication.translate("Reasons", "{field} {problem}"),
        "expected-text": QCoreApplication.translate("Reasons", "expected text"),
        "expected-object": QCoreApplication.translate("Reasons", "expected an object"),
        "expected-list": QCoreApplication.translate("Reasons", "expected a list"),
        "not-a-time": QCoreApplication.translate("Reasons", "{value} is not a STIX timestamp"),
        "not-storable": QCoreApplication.translate("Reasons", "holds a number or text that JSON cannot keep exactly"),
        "stix-object": QCoreApplication.translate("Reasons", "{where} {field}: {problem}"),
        "export-time": QCoreApplication.translate(
            "Reasons", "report {id} has {value}, not a date and time; leave it out of the export"),
        # sightings ("we see this too")
        "sight-a-report": QCoreApplication.translate("Reasons", "only a report can be sighted"),
        "not-in-report": QCoreApplication.translate(
            "Reasons", "the report holds no indicator {value}; choose among its indicators"),
        "own-incident-sighting": QCoreApplication.translate(
            "Reasons", "this incident is this station's own: a sighting tells another station that its incident"
            " was seen here too"),
        "incident-root-missing": QCoreApplication.translate(
            "Reasons", "the first report of this incident has not arrived yet: send the sighting for the report"
            " itself, without the incident"),
        "stix-refused": QCoreApplication.translate(
            "Reasons", "no incident it can take; {count} object(s) refused, first {first}"),
        # the people on a card, communication checks, the partner scorecard
        "unknown-fields": QCoreApplication.translate("Reasons", "unknown field(s): {fields}"),
        "expected-bool": QCoreApplication.translate("Reasons", "expected true or false"),
        "contact-role": QCoreApplication.translate("Reasons", "unknown role {value} (one of: {choices})"),
        "contact-phone": QCoreApplication.translate(
            "Reasons", "{value} is not a phone number (use digits, spaces and + ( ) - .)"),
        "contact-email": QCoreApplication.translate("Reasons", "{value} is not an e-mail address"),
        "contact-tz": QCoreApplication.translate(
            "Reasons", "{value} is not a time zone (such as Asia/Jakarta or UTC+07:00)"),
        "contact-hours-tz": QCoreApplication.translate("Reasons", "working hours need their time zone"),
        "contact-reach": QCoreApplication.translate("Reasons", "give a phone number or an e-mail address"),
        "too-many-contacts": QCoreApplication.translate("Reasons", "more than {limit} contacts"),
        "contacts-forged": QCoreApplication.translate(
            "Reasons", "the contacts were changed after the card was signed (ask the station for its card again)"),
        "card-contacts": QCoreApplication.translate("Reasons", "contacts: {problem}"),
        "check-taxii": QCoreApplication.translate("Reasons", "a TAXII collection has no desk to answer a check"),
        "check-revoked": QCoreApplication.translate("Reasons", "this peer revoked its keys; it cannot be checked"),
        "not-a-check": QCoreApplication.translate("Reasons", "that message is not a communication check"),
        "check-answered": QCoreApplication.translate("Reasons", "this check was already answered by {by}"),
        "check-no-author": QCoreApplication.translate(
            "Reasons", "the station that sent this check is no longer a peer"),
        "no-scorecard": QCoreApplication.translate("Reasons", "a TAXII collection has no scorecard"),
        "peer-unknown-station": QCoreApplication.translate(
            "Reasons", "the peer does not know this station yet: give them this station's contact card"),
        "peer-refused": QCoreApplication.translate("Reasons", "the peer refused the messages (HTTP {status}): {detail}"),
        "peer-failed": QCoreApplication.translate(
            "Reasons", "the peer's endpoint failed (HTTP {status}); it will be tried again later"),
        "connection-refused": QCoreApplication.translate(
            "Reasons", "connection refused at {url}: is the peer's Siaga running? It will be tried again"),
        "no-answer": QCoreApplication.translate(
            "Reasons", "no answer from {url} in time: the link may be slow or down; it will be tried again"),
        "unreachable": QCoreApplication.translate(
            "Reasons", "cannot reach {url} ({detail}): check this computer's network; it will be tried again"),
        "ack-gone": QCoreApplication.translate("Reasons", "it is no longer in the inbox"),
        "ack-external": QCoreApplication.translate(
            "Reasons", "a report read from a partner's file has no Siaga author to acknowledge to"),
        "ack-no-author": QCoreApplication.translate(
            "Reasons", "its author is no longer a peer, so it cannot be acknowledged"),
        "ack-refused": QCoreApplication.translate(
            "Reasons", "{message}: {problem}. Nothing was acknowledged; leave it out of the selection and try again"),
    }


def _fields() -> dict[str, str]:
    return {
        "type": QCoreApplication.translate("Fields", "Message type"),
        "code": QCoreApplication.translate("Fields", "Incident code"),
        "observed_at": QCoreApplication.translate("Fields", "First observed"),
        "indicators": QCoreApplication.translate("Fields", "Indicators"),
        "summary": QCoreApplication.translate("Fields", "Summary"),
        "narrative": QCoreApplication.translate("Fields", "Narrative"),
        "scope": QCoreApplication.translate("Fields", "Scope"),
        "tlp": QCoreApplication.translate("Fields", "TLP"),
        "pap": QCoreApplication.translate("Fields", "PAP"),
        "countries": QCoreApplication.translate("Fields", "Countries"),
        "recipients": QCoreApplication.translate("Fields", "Recipients"),
        "to": QCoreApplication.translate("Fields", "Recipients"),
        "review": QCoreApplication.translate("Fields", "Review"),
        "name": QCoreApplication.translate("Fields", "Station name"),
        "org": QCoreApplication.translate("Fields", "Organisation"),
        "country": QCoreApplication.translate("Fields", "Country"),
        "url": QCoreApplication.translate("Fields", "Endpoint URL"),
    }


def _param(value: object) -> object:
    if isinstance(value, Reason):
        return reason_text(value)
    if isinstance(value, (list, tuple)) and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return "; ".join(f"{name} ({_param(why)})" for name, why in value)  # (peer, reason) pairs
    return value


def _place_names(codes: str) -> str:
    """Country and group codes ("BL, MY") by their names in the interface's language."""
    from ..protocol import codebook
    from .i18n import current_language
    book, lang = codebook.current(), current_language()
    names = []
    for code in (c.strip() for c in codes.split(",") if c.strip()):
        kind = next((k for k in ("countries", "groups") if book.has(k, code)), None)
        names.append(book.label(kind, code, lang) if kind else code)
    return ", ".join(names)


def reason_text(reason: str) -> str:
    """``reason`` in the interface's language when it is a :class:`Reason`; any other text as it is."""
    code = reason.code if isinstance(reason, Reason) else None
    params = dict(reason.params) if isinstance(reason, Reason) else {}
    if code in ("no-peer", "no-peer-verified") and params.get("countries") and params.get("scope") != "global":
        code, params["countries"] = f"{code}-in", _place_names(str(params["countries"]))
    template = _reasons().get(code) if code else None
    if template is None:
        return str(reason)
    try:
        return template.format(**{name: _param(value) for name, value in params.items()})
    except (KeyError, IndexError):  # a translation naming a parameter the core does not give
        log.warning("reason %r could not be worded; shown as the core gave it", reason.code)
        return str(reason)


def _detail(exc: SiagaError) -> str:
    detail = exc.params.get("detail")
    if not isinstance(detail, Reason) or detail.code not in _reasons():
        return exc.message()
    field = exc.params.get("field")
    if exc.code != "invalid-field" or not isinstance(field, str):
        return reason_text(detail)
    return f"{_fields().get(field, field)}: {reason_text(detail)}"


def describe(exc: BaseException) -> str:
    """One translated sentence for a failure."""
    if isinstance(exc, SiagaError):
        sentences = _sentences()
        template = sentences.get(exc.code, sentences["error"])
        if exc.code == "wrong-passphrase":
            return template
        return template.format(detail=_detail(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: {detail}").format(detail=exc.strerror or str(exc))
    log.error("unexpected failure", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something went wrong that Siaga did not expect. Nothing was lost; the details are in the log.")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal message box with the sentence for ``exc``."""
    box = message_box(QMessageBox.Icon.Warning, title, describe(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()
