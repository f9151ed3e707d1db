"""How a peer's link stands after a sync pass, typed: up, refusing, unreachable, or failing.

A peer that *refuses* answered and said no (HTTP 4xx: it does not know this
station yet, the request was refused); a peer that is *unreachable* never
answered (connection refused, no route, a name that does not resolve, a
timeout). The two call for different actions: the first for a word with the
peer's desk (exchange contact cards), the second for patience or a network
check. A peer *failing* answered with an error of its own (HTTP 5xx, receipts
that do not check out, a certificate that does not match its pin).

Each error of a delivery is a :class:`Reason` (an English str with a stable
code): :func:`link_of` reads the state from its code, and the desktop app words
the code in the interface's language.
"""

from __future__ import annotations

from ..base.errors import Reason

UP, REFUSED, UNREACHABLE, FAILING = "up", "refused", "unreachable", "failing"

#: reason codes of a peer that answered and refused
REFUSED_CODES = frozenset({"peer-unknown-station", "peer-refused"})
#: reason codes of a peer that did not answer at all
UNREACHABLE_CODES = frozenset({"connection-refused", "no-answer", "unreachable"})

#: what a low-level connection error says, and the reason code it is
_CONNECTION_MARKERS = (
    ("connection refused", "connection-refused"),
    ("timed out", "no-answer"),
    ("name or service not known", "unreachable"),
    ("temporary failure in name resolution", "unreachable"),
    ("no route to host", "unreachable"),
    ("network is unreachable", "unreachable"),
)


def link_of(error: str) -> str:
    """The link state an error of a delivery means ("" or no error: :data:`UP`)."""
    if not error:
        return UP
    code = getattr(error, "code", "")
    if code in REFUSED_CODES:
        return REFUSED
    if code in UNREACHABLE_CODES:
        return UNREACHABLE
    return FAILING


def not_connected(url: str, short: str) -> Reason:
    """No connection to ``url``: ``short`` is the system's words, shortened ("connection refused")."""
    lowered = short.lower()
    code = next((code for marker, code in _CONNECTION_MARKERS if marker in lowered), "unreachable")
    return Reason(code, f"cannot connect to {url}: {short}", url=url, detail=short)


def no_answer(text: str, url: str) -> Reason:
    """A request that got no (complete) answer in time; ``text`` says how long was waited."""
    return Reason("no-answer", text, url=url)


def http_refusal(status: int, reason: str, detail: str) -> Reason:
    """A peer that answered HTTP ``status`` with error ``reason`` and ``detail`` (its words, shortened)."""
    if reason == "unknown-sender":
        return Reason("peer-unknown-station",
                      "the peer does not know this station yet: give them this station's contact card")
    if status >= 500:
        return Reason("peer-failed", f"the peer's endpoint failed (HTTP {status}){': ' + detail if detail else ''}",
                      status=status, detail=detail)
    return Reason("peer-refused", f"refused by the peer (HTTP {status} {reason}): {detail}",
                  status=status, reason=reason, detail=detail)


def error_fields(error: str) -> dict:
    """A delivery's error as it is kept with the delivery: its English words, and for a typed one its code and
    parameters (``reason``), so the app can word it in the interface's language later."""
    fields: dict = {"error": str(error)}
    code = getattr(error, "code", "")
    if code:
        fields["reason"] = {"code": code, "params": {k: v for k, v in getattr(error, "params", {}).items()
                                                     if isinstance(v, (str, int, float))}}
    return fields


def stored_reason(detail: dict) -> str:
    """The error kept with a delivery (:func:`error_fields`) as a :class:`Reason` again when it was typed."""
    error = str(detail.get("error", ""))
    reason = detail.get("reason")
    if isinstance(reason, dict) and isinstance(reason.get("code"), str) and isinstance(reason.get("params"), dict):
        params = {str(k): v for k, v in reason["params"].items()}
        params.pop("code", None)
        params.pop("text", None)
        code = reason["code"]  # a code the core gave when the error happened
        return Reason(code, error, **params)
    return error
