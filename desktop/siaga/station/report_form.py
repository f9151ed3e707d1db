"""The guided report form: what an officer answers, step by step, to file a report.

Four steps, each with its own checks, so a field officer with no CSIRT training
gets from "what did you see" to a signed, queued report in about two minutes:

1. ``observe``: tick plain-language observations; the codebook ranks incident
   codes with the observations behind each; confirm the top one or pick another.
2. ``details``: when, which sectors, the impact, indicators (checked line by
   line), a one-line summary and a narrative.
3. ``handling``: severity (proposed from the impact and from urgent
   observations), TLP and PAP, scope and countries, and who that reaches.
4. ``review``: the content, built once, exactly as it will be signed, shown as
   the receiver will read it, with its code line.

This is plain Python: the desktop wizard only shows it. The state round-trips
through :meth:`ReportForm.to_draft` / :meth:`ReportForm.from_draft` for autosave;
the form's own bookkeeping travels under :data:`UI_KEY`, which
:func:`report_draft` strips to leave a draft ``message.build_report`` accepts.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ..base.encoding import canonical
from ..base.errors import InputError, Reason, SiagaError, UnknownCodeError, ValidationError
from ..base.languages import INTERFACE_LANGUAGES
from ..protocol import codeline, indicators, render
from ..protocol.codebook import Codebook
from ..protocol.incident import changes as incident_changes
from ..protocol.message import (
    CLOCK_SKEW,
    IMPACT_KINDS,
    MAX_INDICATORS,
    MAX_NARRATIVE,
    MAX_SUMMARY,
    REPORT_TYPES,
    StationInfo,
    build_report,
    format_time,
    message_id,
    parse_time,
    utc_now,
)
from . import warning_lists
from .routing import recipients_for

if TYPE_CHECKING:
    from .facade import Peer

log = logging.getLogger("siaga.report_form")

STEPS = ("observe", "details", "handling", "review")
#: key of the form's own state inside a saved draft (not part of a report draft)
UI_KEY = "form"
DEFAULT_TYPE = "early-warning"
DEFAULT_TLP = "TLP:AMBER"
DEFAULT_PAP = "PAP:AMBER"
#: an urgent observation proposes at least this level: an early warning that travels first
URGENT_LEVEL = 4


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of the form, for the view to mark that field."""

    field: str
    error: SiagaError

    @property
    def message(self) -> str:
        return self.error.params.get("detail") or self.error.message()


@dataclass(frozen=True)
class Choice:
    """One code the officer can pick, with its label and one-line meaning in a language."""

    code: Any
    label: str
    description: str = ""


@dataclass(frozen=True)
class Observation:
    code: str
    label: str
    help: str
    urgent: bool
    checked: bool


@dataclass(frozen=True)
class ObservationGroup:
    code: str
    label: str
    observations: tuple[Observation, ...]


@dataclass(frozen=True)
class RankedCode:
    """A suggested incident code and the labels of the observations behind it, strongest first."""

    code: str
    label: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorLine:
    """One non-empty line of the indicators box: its type (given or guessed) and value, or the problem."""

    line: int  # 1-based, counting every line of the box
    text: str
    kind: str | None
    value: str | None  # normalised; None when there is a problem
    guessed: bool
    problem: Reason | None


def parse_indicators(text: str) -> list[IndicatorLine]:
    """Lines ``type value`` or just ``value`` (its type guessed); blank lines are skipped."""
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        given = head.rstrip(":").lower()
        if given in indicators.TYPES and rest.strip():
            kind, value, guessed = given, rest.strip(), False
        else:
            kind, value, guessed = indicators.guess_kind(line), line, True
        if kind is None:
            out.append(IndicatorLine(number, line, None, None, True, Reason(
                "indicator-kind", "cannot tell what kind of indicator this is; start the line with its type "
                f"({', '.join(indicators.TYPES)})", types=", ".join(indicators.TYPES))))
            continue
        try:
            out.append(IndicatorLine(number, line, kind, indicators.normalise(kind, value), guessed, None))
        except indicators.IndicatorError as exc:
            out.append(IndicatorLine(number, line, kind, None, guessed, exc.reason))
    return out


def indicators_text(items: Sequence[dict]) -> str:
    """The indicators box for a list of ``{"type", "value"}``, one per line."""
    return "\n".join(f"{item['type']} {item['value']}" for item in items)


def local_time_text(moment: datetime, tz: tzinfo | None = None) -> str:
    """A time as the officer's clock shows it (``tz``: default the computer's zone), with the offset."""
    local = moment.astimezone(tz)
    return local.strftime("%Y-%m-%d %H:%M (UTC%z)")


def report_draft(draft: dict) -> dict:
    """A saved form draft without the form's own state: what ``message.build_report`` takes."""
    return {k: v for k, v in draft.items() if k != UI_KEY}


def _matches(search: str, texts: Sequence[str]) -> bool:
    words = search.casefold().split()
    haystack = "\n".join(texts).casefold()
    return all(word in haystack for word in words)


def name_key(name: str) -> str:
    """A name as it is sorted: case and accents aside ("Åland" among the A's, not after Z)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def match_rank(search: str, code: str, names: Sequence[str]) -> int | None:
    """How well ``search`` names a coded entry (lower is better), or None when it does not name it.

    0: the code itself ("MY"); 1: the start of a name ("Mal"); 2: the start of a word of a
    name ("Bar" for "St. Barthélemy"); 3: every word of the search somewhere in the code or a
    name. Names are compared with case and accents aside. An empty search matches everything (3).
    """
    text = name_key(" ".join(search.split()))
    if not text:
        return 3
    if text == name_key(code):
        return 0
    folded = [name_key(n) for n in names]
    if any(n.startswith(text) for n in folded):
        return 1
    if any(re.search(r"\b" + re.escape(text), n) for n in folded):
        return 2
    return 3 if _matches(text, [name_key(code), *folded]) else None


def _toggle(codes: list[str], code: str, checked: bool) -> None:
    """Add ``code`` to ``codes`` (once) or take it out."""
    if checked and code not in codes:
        codes.append(code)
    elif not checked and code in codes:
        codes.remove(code)


def _invalid(field: str, detail: Reason, **params: Any) -> FieldError:
    return FieldError(field, ValidationError(detail, field=field, **params))


#: the fields whose change since the latest report the review of an update shows
CHANGE_FIELDS = ("code", "severity", "tlp", "pap", "scope", "countries", "observed_at", "summary", "narrative",
                 "indicators", "sectors", "impact")


class ReportForm:
    """The answers of one report being filed, and the rules that guide them.

    ``peers``: a snapshot of the station's peers (for showing recipients);
    ``clock``: the current UTC time (tests pass a fixed one).
    """

    def __init__(self, book: Codebook, author: StationInfo, peers: Sequence[Peer],
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.book = book
        self.author = author
        self.peers = list(peers)
        self._clock = clock
        self.type = DEFAULT_TYPE
        self.observations: list[str] = []
        self._code: str | None = None  # the officer's pick; None follows the top suggestion
        self._observed_at: datetime | None = clock().astimezone(timezone.utc).replace(second=0, microsecond=0)
        self.sectors: list[str] = []
        self._impact: dict[str, str] = {}  # the officer's answers; the rest comes from observations
        self.indicators_text = ""
        self.summary = ""
        self.narrative = ""
        self.lang = ""  # the language the summary and narrative are written in (the app sets its own)
        self._severity: int | None = None  # the officer's pick; None follows the proposal
        self.tlp = DEFAULT_TLP
        self.pap = DEFAULT_PAP
        self.scope: str | None = None
        self.countries: list[str] = []
        self.to: list[str] = []  # named recipients (peer ids), instead of the scope's reach
        self.in_reply_to: str | None = None
        #: the latest report of the incident this one continues (an update or final report), to show what changed
        self.previous: dict | None = None
        self._built: tuple[dict, dict] | None = None  # (report draft, content) from the review step
        self._build_errors: list[FieldError] = []

    # -- step 1: observe ------------------------------------------------------

    def observation_groups(self, lang: str = "en", search: str = "") -> list[ObservationGroup]:
        """Observations by group in ``lang``; with ``search``, only those whose code, label or help
        (in any language) contain every word of it, ignoring case. Empty groups are left out."""
        out = []
        for group in self.book.entries("observation_groups"):
            items = tuple(
                Observation(o["code"], self.book.label("observations", o["code"], lang),
                            self.book.text("observations", o["code"], "help", lang), bool(o.get("urgent")),
                            o["code"] in self.observations)
                for o in self.book.entries("observations")
                if o["group"] == group["code"] and _matches(
                    search, [o["code"], *o["label"].values(), *o.get("help", {}).values()])
            )
            if items:
                out.append(ObservationGroup(group["code"], self.book.label("observation_groups", group["code"], lang),
                                            items))
        return out

    def toggle_observation(self, code: str, checked: bool) -> None:
        self.book.entry("observations", code)  # unknown codes are refused
        _toggle(self.observations, code, checked)

    def suggestions(self, lang: str = "en", limit: int | None = None) -> list[RankedCode]:
        """Incident codes ranked for the ticked observations, each with its reasons as labels."""
        return [
            RankedCode(s.code, self.book.label("classifications", s.code, lang), s.score,
                       tuple(self.book.label("observations", r, lang) for r in s.reasons))
            for s in self.book.suggest(self.observations, limit=limit)
        ]

    def classification_choices(self, lang: str = "en") -> list[Choice]:
        return [Choice(e["code"], self.book.label("classifications", e["code"], lang), e["description"][lang])
                for e in self.book.entries("classifications")]

    def pick_code(self, code: str | None) -> None:
        """Confirm an incident code (any classification); None follows the top suggestion again."""
        if code is not None:
            self.book.entry("classifications", code)
        self._code = code

    @property
    def code_picked(self) -> bool:
        return self._code is not None

    @property
    def code(self) -> str | None:
        """The officer's pick, or else the top suggestion (None without observations)."""
        if self._code is not None:
            return self._code
        top = self.book.suggest(self.observations, limit=1)
        return top[0].code if top else None

    def type_choices(self, lang: str = "en") -> list[Choice]:
        return [c for c in self.choices("message_types", lang) if c.code in REPORT_TYPES]

    def choices(self, kind: str, lang: str = "en") -> list[Choice]:
        """Every code of a codebook list (sectors, severity, tlp, pap, scopes, impact lists ...) in ``lang``."""
        key = "level" if kind == "severity" else "code"
        return [Choice(e[key], self.book.label(kind, e[key], lang), e.get("description", {}).get(lang, ""))
                for e in self.book.entries(kind)]

    # -- step 2: details ------------------------------------------------------

    @property
    def observed_at(self) -> datetime | None:
        return self._observed_at

    @observed_at.setter
    def observed_at(self, moment: datetime | None) -> None:
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("the time needs a time zone", field="observed_at")
        self._observed_at = None if moment is None else moment.astimezone(timezone.utc).replace(microsecond=0)

    def observed_at_local(self, tz: tzinfo | None = None) -> str:
        return local_time_text(self._observed_at, tz) if self._observed_at else ""

    def toggle_sector(self, code: str, checked: bool) -> None:
        self.book.entry("sectors", code)
        _toggle(self.sectors, code, checked)

    @property
    def impact_from_observations(self) -> dict[str, str]:
        """For each impact question, the gravest answer the ticked observations imply."""
        gravest: dict[str, tuple[int, str]] = {}
        for obs in self.observations:
            for key, code in (self.book.entry("observations", obs).get("impact") or {}).items():
                rank = (self.book.entry(IMPACT_KINDS[key], code)["severity_hint"], code)
                gravest[key] = max(rank, gravest.get(key, rank))
        return {key: code for key, (_, code) in gravest.items()}

    def set_impact(self, key: str, code: str | None) -> None:
        """The officer's answer to one impact question; None goes back to what the observations imply."""
        if key not in IMPACT_KINDS:
            raise ValidationError(f"unknown impact question {key!r}", field="impact")
        if code is None:
            self._impact.pop(key, None)
        else:
            self.book.entry(IMPACT_KINDS[key], code)
            self._impact[key] = code

    @property
    def impact(self) -> dict[str, str]:
        return {**self.impact_from_observations, **self._impact}

    def indicator_lines(self) -> list[IndicatorLine]:
        return parse_indicators(self.indicators_text)

    def indicators(self) -> list[dict]:
        """The valid indicators, normalised, without repeats."""
        out: list[dict] = []
        for line in self.indicator_lines():
            item = {"type": line.kind, "value": line.value}
            if line.problem is None and item not in out:
                out.append(item)
        return out

    def indicator_warnings(self) -> list[tuple[int, list]]:
        """(line, warnings) of each valid indicator on a MISP warning list (:mod:`warning_lists`); nothing
        until the lists are open (the app opens them on its worker, so the form never waits)."""
        if not warning_lists.is_ready():
            return []
        out = []
        for line in self.indicator_lines():
            if line.problem is None and line.kind and line.value:
                found = warning_lists.check(line.kind, line.value)
                if found:
                    out.append((line.line, found))
        return out

    # -- step 3: handling -----------------------------------------------------

    @property
    def urgent(self) -> bool:
        return self.book.is_urgent_observation(self.observations)

    @property
    def severity_proposal(self) -> int:
        """The level the impact answers suggest, at least :data:`URGENT_LEVEL` after an urgent observation."""
        level = self.book.severity_hint(**self.impact)
        return max(level, URGENT_LEVEL) if self.urgent else level

    @property
    def severity_unanswered(self) -> bool:
        """Whether the proposal rests on nothing: no impact answered or implied and nothing urgent ticked.

        A level proposed from no answers is not a judgement; the form says so and asks.
        """
        return not self.impact and not self.urgent

    def set_severity(self, level: int | None) -> None:
        """The officer's level; None follows the proposal again."""
        if level is not None:
            self.book.entry("severity", level)
        self._severity = level

    @property
    def severity_picked(self) -> bool:
        return self._severity is not None

    @property
    def severity(self) -> int:
        return self._severity if self._severity is not None else self.severity_proposal

    def place_choices(self, lang: str = "en", search: str = "") -> list[Choice]:
        """Groups (such as ASEAN) and countries matching ``search`` by code or name in any language.

        Best matches first (:func:`match_rank`: the exact code, then names starting with the
        search); among equals, groups (in the codebook's order) before countries (sorted by
        their names in ``lang``).
        """
        ranked = []
        for order, kind in enumerate(("groups", "countries")):
            for index, e in enumerate(self.book.entries(kind)):
                names = [self.book.label(kind, e["code"], other) for other in INTERFACE_LANGUAGES]
                rank = match_rank(search, e["code"], names)
                if rank is not None:
                    label = self.book.label(kind, e["code"], lang)
                    ranked.append(((rank, order, name_key(label) if kind == "countries" else f"{index:06d}"),
                                   Choice(e["code"], label, ", ".join(e.get("members", [])))))
        return [choice for _, choice in sorted(ranked, key=lambda item: item[0])]

    def toggle_country(self, code: str, checked: bool) -> None:
        if not (self.book.has("countries", code) or self.book.has("groups", code)):
            raise UnknownCodeError(kind="country or group", value=code)
        _toggle(self.countries, code, checked)

    def scope_from_countries(self) -> str | None:
        """The scope the ticked places imply: one country is bilateral, more (or a group) regional."""
        if not self.countries:
            return None
        if len(self.countries) == 1 and self.book.has("countries", self.countries[0]):
            return "bilateral"
        return "regional"

    def recipients(self) -> list[Peer]:
        """The peers this report reaches (the same rule the station applies when queueing).

        Raises NoRecipients or ValidationError with the reason there are none.
        """
        fields = {"tlp": self.tlp, "scope": self.scope, "countries": list(self.countries)}
        return recipients_for(self.book, self.peers, fields, self.to or None)

    # -- checks ---------------------------------------------------------------

    def errors(self, step: str) -> list[FieldError]:
        """What stops the officer from going past ``step`` (one of :data:`STEPS`)."""
        if step == "observe":
            return self._observe_errors()
        if step == "details":
            return self._details_errors()
        if step == "handling":
            return self._handling_errors()
        if step == "review":
            if self.content is not None:
                return []
            if self._build_errors:
                return list(self._build_errors)
            return [_invalid("review", Reason("not-built", "the report has not been built for review")
                             if self._built is None else
                             Reason("changed", "the answers changed since the report was built for review"))]
        raise ValidationError(f"unknown step {step!r} (one of: {', '.join(STEPS)})", field="step")

    def can_advance(self, step: str) -> bool:
        return not self.errors(step)

    def _observe_errors(self) -> list[FieldError]:
        errors = []
        if self.type not in REPORT_TYPES:
            types = ", ".join(REPORT_TYPES)
            errors.append(_invalid("type", Reason("not-report-type", f"not a report type (one of: {types})",
                                                  types=types)))
        if self.code is None:
            errors.append(_invalid("code", Reason("no-code", "tick what you observed, or pick an incident code")))
        return errors

    def _details_errors(self) -> list[FieldError]:
        errors = []
        if self._observed_at is None:
            errors.append(_invalid("observed_at", Reason("required", "is required")))
        elif self._observed_at > self._clock() + CLOCK_SKEW:
            errors.append(_invalid("observed_at", Reason("in-future", "lies in the future")))
        lines = self.indicator_lines()
        for line in lines:
            if line.problem:
                errors.append(_invalid("indicators", Reason("indicator-line", f"line {line.line}: {line.problem}",
                                                            line=line.line, problem=line.problem),
                                       line=line.line, value=line.text))
        if len(lines) > MAX_INDICATORS:
            errors.append(_invalid("indicators", Reason("too-many", f"more than {MAX_INDICATORS} indicators",
                                                        limit=MAX_INDICATORS)))
        summary = self.summary.strip()
        if not summary:
            errors.append(_invalid("summary", Reason("required", "is required")))
        elif "\n" in summary or "\r" in summary:
            errors.append(_invalid("summary", Reason("one-line", "must be one line")))
        elif len(summary) > MAX_SUMMARY:
            errors.append(_invalid("summary", Reason("too-long", f"longer than {MAX_SUMMARY} characters",
                                                     limit=MAX_SUMMARY), length=len(summary)))
        if len(self.narrative.strip("\n\r ")) > MAX_NARRATIVE:
            errors.append(_invalid("narrative", Reason("too-long", f"longer than {MAX_NARRATIVE} characters",
                                                       limit=MAX_NARRATIVE)))
        return errors

    def _handling_errors(self) -> list[FieldError]:
        if self.scope is None:
            return [_invalid("scope", Reason("no-scope",
                                             "choose who should hear about it: bilateral, regional or global"))]
        if not self.book.has("scopes", self.scope):
            return [_invalid("scope", Reason("unknown-code", f"unknown scope {self.scope!r}", value=self.scope))]
        errors = [_invalid(kind, Reason("unknown-code", f"unknown label {value!r}", value=value))
                  for kind, value in (("tlp", self.tlp), ("pap", self.pap)) if not self.book.has(kind, value)]
        if self.scope == "bilateral" and (len(self.countries) != 1 or not self.book.has("countries",
                                                                                        self.countries[0])):
            errors.append(_invalid("countries", Reason("bilateral-country",
                                                       "a bilateral report names one partner country")))
        if self.scope == "regional" and not self.countries:
            errors.append(_invalid("countries", Reason("regional-countries",
                                                       "a regional report names the region or its countries")))
        if not errors:
            try:
                self.recipients()
            except InputError as exc:
                errors.append(FieldError("recipients", exc))
        return errors

    # -- step 4: review -------------------------------------------------------

    def build_review(self) -> list[FieldError]:
        """Build the content once, exactly as it will be signed; return what stops that (if anything)."""
        draft = report_draft(self.to_draft())
        self._built = None
        self._build_errors = []
        try:
            content = build_report(draft, self.author, self.book, now=self._clock())
        except InputError as exc:
            field = str(exc.params.get("field", "draft")).split("[")[0].split(".")[0]
            self._build_errors = [FieldError(field, exc)]
            return self._build_errors
        self._built = (draft, content)
        log.debug("report built for review")
        return []

    @property
    def content(self) -> dict | None:
        """The content built at review, or None if the answers changed since."""
        if self._built is None or self._built[0] != report_draft(self.to_draft()):
            return None
        return self._built[1]

    def _reviewed(self) -> dict:
        content = self.content
        if content is None:
            raise ValidationError("the report has not been reviewed in its final form", field="review")
        return content

    @property
    def message_id(self) -> str:
        return message_id(canonical(self._reviewed()))

    def review_rows(self, lang: str = "en") -> list[tuple[str, str]]:
        return render.report_lines(self._reviewed(), self.book, lang)

    def code_line(self) -> str:
        return codeline.encode(self._reviewed(), self.message_id, self.book)

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for each coded or written field the reviewed report changes since the latest
        report of its incident (nothing for a first report)."""
        if self.previous is None or self.content is None:
            return []
        return incident_changes(self.previous, self.content, CHANGE_FIELDS)

    def submission(self) -> tuple[dict, list[Peer]]:
        """The reviewed content and the peers it goes to, for the caller to sign and queue."""
        content = self._reviewed()
        return content, recipients_for(self.book, self.peers, content, self.to or None)

    # -- saving and restoring -------------------------------------------------

    def to_draft(self) -> dict:
        """Every answer: a report draft plus the form's own state under :data:`UI_KEY`."""
        draft: dict[str, Any] = {
            "type": self.type,
            "observations": list(self.observations),
            "severity": self.severity,
            "tlp": self.tlp,
            "pap": self.pap,
            "countries": list(self.countries),
            "summary": self.summary,
            "narrative": self.narrative,
            "indicators": self.indicators(),
            "sectors": list(self.sectors),
            "impact": self.impact,
        }
        optional = {"code": self.code, "scope": self.scope, "to": list(self.to), "in_reply_to": self.in_reply_to,
                    "lang": self.lang,
                    "observed_at": format_time(self._observed_at) if self._observed_at else None}
        draft.update({k: v for k, v in optional.items() if v})
        draft[UI_KEY] = {
            "code_picked": self.code_picked,
            "severity_picked": self.severity_picked,
            "impact_picked": sorted(self._impact),
            "indicators_text": self.indicators_text,
        }
        return draft

    @classmethod
    def from_draft(cls, draft: dict, book: Codebook, author: StationInfo, peers: Sequence[Peer],
                   clock: Callable[[], datetime] = utc_now) -> "ReportForm":
        """A form holding a saved draft's answers (a plain report draft works too: what it gives counts
        as the officer's choice). Raises ValidationError naming a malformed field."""
        if not isinstance(draft, dict):
            raise ValidationError("expected an object", field="draft")
        ui = draft.get(UI_KEY) or {}
        plain = UI_KEY not in draft
        form = cls(book, author, peers, clock)
        form.type = _text(draft, "type", DEFAULT_TYPE)
        for i, code in enumerate(_codes(draft, "observations")):
            if not book.has("observations", code):
                raise ValidationError(f"unknown code {code!r}", field=f"observations[{i}]")
            form.toggle_observation(code, True)
        if draft.get("code") and (plain or ui.get("code_picked")):
            form.pick_code(_text(draft, "code", ""))
        form._observed_at = parse_time(draft["observed_at"], "observed_at") if draft.get("observed_at") else None
        form.sectors = _codes(draft, "sectors")
        impact = draft.get("impact") or {}
        if not isinstance(impact, dict):
            raise ValidationError("expected an object", field="impact")
        for key in (impact if plain else ui.get("impact_picked", [])):
            if impact.get(key):
                form.set_impact(key, impact[key])
        if "indicators_text" in ui:
            form.indicators_text = _text(ui, "indicators_text", "")
        else:
            items = draft.get("indicators") or []
            if not isinstance(items, list) or not all(isinstance(i, dict) and {"type", "value"} <= set(i)
                                                      for i in items):
                raise ValidationError("expected a list of {type, value}", field="indicators")
            form.indicators_text = indicators_text(items)
        form.summary = _text(draft, "summary", "")
        form.narrative = _text(draft, "narrative", "")
        form.lang = _text(draft, "lang", "")
        if "severity" in draft and (plain or ui.get("severity_picked")):
            form.set_severity(draft["severity"])
        form.tlp = _text(draft, "tlp", DEFAULT_TLP)
        form.pap = _text(draft, "pap", DEFAULT_PAP)
        form.scope = draft.get("scope") or None
        form.countries = _codes(draft, "countries")
        form.to = _codes(draft, "to")
        form.in_reply_to = draft.get("in_reply_to") or None
        return form


def _text(draft: dict, key: str, default: str) -> str:
    value = draft.get(key, default)
    if not isinstance(value, str):
        raise ValidationError("expected text", field=key)
    return value


def _codes(draft: dict, key: str) -> list[str]:
    value = draft.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("expected a list of codes", field=key)
    return list(dict.fromkeys(value))
