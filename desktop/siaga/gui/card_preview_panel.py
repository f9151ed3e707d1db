"""A peer's contact card shown before it is added: name, organisation, country, fingerprint and people.

The panel only shows a :class:`~siaga.station.card_preview.CardPreview` read on the
worker; the add-peer dialog keeps its *Add* button off until one is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from ..protocol.codebook import Codebook
from ..station.card_preview import CardPreview
from .fingerprint_label import FingerprintLabel
from .plain import PlainLabel, visible


class CardPreviewPanel(QGroupBox):
    """What the chosen card says (all of it text from outside: shown plain)."""

    def __init__(self, book: Codebook, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPreview")
        self.setTitle(self.tr("What the card says"))
        self._book, self._lang = book, lang
        self.name, self.org, self.country, self.contacts, self.note = (PlainLabel() for _ in range(5))
        self.fingerprint = FingerprintLabel()
        self.fingerprint.setAccessibleName(self.tr("The peer's fingerprint digits"))
        for label in (self.name, self.org, self.contacts, self.note):
            label.setWordWrap(True)
        self.name.setObjectName("previewName")
        self.org.setObjectName("previewOrg")
        self.country.setObjectName("previewCountry")
        self.contacts.setObjectName("previewContacts")
        self.note.setObjectName("previewNote")
        form = QFormLayout(self)
        form.addRow(PlainLabel(self.tr("Name:")), self.name)
        form.addRow(PlainLabel(self.tr("Organisation:")), self.org)
        form.addRow(PlainLabel(self.tr("Country:")), self.country)
        form.addRow(PlainLabel(self.tr("Fingerprint:")), self.fingerprint)
        self.contacts_label = PlainLabel(self.tr("People to call:"))
        form.addRow(self.contacts_label, self.contacts)
        form.addRow(self.note)
        self.setMinimumWidth(60 * self.fontMetrics().averageCharWidth())  # wrapped lines need a width to wrap in
        self.preview: CardPreview | None = None
        self.clear(self.tr("Reading the card..."))

    def clear(self, why: str = "") -> None:
        """No card shown (``why`` says what is happening or what went wrong)."""
        self.preview = None
        for label in (self.name, self.org, self.country, self.contacts):
            label.setText("")
        self.fingerprint.set_digits("")
        self.contacts_label.hide()
        self.contacts.hide()
        self.note.setText(why)

    def _role(self, role: str) -> str:
        return {"technical": self.tr("Technical"), "diplomatic": self.tr("Diplomatic"),
                "management": self.tr("Management")}.get(role, visible(role))

    def show_preview(self, preview: CardPreview) -> None:
        self.preview = preview
        self.name.setText(visible(preview.name))
        self.org.setText(visible(preview.org))
        country = (self._book.label("countries", preview.country, self._lang)
                   if self._book.has("countries", preview.country) else preview.country)
        self.country.setText(visible(country))
        self.fingerprint.set_digits(preview.fingerprint)
        people = [self.tr("{role}: {name}, {reach} {hours}").format(
            role=self._role(c.role), name=visible(c.name),
            reach=visible(", ".join(x for x in (c.phone, c.email) if x)),
            hours=self.tr("24/7") if c.always else visible(" ".join(x for x in (c.hours, c.tz) if x))).rstrip()
            for c in preview.contacts]
        self.contacts.setText("\n".join(people))
        self.contacts_label.setVisible(bool(people))
        self.contacts.setVisible(bool(people))
        self.note.setText(self.tr("This peer is already in your directory: adding the card again updates it.")
                          if preview.known_as else self.tr(
                              "Nothing is saved until you press Add. Then compare these digits with the peer "
                              "by phone, and choose Verify."))
