"""The regional picture in the app's words: "seen by 3 countries", warning-list marks, and "Seen here too".

GUI-free facts come from the core (``station.correlation``, ``station.warning_lists``,
``Station.report_context``, ``Station.sight``); this module only words and shows them:
the rows the report's details add, the line the form's review adds, the marks beside
indicators in the form, and the dialog that sends a sighting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .plain import PlainLabel, visible


def category_text(category: str) -> str:
    """What a warning list says of an indicator, for an officer."""
    return {
        "documentation": QCoreApplication.translate(
            "Correlation", "an address or name kept for documentation and examples, not a real attacker"),
        "private": QCoreApplication.translate(
            "Correlation", "a private or reserved address that does not reach the internet"),
        "resolver": QCoreApplication.translate("Correlation", "a public DNS resolver"),
        "popular": QCoreApplication.translate("Correlation", "one of the most visited websites"),
        "cloud": QCoreApplication.translate("Correlation", "an address or domain of a large provider"),
        "known-file": QCoreApplication.translate("Correlation", "a known harmless file"),
        "scanner": QCoreApplication.translate("Correlation", "a known research scanner"),
    }.get(category, QCoreApplication.translate("Correlation", "a value known not to be malicious"))


def warning_sentence(category: str, list_name: str) -> str:
    return QCoreApplication.translate(
        "Correlation", "Check this is really the attacker's: it is {what} (MISP warning list: {name})").format(
        what=category_text(category), name=visible(list_name))


def countries_text(countries: list[str]) -> str:
    return ", ".join(visible(c[4:] if c.startswith("ext:") else c) for c in countries)


def seen_sentence(seen: dict) -> str:
    """``Seen in 2 other report(s) from MY, SG`` for the matches of one report (``Matches.to_dict()``)."""
    return QCoreApplication.translate("Correlation", "Seen in {count} other report(s) from {countries}").format(
        count=seen["count"], countries=countries_text(seen["countries"]))


def context_rows(context: dict | None, indicators: list[dict]) -> list[tuple[str, str]]:
    """The (heading, value) rows a received report's details add (``Station.report_context``)."""
    if not context:
        return []
    rows = []
    seen = context.get("seen")
    if seen:
        ties = ", ".join(visible(t["label"]) for t in seen["ties"][:5])
        rows.append((QCoreApplication.translate("Correlation", "Seen elsewhere"), QCoreApplication.translate(
            "Correlation", "{sentence} within {days} days; tied by: {ties}").format(
            sentence=seen_sentence(seen), days=context.get("window_days", 7), ties=ties)))
    for item, warnings in zip(indicators, context.get("warnings") or []):
        if warnings:
            sentence = warning_sentence(warnings[0]["category"], warnings[0]["list"])
            rows.append((QCoreApplication.translate("Correlation", "Warning list"),
                         f"{visible(item.get('value', ''))}: {sentence}"))
    if context.get("sightings"):
        rows.append((QCoreApplication.translate("Correlation", "Sightings"), QCoreApplication.translate(
            "Correlation", "{count} partner(s) said they saw it too").format(count=context["sightings"])))
    return rows


class SightingDialog(QDialog):
    """Which of a report's indicators were seen here, and how many times: "Seen here too".

    With ``incident`` (the report belongs to another station's incident of several reports:
    ``{"root", "reports", "indicators"}``), a box makes it a sighting of the whole incident,
    offering the indicators of all its reports.
    """

    def __init__(self, indicators: list[dict], parent: QWidget | None = None, incident: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sightingDialog")
        self.setWindowTitle(self.tr("Seen here too"))
        self._indicators = {False: indicators, True: (incident or {}).get("indicators") or []}
        intro = PlainLabel(self.tr("Tell the author that this was seen here too. Tick the indicators seen here"
                                   " (none ticked: the whole report)."))
        intro.setWordWrap(True)
        self.whole_incident = QCheckBox(self.tr("About the &whole incident ({count} reports: the first"
                                                " and its updates)").format(count=(incident or {}).get("reports", 0)))
        self.whole_incident.setObjectName("sightingWholeIncident")
        self.whole_incident.setAccessibleName(self.tr("A sighting of the whole incident"))
        self.whole_incident.setVisible(incident is not None)
        self.whole_incident.toggled.connect(self._fill)
        self.list = QListWidget()
        self.list.setObjectName("sightingIndicators")
        self.list.setAccessibleName(self.tr("Indicators seen here"))
        self._fill(False)
        self.count = QSpinBox()
        self.count.setObjectName("sightingCount")
        self.count.setRange(1, 1_000_000)
        self.count.setAccessibleName(self.tr("How many times"))
        form = QFormLayout()
        count_label = PlainLabel(self.tr("How many &times:"))
        count_label.setBuddy(self.count)
        form.addRow(count_label, self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.whole_incident)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, incident: bool) -> None:
        self.list.clear()
        for item in self._indicators[bool(incident)]:
            row = QListWidgetItem(visible(f"{item['type']}  {item['value']}"))
            row.setData(Qt.ItemDataRole.UserRole, item["value"])
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)

    def incident(self) -> bool:
        """Whether the sighting is of the whole incident."""
        return not self.whole_incident.isHidden() and self.whole_incident.isChecked()

    def chosen(self) -> list[str]:
        """The values of the ticked indicators (all of them when every one is ticked: an empty list)."""
        items = [self.list.item(i) for i in range(self.list.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return [] if len(ticked) == len(items) else ticked
