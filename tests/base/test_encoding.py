"""Canonical JSON: the fast path writes exactly what the RFC 8785 reference writes."""

from __future__ import annotations

import json

import rfc8785
from hypothesis import given, settings, strategies as st

from siaga.base.encoding import canonical

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
