"""Typed errors of the core.

Every failure a user can meet is one of these classes. Each carries a stable
``code`` and the ``params`` that describe it, so that the command line can print
the English sentence (``str(error)``) and the desktop app can look the code up
and show a translated sentence instead. Where the detail is a :class:`Reason`,
the app words the detail too. Nothing here is a traceback for users.
"""

from __future__ import annotations

from typing import Any


class Reason(str):
    """An English phrase that also says what it means, by a stable ``code`` and its ``params``.

    It is a ``str``: the command line prints it, the log records it, and code that
    compares or joins phrases keeps working. The desktop app looks the code up and
    words it in the interface's language (``params`` hold names and codes, which stay
    as they are). Every code in use is listed in the desktop app's table of reasons.
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> "Reason":
        reason = super().__new__(cls, text)
        reason.code = code
        reason.params = params
        return reason

    def __reduce__(self):  # copies and pickles keep the code
        return (_reason, (self.code, str(self), self.params))


def _reason(code: str, text: str, params: dict[str, Any]) -> Reason:
    return Reason(code, text, **params)


class SiagaError(Exception):
    """Base of every error the core raises on purpose."""

    #: process exit status the command line uses for this error
    exit_code = 1
    #: stable identifier, used by the GUI to pick a translated sentence
    code = "error"
    #: English sentence; ``str.format`` fields come from ``params``
    template = "{detail}"

    def __init__(self, detail: str = "", **params: object) -> None:
        self.params = {"detail": detail, **params}
        super().__init__(self.message())

    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):  # a template bug must never hide the error
            return f"{self.code}: {self.params}"


class InputError(SiagaError):
    """The user's input (a file, a field, a command argument) is wrong."""

    exit_code = 2
    code = "input"


class CodebookError(SiagaError):
    """The codebook file is missing or malformed; names the bad entry."""

    code = "codebook"
    template = "codebook {where}: {detail}"


class UnknownCodeError(InputError):
    code = "unknown-code"
    template = "unknown {kind} code {value!r}"


class ValidationError(InputError):
    """A message or draft field is invalid."""

    code = "invalid-field"
    template = "{field}: {detail}"


class DecodeError(InputError):
    """Bytes received or typed in could not be decoded into a trusted message."""

    code = "decode"
    template = "cannot decode {what}: {detail}"


class CodeLineError(InputError):
    code = "code-line"
    template = "code line: {detail}"


class WrongPassphrase(InputError):
    code = "wrong-passphrase"
    template = "wrong passphrase: the station was not unlocked"


class NotInitialised(InputError):
    code = "not-initialised"
    template = "no station in {home}: run 'siaga init' first"


class AlreadyInitialised(InputError):
    code = "already-initialised"
    template = "a station already exists in {home}"


class NotFound(InputError):
    code = "not-found"
    template = "no {kind} with id {value!r}"


class NoRecipients(InputError):
    code = "no-recipients"
    template = "no recipients: {detail}"


class StorageError(SiagaError):
    """The station's files could not be read or written (disk full, read-only, corrupt)."""

    code = "storage"
    template = "storage problem at {path}: {detail}"
