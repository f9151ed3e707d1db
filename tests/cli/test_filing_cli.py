"""What arrived and is not filed yet, on the command line (``siaga inbox list``, ``siaga stats --json``)."""

import json

from test_cli import ok, run

from siaga.delivery import receiving
from siaga.delivery.receiving import accept
from siaga.storage import store as store_mod


def test_the_command_line_files_what_waits_and_counts_what_is_held(network, draft, monkeypatch):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    summaries = [f"Report {i}" for i in range(receiving.DEFER_FROM)]
    summaries[3] = "Poison report"
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=s) for s in summaries])
    envelopes = jkt.outgoing.envelopes(msgs)
    deliverer = kl.peer_by_key(jkt.keys.sign_pk)
    assert accept(kl, [envelopes[m] for m in msgs], deliverer, defer=True).arrived
    real_terms = store_mod.report_terms
    monkeypatch.setattr(store_mod, "report_terms",
                        lambda meta: (_ for _ in ()).throw(RuntimeError("unforeseen"))
                        if meta.get("summary") == "Poison report" else real_terms(meta))
    kl.file_arrivals()  # one held back: it cannot be filed
    monkeypatch.setattr(store_mod, "report_terms", real_terms)
    more = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Later {i}") for i in range(receiving.DEFER_FROM)])
    envelopes = jkt.outgoing.envelopes(more)
    assert accept(kl, [envelopes[m] for m in more], deliverer, defer=True).arrived  # waiting when the CLI opens
    home = kl.home
    kl.close()

    figures = json.loads(ok("stats", "--json", home=home))
    assert figures["arrivals"] == {"waiting": 0, "held": 1}  # the command files what waits before it counts
    listed = ok("inbox", "list", "--limit", "100", home=home)
    assert "1 message(s) arrived but could not be filed" in listed
    assert len(json.loads(ok("inbox", "list", "--json", "--limit", "100", home=home))) == len(msgs) - 1 + len(more)


def test_a_bad_filing_pause_is_refused_in_one_line(tmp_path):
    for bad in ("soon", "-1", "3601", "nan"):
        result = run("serve", "--port", "0", "--filing-pause", bad, home=tmp_path / "none")
        assert result.returncode == 2
        assert "--filing-pause" in result.stderr and "expected seconds from 0 to 3600" in result.stderr
        assert "Traceback" not in result.stderr
