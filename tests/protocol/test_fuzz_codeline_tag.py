"""Fuzzing the tag check of code lines: any text is a result or a CodeLineError, and a forged tag never passes."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings, strategies as st
from nacl.public import PrivateKey

from siaga.base.encoding import canonical
from siaga.base.errors import CodeLineError
from siaga.protocol import codebook, codeline, codeline_tag
from siaga.protocol.message import StationInfo, build_report, message_id

FUZZ = settings(max_examples=200, deadline=timedelta(seconds=2), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
BOOKS = codebook.codebooks()
A, B = PrivateKey(bytes(range(1, 33))), PrivateKey(bytes(range(2, 34)))
A_PK, B_PK = bytes(A.public_key), bytes(B.public_key)
AT_B = [("a", codeline_tag.line_key(bytes(B), A_PK, A_PK, B_PK))]
LINE_ALPHABET = "SG1 2026.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-"


def _line(draft):
    content = build_report(draft, StationInfo(bytes(32), "x", "y", "ID"), codebook.current())
    return codeline_tag.encode_for(content, message_id(canonical(content)), codebook.current(),
                                   codeline_tag.line_key(bytes(A), B_PK, A_PK, B_PK), B_PK)


def test_any_text_is_fields_or_a_code_line_error():
    @FUZZ
    @given(st.text(max_size=200) | st.text(alphabet=LINE_ALPHABET, max_size=170))
    def check(text):
        try:
            fields, peer = codeline_tag.check(text, BOOKS, B_PK, AT_B)
        except CodeLineError:
            return
        assert peer == "a" and len(fields["tag"]) == codeline.TAG_CHARS

    check()


def test_a_changed_line_with_a_valid_check_character_is_refused(draft):
    line = _line(draft)
    body, tag = line.rsplit(" ", 1)[0].rsplit(" ", 1)
    positions = [i for i, ch in enumerate(body) if ch.isalnum()]

    @FUZZ
    @given(st.sampled_from(positions), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
           st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), st.integers(1, codeline.TAG_CHARS - 1))
    def check(pos, replacement, tag_char, tag_pos):
        changed_body = body[:pos] + replacement + body[pos + 1:]
        changed_tag = tag[:tag_pos] + tag_char + tag[tag_pos + 1:]
        if (changed_body, changed_tag) == (body, tag):
            return
        try:
            codeline_tag.check(codeline.with_tag(changed_body, changed_tag), BOOKS, B_PK, AT_B)
        except CodeLineError:
            return
        raise AssertionError(f"a changed line passed: {changed_body} {changed_tag}")

    check()
