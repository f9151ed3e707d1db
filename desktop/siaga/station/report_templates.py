"""Report templates: a head start on the common incidents (phishing, ransomware, defacement, DDoS).

A template is data (``resources/templates/report_templates.json``, with its labels in
every interface language): the observations it ticks, a one-line summary to edit, and
the kinds of indicator such an incident typically leaves (the form writes one line per
kind, for the officer to complete or delete). The guided form offers them on its first
page; ``siaga report template show`` prints the same as a draft that
``siaga report new --from`` accepts.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Sequence

from ..base.errors import CodebookError, ValidationError
from ..base.languages import INTERFACE_LANGUAGES
from ..base.resources import resource_path
from ..protocol import indicators
from ..protocol.codebook import Codebook
from ..protocol.message import utc_now
from .report_form import ReportForm, report_draft

FORMAT = "siaga-report-templates"


@dataclass(frozen=True)
class ReportTemplate:
    code: str
    labels: dict[str, str]
    descriptions: dict[str, str]
    observations: tuple[str, ...]
    summaries: dict[str, str]
    indicator_types: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions["en"]

    def summary(self, lang: str = "en") -> str:
        return self.summaries.get(lang) or self.summaries["en"]

    def indicator_lines(self) -> str:
        """The indicators box a template starts with: one ``type`` line per typical kind, to complete."""
        return "\n".join(f"{kind} " for kind in self.indicator_types)


def _texts(entry: dict, key: str, where: str) -> dict[str, str]:
    texts = entry.get(key)
    if not isinstance(texts, dict) or set(texts) != set(INTERFACE_LANGUAGES) or not all(
            isinstance(t, str) and t.strip() for t in texts.values()):
        raise CodebookError(f"{key} needs a text in each of {', '.join(INTERFACE_LANGUAGES)}", where=where)
    return dict(texts)


def parse_templates(data: Any, source: str) -> tuple[ReportTemplate, ...]:
    """Templates from their file's JSON; raises CodebookError naming what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("templates"), list):
        raise CodebookError(f"not a {FORMAT} file", where=source)
    out: list[ReportTemplate] = []
    for i, entry in enumerate(data["templates"]):
        where = f"{source}: templates[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str) or not entry["code"]:
            raise CodebookError("a template needs a code", where=where)
        observations = entry.get("observations")
        kinds = entry.get("indicators", [])
        if not isinstance(observations, list) or not observations or not all(isinstance(o, str) for o in observations):
            raise CodebookError("a template ticks at least one observation", where=where)
        if not isinstance(kinds, list) or not all(k in indicators.TYPES for k in kinds):
            raise CodebookError(f"indicators are types among {', '.join(indicators.TYPES)}", where=where)
        if any(t.code == entry["code"] for t in out):
            raise CodebookError(f"template {entry['code']!r} appears twice", where=where)
        out.append(ReportTemplate(entry["code"], _texts(entry, "label", where), _texts(entry, "description", where),
                                  tuple(observations), _texts(entry, "summary", where), tuple(kinds)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def templates() -> tuple[ReportTemplate, ...]:
    """Every template shipped with Siaga, in the file's order."""
    path = resource_path("templates", "report_templates.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CodebookError(str(exc), where=path.name) from None
    return parse_templates(data, path.name)


def template(code: str) -> ReportTemplate:
    """One template by its code (``phishing``); raises ValidationError naming the ones there are."""
    found = next((t for t in templates() if t.code == (code or "").strip().lower()), None)
    if found is None:
        raise ValidationError(f"unknown template {code!r} (one of: {', '.join(t.code for t in templates())})",
                              field="template")
    return found


def usable(template: ReportTemplate, book: Codebook) -> bool:
    """Whether every observation the template ticks is in ``book`` (a template never ticks an unknown code)."""
    return all(book.has("observations", code) for code in template.observations)


def template_draft(template: ReportTemplate, book: Codebook, lang: str = "en", countries: Sequence[str] = (),
                   clock: Callable[[], datetime] = utc_now) -> dict:
    """A report draft started from ``template``, as ``siaga report new --from`` takes it.

    The guided form's rules fill it: the top suggested code, the impact and severity the
    observations imply, the scope the ``countries`` imply (global without any), observed now.
    The typical indicators are not in it (a draft holds only real values): the command line
    lists them beside the template.
    """
    form = ReportForm(book, None, [], clock)  # type: ignore[arg-type] - no author: nothing is built or signed
    form.apply_template(template, lang)
    for code in countries:
        form.toggle_country(code.strip().upper(), True)  # country and group codes are upper case (MY, ASEAN)
    form.scope = form.scope_from_countries() or "global"
    return report_draft(form.to_draft())
