from datetime import datetime, timezone

from siaga.base.languages import LANGUAGES
from siaga.protocol import codebook
from siaga.protocol.message import StationInfo, build_ack, build_report
from siaga.protocol.render import HEADINGS, report_lines

NOW = datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc)
AUTHOR = StationInfo(bytes(32), "ID duty desk", "National CSIRT", "ID")


def test_every_heading_exists_in_every_language():
    assert all(set(names) == set(LANGUAGES) and all(names.values()) for names in HEADINGS.values())


def test_a_report_reads_in_the_chosen_language(draft):
    book = codebook.current()
    draft.update(sectors=["government"], impact={"functional": "minimal-critical"}, observations=["ransom-note"])
    content = build_report(draft, AUTHOR, book, now=NOW)
    rows = dict(report_lines(content, book, "id"))
    assert rows["Jenis pesan"] == "Peringatan dini"
    assert rows["Insiden"] == f"{book.label('classifications', draft['code'], 'id')} ({draft['code']})"
    assert rows["Berbagi (TLP)"] == "TLP:AMBER: " + book.entry("tlp", "TLP:AMBER")["description"]["id"]
    assert rows["Negara"] == "Indonesia, Malaysia"
    assert rows["Sektor terdampak"] == "Pemerintahan"
    assert rows["Dampak fungsional"] == book.label("functional_impact", "minimal-critical", "id")
    assert rows["Yang diamati"] == "Berkas berganti nama dan muncul catatan tebusan"
    assert rows["Indikator"].splitlines()[1] == "domain-name update-check.example"
    assert rows["Stasiun pelapor"] == "ID duty desk, National CSIRT (Indonesia)"
    assert rows["Diamati pada (UTC)"] == "23 Nov 2026 18.30"  # as CLDR writes a date and time in Indonesian
    english = report_lines(content, book, "en")
    assert english[0] == ("Message type", "Early warning") and len(english) == len(rows)


def test_empty_optional_fields_are_left_out_and_acks_show_their_status(draft):
    book = codebook.current()
    draft.update(narrative="", indicators=[], countries=["ASEAN"])
    headings = [h for h, _ in report_lines(build_report(draft, AUTHOR, book, now=NOW), book, "en")]
    assert "Narrative" not in headings and "Indicators" not in headings and "Sectors affected" not in headings
    assert dict(report_lines(build_report(draft, AUTHOR, book, now=NOW), book, "en"))["Countries"] == \
        "ASEAN member states"
    ack = build_ack("a" * 64, "investigating", "Team on site", AUTHOR, book, now=NOW)
    rows = dict(report_lines(ack, book, "en"))
    assert rows["Status"] == book.label("ack_status", "investigating", "en")
    assert rows["Note"] == "Team on site" and rows["In reply to"] == "a" * 64


def test_an_external_report_with_no_org_country_or_known_place_still_reads(draft):
    book = codebook.current()
    content = build_report(dict(draft, countries=["ID"]), AUTHOR, book, now=NOW)
    content.update(station={"name": "Partner TIP", "org": "", "country": ""}, countries=["ID", "XZ"])
    rows = dict(report_lines(content, book, "en"))
    assert rows["Reporting station"] == "Partner TIP"
    assert rows["Countries"] == "Indonesia, XZ"


def test_the_sender_is_named_as_the_directory_knows_it_and_a_different_claim_is_flagged(draft):
    book = codebook.current()
    claimer = StationInfo(bytes(32), "Alpha desk", "CSIRT C", "TH")
    content = build_report(draft, claimer, book, now=NOW)
    directory = {"name": "Alpha desk", "org": "CSIRT A", "country": "MY", "trust": "verified"}
    rows = dict(report_lines(content, book, "en", author=directory))
    assert rows["Reporting station"] == "Alpha desk, CSIRT A (Malaysia)"
    assert rows["Identity mismatch"] == "the message claims CSIRT C, TH; the directory says CSIRT A, MY"
    rows = dict(report_lines(content, book, "id", author=directory))
    assert rows["Stasiun pelapor"] == "Alpha desk, CSIRT A (Malaysia)"
    assert rows["Identitas tidak cocok"] == "pesan mengaku CSIRT C, TH; direktori mencatat CSIRT A, MY"
    # the same names: no flag
    same = {"name": "Alpha desk", "org": "CSIRT C", "country": "TH"}
    assert "Identity mismatch" not in dict(report_lines(content, book, "en", author=same))
    # no directory record (an external report, an author no longer a peer): the content's own words, no flag
    assert dict(report_lines(content, book, "en"))["Reporting station"] == "Alpha desk, CSIRT C (Thailand)"


def test_a_sighting_shows_how_often_and_when_it_was_seen():
    from siaga.protocol import codebook as cb
    from siaga.protocol.message import StationInfo, build_sighting
    book = cb.current()
    content = build_sighting("a" * 64, {"indicators": [{"type": "domain-name", "value": "login-kemlu[.]example"}],
                                        "count": 4, "first_seen": "2026-11-24T02:00:00Z",
                                        "last_seen": "2026-11-24T09:00:00Z", "sectors": ["government"]},
                             StationInfo(b"k" * 32, "MY duty desk", "MyCERT", "MY"), book)
    rows = dict(report_lines(content, book, "id"))
    assert rows["Jenis pesan"] == "Terlihat juga" and rows["Berapa kali terlihat"] == "4"
    assert rows["Pertama terlihat (UTC)"] == "24 Nov 2026 02.00"
    assert rows["Indikator"] == "domain-name login-kemlu.example" and rows["Membalas"] == "a" * 64
