"""Qt's standard buttons (OK, Cancel, a wizard's Back and Next) worded and named for everyone.

They carry no accessible name of their own: screen readers are given their
visible, translated text without the mnemonic marker. Qt ships no Indonesian
for a wizard's buttons, so Siaga words those itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWizard

WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton)


def spoken(text: str) -> str:
    """A widget's text as a screen reader says it: no "&" marker, no arrows or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip(" <>.…")


def name_buttons(box: QDialogButtonBox) -> None:
    """Every button of ``box`` without an accessible name is named after its text."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(spoken(button.text()))


def name_wizard_buttons(wizard: QWizard) -> None:
    """The wizard's buttons are named after their texts now and on each page (a page may word Commit its own way).

    Call it again after a language change; it follows the pages only once.
    """
    for which, text in ((QWizard.WizardButton.BackButton, QCoreApplication.translate("Wizard", "< &Back")),
                        (QWizard.WizardButton.NextButton, QCoreApplication.translate("Wizard", "&Next >")),
                        (QWizard.WizardButton.CancelButton, QCoreApplication.translate("Wizard", "Cancel"))):
        wizard.setButtonText(which, text)
    for which in WIZARD_BUTTONS:
        button = wizard.button(which)
        button.setAccessibleName(spoken(button.text()))
    if not wizard.property("siagaNamesFollowPages"):
        wizard.setProperty("siagaNamesFollowPages", True)
        wizard.currentIdChanged.connect(lambda _id: name_wizard_buttons(wizard))
