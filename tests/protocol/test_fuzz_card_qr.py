"""Fuzzing the QR text of contact cards: any text is a checked card or a DecodeError."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings, strategies as st
from nacl.signing import SigningKey

from siaga.base.errors import DecodeError
from siaga.protocol import card_qr
from siaga.protocol.card import make_card

FUZZ = settings(max_examples=200, deadline=timedelta(seconds=2), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
TEXT = card_qr.qr_text(make_card(SigningKey(bytes(32)), bytes(range(32)), "Duty desk", "CSIRT", "ID"))


def test_any_text_or_mutated_card_text():
    @FUZZ
    @given(st.lists(st.text(max_size=300) | st.builds(lambda pos, junk: TEXT[:pos] + junk + TEXT[pos + 1:],
                                                       st.integers(0, len(TEXT)), st.text(max_size=4)),
                    max_size=3))
    def check(texts):
        try:
            card, data = card_qr.read(texts)
        except DecodeError:
            return
        assert card.name and data.startswith(b"{")

    check()


def test_the_text_round_trips():
    card, _ = card_qr.read(["something else", TEXT])
    assert card.name == "Duty desk" and card.country == "ID"
