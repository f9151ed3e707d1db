"""Failures in words: every reason the core gives is worded by the app, in English and Indonesian."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import siaga
from siaga.base.errors import Reason, StorageError, ValidationError
from siaga.gui.errors import _reasons, describe, reason_text
from siaga.gui.i18n import install_language
from siaga.protocol import indicators
from siaga.protocol.handling import HandlingError
from siaga.station.report_form import parse_indicators

CORE = Path(siaga.__file__).parent
#: the calls that make a reason: Reason(code, text, **params) and IndicatorError(code, text, **params)
REASON_MAKERS = {"Reason", "IndicatorError"}


def core_reasons() -> dict[str, set[str]]:
    """Each reason code written in the core's source, with the parameters given with it."""
    found: dict[str, set[str]] = {}
    for path in (p for p in CORE.rglob("*.py") if "gui" not in p.relative_to(CORE).parts):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                    in REASON_MAKERS):
                continue
            code = node.args[0]
            if isinstance(code, ast.Name) and code.id == "code":
                continue  # a helper passing on its caller's code
            codes = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]  # a literal, or one of two
            assert all(isinstance(c, ast.Constant) for c in codes), f"{path.name}:{node.lineno}: code not literal"
            given = {kw.arg for kw in node.keywords}
            for c in codes:
                found[c.value] = found.get(c.value, given) & given
    return found


@pytest.fixture
def indonesian(qapp):
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


def test_every_reason_of_the_core_is_worded_with_the_parameters_it_comes_with():
    reasons, worded = core_reasons(), _reasons()
    assert len(reasons) > 40
    assert set(reasons) - set(worded) == set(), "reasons the app cannot word"
    for code, params in reasons.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(worded[code]) if name}
        assert fields <= params, f"{code}: the wording needs {fields - params}"


def test_a_form_error_reads_in_english_then_in_indonesian(qapp):
    exc = ValidationError(Reason("too-long", "longer than 280 characters", limit=280), field="summary")
    assert describe(exc) == "Please check this field: Summary: longer than 280 characters"
    install_language(qapp, "id")
    try:
        text = describe(exc)
    finally:
        install_language(qapp, "en")
    assert "Ringkasan: lebih dari 280 karakter" in text and "longer" not in text


def test_an_indicator_problem_and_a_forward_refusal_in_indonesian(indonesian):
    line = parse_indicators("sha256 9f86d0")[0]
    assert isinstance(line.problem, Reason) and line.problem.code == "hash-length"
    assert reason_text(line.problem) == "hash sha256 terdiri dari 64 karakter heksadesimal"
    nested = Reason("indicator-line", f"line 1: {line.problem}", line=1, problem=line.problem)
    assert reason_text(nested) == "baris 1: hash sha256 terdiri dari 64 karakter heksadesimal"
    refused = HandlingError(Reason("not-forwarded", "not forwarded: kl (the author already has it)",
                                   refused=[("kl", Reason("author-has-it", "the author already has it"))]))
    assert "kl (penulisnya sudah memilikinya)" in describe(refused)


def test_a_plain_detail_or_an_unknown_reason_stays_as_the_core_gave_it():
    assert reason_text("written by hand") == "written by hand"
    assert reason_text(Reason("no-such-reason", "something new")) == "something new"
    assert describe(StorageError("disk full", path="/x")).endswith("storage problem at /x: disk full")


def test_indicator_errors_are_value_errors_with_a_reason():
    with pytest.raises(ValueError) as raised:
        indicators.normalise("ipv4-addr", "203.0.113.5/24")
    assert raised.value.reason.code == "ip-host-bits"
    with pytest.raises(indicators.IndicatorError) as raised:
        indicators.normalise("ipv4-addr", "203.0.113.300")
    assert raised.value.reason.code == "ip-invalid" and "203.0.113.300" in str(raised.value)


def test_a_file_that_cannot_be_read_says_why_in_indonesian(indonesian):
    from siaga.base.errors import DecodeError
    from siaga.protocol.card import read_card
    with pytest.raises(DecodeError) as raised:
        read_card(b"PK\x03\x04 a zip file, not a card")
    assert describe(raised.value) == (
        "Data ini tidak dapat dibaca, atau telah diubah dalam perjalanan: bukan JSON yang sah")
