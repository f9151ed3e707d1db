"""What an update changes since the latest report of its incident, in words for the review page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .plain import visible


def _field(name: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "code": translate("Changes", "Incident type"),
        "severity": translate("Changes", "Severity"),
        "tlp": translate("Changes", "Sharing (TLP)"),
        "pap": translate("Changes", "Actions allowed (PAP)"),
        "scope": translate("Changes", "Who hears about it"),
        "countries": translate("Changes", "Countries"),
        "observed_at": translate("Changes", "Seen at"),
        "summary": translate("Changes", "Summary"),
        "narrative": translate("Changes", "What happened"),
        "indicators": translate("Changes", "Indicators"),
        "sectors": translate("Changes", "Sectors"),
        "impact": translate("Changes", "Impact"),
    }
    return names.get(name, name)


def _value(name: str, value: Any) -> str:
    if name == "narrative":
        return QCoreApplication.translate("Changes", "%n character(s)", "", len(value or ""))
    if name == "indicators":
        return QCoreApplication.translate("Changes", "%n indicator(s)", "", len(value or []))
    if value in (None, "", [], {}):
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    text = str(value)
    return visible(text if len(text) <= 60 else text[:57] + "...")


def changes_text(form) -> str:
    """One line per changed field ("Severity: 4 → 5"), or a sentence saying nothing changed yet."""
    changed = form.changes()
    if not changed:
        return QCoreApplication.translate("Changes", "Nothing has changed since the last report yet.")
    lines = [f"{_field(name)}: {_value(name, before)} \u2192 {_value(name, after)}" for name, before, after in changed]
    return QCoreApplication.translate("Changes", "Changed since the last report:") + "\n" + "\n".join(lines)
