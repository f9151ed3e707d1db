"""Fuzzing what ``ingest`` takes: any text is filed once or refused with a CodeLineError, never half-filed."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from siaga.base.errors import CodeLineError
from siaga.storage.inbox_query import InboxQuery

from helpers import link

FUZZ = settings(max_examples=120, deadline=timedelta(seconds=2), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def test_ingest_any_text_or_mutated_line(make_station, draft):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jakarta, kl)
    line = jakarta.code_line_for(jakarta.file_report(draft), kl_at_jkt.id)

    @FUZZ
    @given(st.text(max_size=200)
           | st.builds(lambda pos, text: line[:pos] + text + line[pos + 1:], st.integers(0, len(line)),
                       st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .+-", max_size=3)))
    def check(text):
        before = len(kl.inbox_page(InboxQuery())[0])
        try:
            row_id, checked, new = kl.ingest_code_line(text)
        except CodeLineError:
            assert len(kl.inbox_page(InboxQuery())[0]) == before
            return
        assert len(kl.inbox_page(InboxQuery())[0]) == before + (1 if new else 0)
        assert len(row_id) == 10

    check()
