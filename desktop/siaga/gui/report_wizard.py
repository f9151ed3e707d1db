"""The guided report form as a wizard: four pages over :class:`~siaga.report_form.ReportForm`.

Every rule (suggested codes and their reasons, indicator checks, the severity
proposal, who the report reaches, what is built for signing) lives in the core
form; the pages only show it and pass the officer's answers back. Field errors
from the core mark their field and list the reason (one per field) once the officer has
answered that field or pressed Next; Next then stays on the page. A page never opens red. Each
change restarts a short timer after which :attr:`ReportWizard.draftChanged`
carries the draft for the caller to save (encrypted) and restore later.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QDateTime, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..base.errors import SiagaError
from ..protocol.message import IMPACT_KINDS
from ..station.report_form import FieldError, ReportForm
from ..station.report_templates import templates, usable
from . import reading
from .accessible import WIZARD_BUTTONS, name_wizard_buttons
from .clock_choice import add_clock_choice
from .colours import paint, tone_text
from .correlation_view import seen_sentence, warning_sentence
from .errors import describe, reason_text
from .mnemonics import give_mnemonics, taken_letters
from .plain import PlainLabel, PlainWizard, tip, visible
from .report_text import ReportBrowser
from .update_changes import changes_text

log = logging.getLogger("siaga.gui.report")

CODE_ROLE = Qt.ItemDataRole.UserRole
#: item data for "no code" entries (PySide6 mishandles None stored as item data)
NO_CODE = ""
AUTOSAVE_MS = 500
#: the wizard's one size, the same on every page; fits a 1280x720 screen with its frame and taskbar
WIZARD_SIZE = QSize(960, 640)


class OneTabDateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves at once (its parts are stepped with the arrow keys)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


def _escape(text: str) -> str:
    """A codebook label as widget text with no accidental mnemonic."""
    return text.replace("&", "&&")


def _chain(*widgets: QWidget) -> None:
    """Tab order through ``widgets`` in the order given."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def _labelled(layout: QFormLayout, text: str, field: QWidget) -> PlainLabel:
    label = PlainLabel(text)
    label.setBuddy(field)
    layout.addRow(label, field)
    return label


def _select_data(combo: QComboBox, data: object) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(NO_CODE if data is None else data)))
    combo.blockSignals(False)


class _FormPage(QWizardPage):
    """A page of one step of the form: marks the fields the core finds wrong and blocks Next."""

    step = ""

    def __init__(self, form: ReportForm, lang: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self.form = form
        self.lang = lang
        self._changed = changed
        self.fields: dict[str, QWidget] = {}  # core field name -> the widget that shows it
        self.problems = PlainLabel()
        self.problems.setObjectName(f"{self.step}Problems")
        self.problems.setWordWrap(True)
        paint(self.problems, "error")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.touched: set[str] = set()  # the fields the officer answered on this page
        self.attempted = False  # Next was pressed: every problem of the page is shown

    def changed(self, *fields: str) -> None:
        """The officer changed an answer: show the consequences and schedule an autosave."""
        self.touched.update(fields)
        self.refresh()
        self._changed()

    def shown_errors(self) -> list[FieldError]:
        """The problems worth showing now: of the fields answered (all after Next), one per field."""
        out: dict[str, FieldError] = {}
        for error in self.errors():
            if self.attempted or error.field in self.touched:
                out.setdefault(error.field, error)
        return list(out.values())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Next: go on when the page is complete, else show every problem and go to the first field."""
        if not self.errors():
            return True
        self.attempted = True
        self.refresh()
        first = next((self.fields[e.field] for e in self.errors() if e.field in self.fields), None)
        if first is not None:
            first.setFocus()
        return False

    def refresh(self) -> None:
        errors = self.shown_errors()
        by_field: dict[str, list[FieldError]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error)
        border = tone_text("error", self.palette().color(QPalette.ColorRole.Window)).name()
        for name, widget in self.fields.items():
            reasons = "\n".join(describe(e.error) for e in by_field.get(name, []))
            widget.setProperty("invalid", bool(reasons))
            widget.setStyleSheet(f"#{widget.objectName()} {{ border: 2px solid {border}; }}" if reasons else "")
            widget.setToolTip(tip(reasons))
            widget.setAccessibleDescription(reasons)
        self.problems.setText("\n".join(dict.fromkeys(describe(e.error) for e in errors)))
        self.completeChanged.emit()

    def errors(self) -> list[FieldError]:
        return self.form.errors(self.step)


class ObservePage(_FormPage):
    """What the officer saw: searchable observations, ranked codes with their reasons, the message type."""

    step = "observe"

    def __init__(self, form: ReportForm, lang: str, changed: Callable[[], None]) -> None:
        super().__init__(form, lang, changed)
        self.setTitle(self.tr("What did you observe?"))
        self.setSubTitle(self.tr("Tick everything that fits. Siaga suggests the incident code."))
        self._filling = False
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.setAccessibleName(self.tr("Start from a template"))
        self.template.addItem(self.tr("(none: start empty)"), NO_CODE)
        for choice in templates():
            if usable(choice, form.book):
                self.template.addItem(f"{choice.label(lang)} — {choice.description(lang)}", choice.code)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(30)
        self.template.view().setMinimumWidth(self.template.view().sizeHintForColumn(0) + 24)
        _select_data(self.template, form.template)
        self.message_type = QComboBox()
        self.message_type.setObjectName("messageType")
        self.message_type.setAccessibleName(self.tr("Message type"))
        for choice in form.type_choices(lang):
            self.message_type.addItem(choice.label, choice.code)
            self.message_type.setItemData(self.message_type.count() - 1, tip(choice.description),
                                          Qt.ItemDataRole.ToolTipRole)
        _select_data(self.message_type, form.type)
        self.message_type.setProperty("helpTopic", "message_types")
        self._type_descriptions = {c.code: c.description for c in form.type_choices(lang)}
        self.type_note = PlainLabel()
        self.type_note.setObjectName("typeDescription")
        self.type_note.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("observationSearch")
        self.search.setAccessibleName(self.tr("Search observations"))
        self.search.setPlaceholderText(self.tr("Type a word, e.g. ransom, password, website"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("observations")
        self.tree.setAccessibleName(self.tr("Observations"))
        self.tree.setHeaderHidden(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, tuple[QTreeWidgetItem, str]] = {}  # group code -> (its item, its label)
        for group in form.observation_groups(lang):
            top = QTreeWidgetItem(self.tree, [group.label])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setData(0, CODE_ROLE, NO_CODE)
            self._groups[group.code] = (top, group.label)
            for obs in group.observations:
                item = QTreeWidgetItem(top, [obs.label])
                item.setData(0, CODE_ROLE, obs.code)
                item.setToolTip(0, tip(obs.help))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if obs.checked else Qt.CheckState.Unchecked)
                self._items[obs.code] = item
        self.tree.expandAll()
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(self.tr("Suggested incident codes"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setMaximumHeight(7 * self.suggestions.fontMetrics().lineSpacing())  # the tree gets the room
        self.other_code = QComboBox()
        self.other_code.setObjectName("otherCode")
        self.other_code.setAccessibleName(self.tr("Another incident code"))
        self.other_code.addItem(self.tr("(the selected suggestion)"), NO_CODE)
        for choice in form.classification_choices(lang):
            self.other_code.addItem(choice.label, choice.code)
        self.chosen = PlainLabel()
        self.chosen.setObjectName("chosenCode")
        self.chosen.setWordWrap(True)

        layout = QFormLayout(self)
        template_label = _labelled(layout, self.tr("Start from a te&mplate:"), self.template)
        if form.in_reply_to:  # an update continues its incident: no fresh start
            template_label.hide()
            self.template.hide()
        _labelled(layout, self.tr("&Search:"), self.search)
        _labelled(layout, self.tr("What you &observed:"), self.tree)
        _labelled(layout, self.tr("Su&ggested codes:"), self.suggestions)
        _labelled(layout, self.tr("Or pick &another code:"), self.other_code)
        layout.addRow(self.chosen)
        _labelled(layout, self.tr("Message &type:"), self.message_type)
        layout.addRow(self.type_note)
        layout.addRow(self.problems)
        _chain(self.template, self.search, self.tree, self.suggestions, self.other_code, self.message_type)
        self.fields = {"type": self.message_type, "code": self.suggestions}

        self.message_type.currentIndexChanged.connect(self._type_chosen)
        self.template.activated.connect(self._template_chosen)
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(self._ticked)
        self.suggestions.currentItemChanged.connect(self._suggestion_chosen)
        self.other_code.activated.connect(self._other_chosen)
        self._show_suggestions()
        self._show_type()
        self._show_group_counts()
        self.suggestions.setProperty("helpTopic", "classifications")
        self.other_code.setProperty("helpTopic", "classifications")
        self.refresh()

    def _show_type(self) -> None:
        self.type_note.setText(self._type_descriptions.get(self.form.type, ""))

    def _type_chosen(self) -> None:
        self.form.type = self.message_type.currentData()
        self._show_type()
        self.changed("type")

    def _template_chosen(self) -> None:
        """Start from a template: its observations ticked, its summary and indicator lines where still empty."""
        code = self.template.currentData()
        self.form.apply_template(next((t for t in templates() if t.code == code), None), self.lang)
        self.tree.blockSignals(True)
        for obs, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if obs in self.form.observations else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._show_suggestions()
        self._show_group_counts()
        self.changed("code")

    def _show_group_counts(self) -> None:
        """Each category says how many of its observations are ticked (seen even when it is folded)."""
        for group in self.form.observation_groups(self.lang):
            top, label = self._groups[group.code]
            ticked = sum(o.checked for o in group.observations)
            top.setText(0, self.tr("{group} ({count} ticked)").format(group=label, count=ticked) if ticked else label)

    def _filter(self, text: str) -> None:
        shown = {o.code for g in self.form.observation_groups(self.lang, text) for o in g.observations}
        for code, item in self._items.items():
            item.setHidden(code not in shown)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top.setHidden(all(top.child(j).isHidden() for j in range(top.childCount())))

    def _ticked(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CODE_ROLE)
        if code == NO_CODE:
            return
        self.form.toggle_observation(code, item.checkState(0) == Qt.CheckState.Checked)
        self._show_suggestions()
        self.tree.blockSignals(True)
        self._show_group_counts()
        self.tree.blockSignals(False)
        self.changed("code")

    def _show_suggestions(self) -> None:
        self._filling = True
        self.suggestions.clear()
        for ranked in self.form.suggestions(self.lang):
            because = self.tr("because: {reasons}").format(reasons=" + ".join(ranked.reasons))
            item = QListWidgetItem(f"{ranked.label}  ({ranked.score:.0%})\n{because}")
            item.setData(CODE_ROLE, ranked.code)
            self.suggestions.addItem(item)
            if ranked.code == self.form.code:
                self.suggestions.setCurrentItem(item)
        _select_data(self.other_code, self.form.code if self.form.code_picked else None)
        self._filling = False
        self._show_chosen()

    def _show_chosen(self) -> None:
        code = self.form.code
        self.chosen.setText(self.tr("Incident code: {label} ({code})").format(
            label=self.form.book.label("classifications", code, self.lang), code=code) if code else "")

    def _suggestion_chosen(self, item: QListWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        self.form.pick_code(item.data(CODE_ROLE))
        _select_data(self.other_code, item.data(CODE_ROLE))
        self._show_chosen()
        self.changed("code")

    def _other_chosen(self) -> None:
        self.form.pick_code(self.other_code.currentData() or None)
        self._show_suggestions()
        self.changed("code")


class DetailsPage(_FormPage):
    """When, where, how bad, the indicators, a summary and the story."""

    step = "details"

    def __init__(self, form: ReportForm, lang: str, changed: Callable[[], None]) -> None:
        super().__init__(form, lang, changed)
        self.setTitle(self.tr("Details"))
        self.setSubTitle(self.tr("Only the summary is required; add what you know."))
        self.observed_at = OneTabDateTimeEdit()
        self.observed_at.setObjectName("observedAt")
        self.observed_at.setAccessibleName(self.tr("When it was observed, local time"))
        self.observed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.observed_at.setCalendarPopup(True)
        if form.observed_at is not None:
            self.observed_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(form.observed_at.timestamp())))
        self.observed_utc = PlainLabel()
        self.observed_utc.setObjectName("observedUtc")
        self.sectors = QListWidget()
        self.sectors.setObjectName("sectors")
        self.sectors.setAccessibleName(self.tr("Sectors affected"))
        for choice in form.choices("sectors", lang):
            item = QListWidgetItem(choice.label)
            item.setData(CODE_ROLE, choice.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.code in form.sectors else Qt.CheckState.Unchecked)
            self.sectors.addItem(item)
        self.impact: dict[str, QComboBox] = {}
        names = {"functional": self.tr("Functional impact"), "information": self.tr("Information impact"),
                 "recoverability": self.tr("Recoverability")}
        for key, kind in IMPACT_KINDS.items():
            combo = QComboBox()
            combo.setObjectName(f"impact_{key}")
            combo.setAccessibleName(names[key])
            combo.addItem("", NO_CODE)  # "not known" or what the observations imply; worded in _show_impact
            for choice in form.choices(kind, lang):
                combo.addItem(choice.label, choice.code)
            combo.activated.connect(lambda _index, key=key: self._impact_chosen(key))
            self.impact[key] = combo
        self.indicators = QPlainTextEdit(form.indicators_text)
        self.indicators.setObjectName("indicators")
        self.indicators.setAccessibleName(self.tr("Indicators, one per line"))
        self.indicators.setPlaceholderText(self.tr("203.0.113.7\nsha256 9f86d081884c7d65...\nhxxp://bad[.]example/x"))
        self.indicators.setTabChangesFocus(True)
        self.indicator_notes = QListWidget()
        self.indicator_notes.setObjectName("indicatorNotes")
        self.indicator_notes.setAccessibleName(self.tr("Notes on the indicator lines"))
        self.indicator_notes.setMaximumHeight(5 * self.indicator_notes.fontMetrics().lineSpacing())
        self.summary = QLineEdit(form.summary)
        self.summary.setObjectName("summary")
        self.summary.setAccessibleName(self.tr("Summary, one line"))
        self.narrative = QPlainTextEdit(form.narrative)
        self.narrative.setObjectName("narrative")
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.narrative.setTabChangesFocus(True)

        layout = QFormLayout(self)
        _labelled(layout, self.tr("Su&mmary (one line):"), self.summary)  # what happened, in a line, first
        when = QHBoxLayout()
        when.addWidget(self.observed_at)
        when.addWidget(self.observed_utc, 1)
        label = PlainLabel(self.tr("&When observed (your time):"))
        label.setBuddy(self.observed_at)
        layout.addRow(label, when)
        _labelled(layout, self.tr("Sectors a&ffected:"), self.sectors)
        for key, combo in self.impact.items():  # the codebook's plain questions, in the interface's language
            _labelled(layout, form.book.impact_question(key, lang) or names[key], combo)
        _labelled(layout, self.tr("&Indicators (type value, or just the value):"), self.indicators)
        layout.addRow(self.indicator_notes)
        _labelled(layout, self.tr("Na&rrative:"), self.narrative)
        layout.addRow(self.problems)
        _chain(self.summary, self.observed_at, self.sectors, *self.impact.values(), self.indicators,
               self.indicator_notes, self.narrative)
        self.fields = {"observed_at": self.observed_at, "indicators": self.indicators, "summary": self.summary,
                       "narrative": self.narrative}

        self.observed_at.dateTimeChanged.connect(self._time_changed)
        self.sectors.itemChanged.connect(self._sector_ticked)
        self.indicators.textChanged.connect(self._indicators_changed)
        self.summary.textChanged.connect(self._summary_changed)
        self.narrative.textChanged.connect(self._narrative_changed)
        self._show_time()
        self._show_impact()
        self._show_indicator_notes()
        # a draft opened again shows what still needs fixing in what was written
        self.touched.update(name for name, value in (("indicators", form.indicators_text), ("summary", form.summary),
                                                     ("narrative", form.narrative)) if value)
        self.refresh()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show_impact()  # the observations may have changed on the page before
        # a template on the page before may have filled the summary and the indicator lines
        if self.summary.text() != self.form.summary:
            self.summary.blockSignals(True)
            self.summary.setText(self.form.summary)
            self.summary.blockSignals(False)
        if self.indicators.toPlainText() != self.form.indicators_text:
            self.indicators.blockSignals(True)
            self.indicators.setPlainText(self.form.indicators_text)
            self.indicators.blockSignals(False)
        self._show_indicator_notes()
        self.refresh()

    def _show_impact(self) -> None:
        implied = self.form.impact_from_observations
        for key, combo in self.impact.items():
            kind = IMPACT_KINDS[key]
            combo.setItemText(0, self.tr("As observed: {label}").format(
                label=self.form.book.label(kind, implied[key], self.lang)) if key in implied else self.tr("Not assessed"))
            picked = self.form.impact.get(key) if key not in implied or self.form.impact[key] != implied[key] else None
            _select_data(combo, picked)

    def _impact_chosen(self, key: str) -> None:
        self.form.set_impact(key, self.impact[key].currentData() or None)
        self.changed()

    def _time_changed(self, moment: QDateTime) -> None:
        self.form.observed_at = datetime.fromtimestamp(moment.toSecsSinceEpoch(), timezone.utc)
        self._show_time()
        self.changed("observed_at")

    def _show_time(self) -> None:
        when = self.form.observed_at
        self.observed_utc.setText(self.tr("{time} UTC").format(time=when.strftime("%Y-%m-%d %H:%M")) if when else "")

    def _sector_ticked(self, item: QListWidgetItem) -> None:
        self.form.toggle_sector(item.data(CODE_ROLE), item.checkState() == Qt.CheckState.Checked)
        self.changed()

    def _indicators_changed(self) -> None:
        self.form.indicators_text = self.indicators.toPlainText()
        self._show_indicator_notes()
        self.changed("indicators")

    def _show_indicator_notes(self) -> None:
        self.indicator_notes.clear()
        error = tone_text("error", self.indicator_notes.palette().color(QPalette.ColorRole.Base))
        for line in self.form.indicator_lines():
            if line.problem:
                item = QListWidgetItem(self.tr("Line {line}: {problem}").format(line=line.line,
                                                                               problem=visible(
                                                                                   reason_text(line.problem))))
                item.setForeground(error)
            elif line.empty:
                item = QListWidgetItem(self.tr("Line {line}: add the {kind} after the type, or delete the line"
                                               " (it is not sent without a value)").format(line=line.line,
                                                                                         kind=line.kind))
            elif line.guessed:
                item = QListWidgetItem(self.tr("Line {line}: read as {kind}").format(line=line.line, kind=line.kind))
            else:
                continue
            self.indicator_notes.addItem(item)
        warn = tone_text("unverified", self.indicator_notes.palette().color(QPalette.ColorRole.Base))
        for number, warnings in self.form.indicator_warnings():  # never a refusal: a mark beside the line
            item = QListWidgetItem(self.tr("Line {line}: {warning}").format(
                line=number, warning=warning_sentence(warnings[0].category, warnings[0].list_name)))
            item.setForeground(warn)
            self.indicator_notes.addItem(item)
        self.indicator_notes.setVisible(self.indicator_notes.count() > 0)  # no empty box

    def _summary_changed(self, text: str) -> None:
        self.form.summary = text
        self.changed("summary")

    def _narrative_changed(self) -> None:
        self.form.narrative = self.narrative.toPlainText()
        self.changed("narrative")


class HandlingPage(_FormPage):
    """How bad, how it may be shared and used, and who gets it."""

    step = "handling"

    def __init__(self, form: ReportForm, lang: str, changed: Callable[[], None]) -> None:
        super().__init__(form, lang, changed)
        self.setTitle(self.tr("Handling"))
        self.setSubTitle(self.tr("Check the proposed severity, the sharing labels and who receives the report."))
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        self.severity.setAccessibleName(self.tr("Severity"))
        self.severity.setProperty("helpTopic", "severity")
        self._descriptions: dict[str, dict] = {"severity": {}, "tlp": {}, "pap": {}}
        for choice in form.choices("severity", lang):
            self.severity.addItem(f"{choice.code} {choice.label}", choice.code)
            self._descriptions["severity"][choice.code] = choice.description
        self.severity_note = PlainLabel()
        self.severity_note.setObjectName("severityDescription")
        self.severity_note.setWordWrap(True)
        self.tlp = self._label_combo("tlp", self.tr("Sharing label (TLP)"))
        self.tlp_note = PlainLabel()
        self.tlp_note.setObjectName("tlpDescription")
        self.pap = self._label_combo("pap", self.tr("Permitted actions label (PAP)"))
        self.pap_note = PlainLabel()
        self.pap_note.setObjectName("papDescription")
        self.scope_box = QGroupBox(self.tr("Sco&pe"))
        self.scope_box.setObjectName("scope")
        self.scope_box.setAccessibleName(self.tr("Scope"))
        self.scope_box.setProperty("helpTopic", "scope")
        self.scope_set_by_officer = form.scope is not None
        self._following = False
        self.scopes = QButtonGroup(self)
        scope_row = QHBoxLayout(self.scope_box)
        self._scope_buttons: dict[str, QRadioButton] = {}
        for choice in form.choices("scopes", lang):
            button = QRadioButton(_escape(choice.label))
            button.setObjectName(f"scope_{choice.code}")
            button.setAccessibleName(choice.label)
            button.setToolTip(tip(choice.description))
            button.setChecked(form.scope == choice.code)
            self.scopes.addButton(button)
            scope_row.addWidget(button)
            self._scope_buttons[choice.code] = button
        scope_row.addStretch(1)
        self.place_search = QLineEdit()
        self.place_search.setObjectName("placeSearch")
        self.place_search.setAccessibleName(self.tr("Search countries and groups"))
        self.place_search.setPlaceholderText(self.tr("Type a name or code, e.g. Malaysia, MY, ASEAN"))
        self.place_search.setClearButtonEnabled(True)
        self.places = QListWidget()
        self.places.setObjectName("places")
        self.places.setAccessibleName(self.tr("Countries and groups"))
        self._place_items: dict[str, QListWidgetItem] = {}
        for choice in form.place_choices(lang):
            item = QListWidgetItem(f"{choice.label} ({choice.code})")
            item.setData(CODE_ROLE, choice.code)
            item.setToolTip(tip(choice.description))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.code in form.countries else Qt.CheckState.Unchecked)
            self.places.addItem(item)
            self._place_items[choice.code] = item
        self.recipients = PlainLabel()
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setWordWrap(True)
        self.recipients.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        layout = QFormLayout(self)
        _labelled(layout, self.tr("&Severity:"), self.severity)
        layout.addRow(self.severity_note)
        _labelled(layout, self.tr("&TLP:"), self.tlp)
        layout.addRow(self.tlp_note)
        _labelled(layout, self.tr("P&AP:"), self.pap)
        layout.addRow(self.pap_note)
        layout.addRow(self.scope_box)
        _labelled(layout, self.tr("Fin&d:"), self.place_search)
        _labelled(layout, self.tr("&Countries and groups:"), self.places)
        _labelled(layout, self.tr("Goes to:"), self.recipients)
        layout.addRow(self.problems)
        _chain(self.severity, self.tlp, self.pap, *self._scope_buttons.values(), self.place_search, self.places)
        self.fields = {"severity": self.severity, "tlp": self.tlp, "pap": self.pap, "scope": self.scope_box,
                       "countries": self.places, "recipients": self.recipients}

        self.severity.activated.connect(self._severity_chosen)
        self.tlp.currentIndexChanged.connect(self._tlp_chosen)
        self.pap.currentIndexChanged.connect(self._pap_chosen)
        self.scopes.buttonToggled.connect(self._scope_chosen)
        self.place_search.textChanged.connect(self._filter_places)
        self.places.itemChanged.connect(self._place_ticked)
        self._show_labels()
        self.refresh()

    def _label_combo(self, kind: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(kind)
        combo.setAccessibleName(name)
        for choice in self.form.choices(kind, self.lang):
            combo.addItem(f"{choice.label} — {choice.description}", choice.code)  # the meaning in the list itself
            self._descriptions[kind][choice.code] = choice.description
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.setProperty("helpTopic", kind)
        _select_data(combo, getattr(self.form, kind))
        return combo

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show_labels()  # the proposal follows the answers of the pages before
        self.refresh()

    def _show_labels(self) -> None:
        proposal = self.form.severity_proposal
        for i in range(self.severity.count()):
            level = self.severity.itemData(i)
            text = f"{level} {self.form.book.label('severity', level, self.lang)}"
            self.severity.setItemText(i, self.tr("{level} (proposed)").format(level=text) if level == proposal else text)
        _select_data(self.severity, self.form.severity)
        note = self._descriptions["severity"][self.form.severity]
        if self.form.severity_unanswered and not self.form.severity_picked:
            note = self.tr("Proposed from no answers: nothing you ticked or answered says how bad it is. Answer the"
                           " impact questions on the Details page, or choose the severity here.")
        self.severity_note.setText(note)
        self.tlp_note.setText(self._descriptions["tlp"].get(self.form.tlp, ""))
        self.pap_note.setText(self._descriptions["pap"].get(self.form.pap, ""))

    def refresh(self) -> None:
        super().refresh()
        try:
            peers = self.form.recipients() if self.form.scope else []
        except SiagaError as exc:
            self.recipients.setText(describe(exc))
            return
        self.recipients.setText("\n".join(f"{visible(p.card.name)}, {visible(p.card.org)} "
                                          f"({visible(p.card.country)})" for p in peers)
                                if peers else self.tr("Choose the scope first."))

    def _severity_chosen(self) -> None:
        level = self.severity.currentData()
        self.form.set_severity(None if level == self.form.severity_proposal else level)
        self._show_labels()
        self.changed("severity")

    def _tlp_chosen(self) -> None:
        self.form.tlp = self.tlp.currentData()
        self._show_labels()
        self.changed("tlp", "recipients")

    def _pap_chosen(self) -> None:
        self.form.pap = self.pap.currentData()
        self._show_labels()
        self.changed("pap")

    def _scope_chosen(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.form.scope = next(code for code, b in self._scope_buttons.items() if b is button)
            if not self._following:
                self.scope_set_by_officer = True
            self.changed("scope")

    def _filter_places(self, text: str) -> None:
        """Only the places ``text`` names, best matches first (the exact code, then names starting with it)."""
        ranked = [c.code for c in self.form.place_choices(self.lang, text)]
        for row, code in enumerate(ranked):
            item = self._place_items[code]
            if self.places.row(item) != row:
                self.places.insertItem(row, self.places.takeItem(self.places.row(item)))
        shown = set(ranked)
        for code, item in self._place_items.items():
            item.setHidden(code not in shown)

    def _place_ticked(self, item: QListWidgetItem) -> None:
        self.form.toggle_country(item.data(CODE_ROLE), item.checkState() == Qt.CheckState.Checked)
        implied = self.form.scope_from_countries()
        if not self.scope_set_by_officer and implied and implied != self.form.scope:
            self._following = True
            self._scope_buttons[implied].setChecked(True)  # the scope follows the places until picked
            self._following = False
        self.changed("countries", "recipients")


class ReviewPage(_FormPage):
    """The report exactly as it will be signed, as the receiver reads it, and its code line."""

    step = "review"

    def __init__(self, form: ReportForm, lang: str, changed: Callable[[], None]) -> None:
        super().__init__(form, lang, changed)
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("This is what the receivers will read. Go back to change anything."))
        self.language = QComboBox()
        self.language.setObjectName("reviewLanguage")
        self.language.setAccessibleName(self.tr("Language of the review"))
        # as a partner will read it: any language of the codebook (gui/reading.py)
        reading.fill_languages(self.language, form.book, self.tr("draft translation"))
        _select_data(self.language, lang)
        self.report = ReportBrowser()
        self.report.setObjectName("reviewReport")
        self.report.setAccessibleName(self.tr("The report as the receiver sees it"))
        self.code_line = PlainLabel()
        self.code_line.setObjectName("codeLine")
        self.code_line.setAccessibleName(self.tr("Code line"))
        self.code_line.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_line.setTextFormat(Qt.TextFormat.PlainText)
        self.code_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_line.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, to select and copy
        layout = QVBoxLayout(self)
        form_rows = QFormLayout()
        _labelled(form_rows, self.tr("Show &in:"), self.language)
        layout.addLayout(form_rows)
        report_label = PlainLabel(self.tr("&Report:"))
        report_label.setBuddy(self.report)
        layout.addWidget(report_label)
        layout.addWidget(self.report, 1)
        self.recipients = PlainLabel()
        self.recipients.setObjectName("reviewRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setWordWrap(True)
        layout.addWidget(self.recipients)
        code_label = PlainLabel(self.tr("Code &line (for phone, radio or SMS):"))
        code_label.setBuddy(self.code_line)
        layout.addWidget(code_label)
        layout.addWidget(self.code_line)
        self.changed_since = PlainLabel()
        self.changed_since.setObjectName("changedSince")
        self.changed_since.setWordWrap(True)
        layout.addWidget(self.changed_since)
        # "Seen in 2 reports from MY, SG": filled by the wizard's review_check, on the station's worker
        self.seen = PlainLabel()
        self.seen.setObjectName("reviewSeen")
        self.seen.setWordWrap(True)
        self.seen.setVisible(False)
        layout.addWidget(self.seen)
        layout.addWidget(self.problems)
        _chain(self.language, self.report, self.code_line)
        self.fields = {"review": self.report}
        self.language.currentIndexChanged.connect(self._show)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.attempted = True  # nothing to answer here: what the build finds is said at once
        self.form.build_review()
        self._show()
        self.seen.setVisible(False)
        check = getattr(self.wizard(), "review_check", None)
        if check is not None and self.form.content is not None:
            check(self.form.content, self.show_seen)

    def show_seen(self, seen: dict | None) -> None:
        """The reports held that match the one under review (``Matches.to_dict()``), or None."""
        if seen and seen.get("count"):
            self.seen.setText(self.tr("{sentence}: this may be a shared threat.").format(
                sentence=seen_sentence(seen)))
            self.seen.setVisible(True)
        else:
            self.seen.setVisible(False)

    def _show(self) -> None:
        if self.form.content is None:
            self.report.clear()
            self.code_line.clear()
        else:
            shown_in = self.language.currentData()
            self.report.show_rows(reading.as_read_in(self.form.review_rows(shown_in), self.form.book, shown_in))
            self.code_line.setText(self.form.code_line())
        try:
            names = ", ".join(f"{visible(p.card.name)} ({visible(p.card.country)})" for p in self.form.recipients())
        except SiagaError as exc:
            names = describe(exc)
        self.recipients.setText(self.tr("Goes to: {names}").format(names=names))
        self.changed_since.setText(changes_text(self.form) if self.form.previous is not None else "")
        self.refresh()


class ReportWizard(PlainWizard):
    """Files one report: observe, details, handling, review; Finish ("Sign and queue") hands it over."""

    submitted = Signal(dict, list)  # (content built at review, recipient peer ids): the caller signs and queues
    draftChanged = Signal(str, dict)  # (draft id, draft), a moment after the officer stops typing

    def __init__(self, form: ReportForm, lang: str = "en", draft_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        form.lang = form.lang or lang  # the free text is written in the interface's language unless the draft says
        self.lang = lang
        self.draft_id = draft_id or uuid.uuid4().hex
        # review_check(content, show): asks (on the station's worker) which reports held match the content
        # under review, and calls show(Matches.to_dict() or None); set by the main window
        self.review_check: Callable[[dict, Callable[[dict | None], None]], None] | None = None
        self.setObjectName("reportWizard")
        self.setWindowTitle(self.tr("File a report"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sign and queue"))
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.observe_page = ObservePage(form, lang, self._autosave.start)
        self.details_page = DetailsPage(form, lang, self._autosave.start)
        add_clock_choice(self.details_page, form, lang)  # reporting deadlines, a ransom payment
        self.handling_page = HandlingPage(form, lang, self._autosave.start)
        self.review_page = ReviewPage(form, lang, self._autosave.start)
        for page in (self.observe_page, self.details_page, self.handling_page, self.review_page):
            self.addPage(page)
        name_wizard_buttons(self)
        # the codebook's questions and choices (impact, scope) get Alt letters the page's others leave free
        buttons = taken_letters(self.button(which) for which in WIZARD_BUTTONS)
        for page in (self.observe_page, self.details_page, self.handling_page, self.review_page):
            give_mnemonics(page, buttons)
        self.resize(WIZARD_SIZE)  # one size on every page: each page fits it, none resizes the dialog

    def save_draft(self) -> None:
        """Hand the current answers to whoever saves drafts (also called by the autosave timer)."""
        self._autosave.stop()
        self.draftChanged.emit(self.draft_id, self.form.to_draft())

    def accept(self) -> None:
        try:
            content, recipients = self.form.submission()
        except SiagaError as exc:
            self.review_page.problems.setText(describe(exc))
            return
        log.info("report ready to sign for %d recipient(s)", len(recipients))
        self.submitted.emit(content, [p.id for p in recipients])
        super().accept()
