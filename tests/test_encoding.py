"""Canonical JSON: the fast path writes exactly what the RFC 8785 reference writes."""

from __future__ import annotations

import json

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from siaga.encoding import canonical

SAFE = 2**53 - 1
keys = st.text(alphabet=st.characters(max_codepoint=127), max_size=8)
scalars = (st.none() | st.booleans() | st.integers(-SAFE, SAFE)
           | st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20))
plain = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
                     max_leaves=25)


@settings(max_examples=400, database=None, derandomize=True)
@given(plain)
def test_plain_values_are_written_as_the_reference_writes_them(value):
    assert canonical(value) == rfc8785.dumps(value)


def test_control_characters_and_non_ascii_text_match_the_reference():
    value = {"z": "\x00\x07\b\t\n\x0b\f\r\x1f\x7f \"\\ / é 中 😀 \u2028", "a": [True, None, -SAFE, SAFE], "é": 1}
    assert canonical(value) == rfc8785.dumps(value)


def test_what_the_fast_path_cannot_write_goes_to_the_reference():
    for value in ({"big": SAFE + 1}, {"f": 1.5}, {"k": "\ud800"}):
        try:
            expected = rfc8785.dumps(value)
        except Exception as exc:  # the reference refuses it: so must we, the same way
            try:
                canonical(value)
            except type(exc):
                continue
            raise AssertionError(f"{value!r} was accepted") from None
        assert canonical(value) == expected
    assert json.loads(canonical({"f": 1.5})) == {"f": 1.5}


# -- JSON a person wrote: read strictly ------------------------------------------

def test_a_key_given_twice_is_refused_by_name():
    import pytest
    from siaga.encoding import load_json_text
    from siaga.errors import DecodeError
    assert json.loads('{"severity": 1, "severity": 5}') == {"severity": 5}  # what json.loads silently does
    with pytest.raises(DecodeError, match="'severity' is given twice"):
        load_json_text(b'{"severity": 1, "severity": 5}', "draft file")
    with pytest.raises(DecodeError, match="'a' is given twice"):
        load_json_text(b'[{"x": {"a": 1, "b": {}, "a": 2}}]', "draft file")
    assert load_json_text(b'[{"a": 1}, {"a": 2}]', "draft file") == [{"a": 1}, {"a": 2}]  # two objects, fine


def test_deep_nesting_is_refused_with_where_not_a_recursion_error():
    import pytest
    from siaga.encoding import load_json_text
    from siaga.errors import DecodeError
    for data, where in ((b'{"impact": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "impact[0][0][0]"),
                        (b'[{}, {"x": ' + b'{"y":' * 100_000 + b"1" + b"}" * 100_001 + b"]", "[1].x.y.y"),
                        (b"[" * 100_000, "[0][0][0][0]")):
        with pytest.raises(DecodeError, match="nested too deeply") as info:
            load_json_text(data, "draft file")
        assert where in str(info.value)
    # brackets inside strings, escaped quotes and a shallow document are no nesting
    text = b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{", "b": [[[1]]]}'
    assert load_json_text(text, "draft file")["b"] == [[[1]]]


def test_a_number_too_long_for_any_field_comes_back_as_a_marker():
    from siaga.encoding import LongNumber, load_json_text
    value = load_json_text(b'{"severity": ' + b"9" * 5000 + b', "n": -12345}', "draft file")
    assert isinstance(value["severity"], LongNumber) and value["n"] == -12345
    assert not isinstance(value["severity"], (int, str))
