import copy
import json
import re

import pytest

from siaga.base.errors import CodebookError, UnknownCodeError
from siaga.protocol import codebook
from siaga.protocol.codebook import Codebook, CodebookSet


@pytest.fixture(scope="module")
def book():
    return codebook.current()


@pytest.fixture(scope="module")
def raw(book):
    return copy.deepcopy(book.data)


def test_rsit_taxonomy_is_complete(book):
    assert len(book.data["classes"]) == 11
    assert len(book.classifications) == 39
    assert "rsit:malicious-code/infected-system" in book.classifications
    assert "rsit:intrusion-attempts/brute-force" in book.classifications
    assert "rsit:test/test" in book.classifications


def test_standard_lists(book):
    assert [e["level"] for e in book.entries("severity")] == [0, 1, 2, 3, 4, 5]
    assert [e["code"] for e in book.entries("tlp")] == [
        "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]
    assert {e["code"] for e in book.entries("pap")} == {"PAP:CLEAR", "PAP:GREEN", "PAP:AMBER", "PAP:RED"}
    assert [e["code"] for e in book.entries("message_types")] == [
        "early-warning", "update", "final", "request-for-assistance", "acknowledgement", "ping", "sighting"]
    assert {e["code"] for e in book.entries("scopes")} == {"bilateral", "regional", "global"}
    asean = book.entry("groups", "ASEAN")
    assert {"ID", "MY", "SG", "TH", "PH", "VN", "BN", "KH", "LA", "MM"} <= set(asean["members"])
    assert len(book.entries("countries")) == 249
    assert len(book.entries("functional_impact")) == 8
    assert len(book.entries("information_impact")) == 8
    assert len(book.entries("recoverability")) == 4
    assert len(book.entries("observations")) >= 30


def test_every_label_has_english_and_indonesian(book):
    def walk(value, path):
        if isinstance(value, dict):
            if "label" in value:
                for lang in ("en", "id"):
                    assert value["label"].get(lang, "").strip(), f"{path}.label.{lang}"
            for key, child in value.items():
                walk(child, f"{path}.{key}")
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, f"{path}[{i}]")
    walk(book.data, "codebook")
    assert book.label("classifications", "rsit:malicious-code/infected-system", "id") != \
        book.label("classifications", "rsit:malicious-code/infected-system", "en")


def test_every_class_is_reachable_from_observations(book):
    suggested = {s["code"].split("/")[0] for o in book.entries("observations") for s in o["suggests"]}
    assert suggested == {f"rsit:{c['code']}" for c in book.data["classes"]}


def test_hash_is_stable_and_content_sensitive(book, raw):
    files = list(book.language_files.values())
    again = Codebook(copy.deepcopy(raw), languages=files)
    assert again.content_hash == book.content_hash
    changed = copy.deepcopy(raw)
    changed["severity"][0]["label"]["en"] = "Changed"
    assert Codebook(changed, languages=files).content_hash != book.content_hash


def test_suggest_ranks_with_reasons_deterministically(book):
    ransom = [o["code"] for o in book.entries("observations")
              if any(s["code"] == "rsit:malicious-code/infected-system" for s in o["suggests"])]
    assert ransom, "some observation must point to an infected system"
    ranked = book.suggest(ransom)
    assert ranked[0].code == "rsit:malicious-code/infected-system"
    assert set(ranked[0].reasons) <= set(ransom) and ranked[0].reasons
    assert ranked == book.suggest(list(reversed(ransom)))
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)


def test_combined_evidence_outranks_single_observation(book):
    obs = book.entries("observations")
    by_code: dict[str, list[tuple[str, float]]] = {}
    for o in obs:
        for s in o["suggests"]:
            by_code.setdefault(s["code"], []).append((o["code"], s["weight"]))
    code, pairs = next((c, p) for c, p in by_code.items() if len(p) >= 2)
    single = book.suggest([pairs[0][0]])
    both = book.suggest([pairs[0][0], pairs[1][0]])
    score = {s.code: s.score for s in both}[code]
    assert score > {s.code: s.score for s in single}[code]
    assert score == pytest.approx(1 - (1 - pairs[0][1]) * (1 - pairs[1][1]), abs=1e-6)


def test_unknown_observation_is_refused(book):
    with pytest.raises(UnknownCodeError, match="no-such-observation"):
        book.suggest(["no-such-observation"])


def test_expand_countries(book):
    assert book.expand_countries(["ASEAN", "AU"]) >= {"ID", "MY", "AU"}
    with pytest.raises(UnknownCodeError):
        book.expand_countries(["XX"])


def test_severity_hint_takes_the_highest_impact(book):
    worst = book.entries("functional_impact")[-1]["code"]
    assert book.severity_hint(functional=worst) >= 4
    assert book.severity_hint() == 0


@pytest.mark.parametrize("mutate, where", [
    (lambda d: d["classes"][2]["types"][1]["label"].pop("id"), "classes[2].types[1].label.id"),
    (lambda d: d["observations"][4]["suggests"][0].update(code="rsit:nope/nope"), "observations[4].suggests[0].code"),
    (lambda d: d["observations"][1]["suggests"][0].update(weight=1.5), "observations[1].suggests[0].weight"),
    (lambda d: d["severity"].pop(), "severity"),
    (lambda d: d["tlp"][1].update(short=d["tlp"][0]["short"]), "tlp[1].short"),
    (lambda d: d["groups"][0]["members"].append("XX"), "groups[0].members"),
    (lambda d: d.update(version="latest"), "version"),
    (lambda d: d["countries"].append(dict(d["countries"][0])), "countries[249].code"),
    (lambda d: d.pop("observations"), "observations"),
])
def test_malformed_codebook_names_the_bad_entry(raw, mutate, where):
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(CodebookError) as info:
        Codebook(data, source="codebook.json")
    assert where in str(info.value)


@pytest.mark.parametrize("kind", [*(k for k in codebook.KINDS if k not in ("classifications", "countries")),
                                  "classes", "types", "impact_questions"])
@pytest.mark.parametrize("lang", codebook.INLINE)
def test_missing_label_translation_is_refused_for_every_kind(raw, kind, lang):
    data = copy.deepcopy(raw)
    where = "classes[0].types[0]" if kind == "types" else f"{kind}[0]"
    entry = data["classes"][0]["types"][0] if kind == "types" else data[kind][0]
    entry["label"][lang] = " "
    with pytest.raises(CodebookError, match=rf"{re.escape(where)}\.label\.{lang}: missing translation"):
        Codebook(data, source="codebook.json")


def test_malformed_codebook_file_fails_at_load(tmp_path):
    (tmp_path / "codebook.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CodebookError, match="codebook.json: not valid JSON"):
        CodebookSet(tmp_path)


def test_archived_versions_stay_decodable(tmp_path, raw):
    old = copy.deepcopy(raw)
    old["version"] = "2025.9"
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "2025.9.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "codebook.json").write_text(json.dumps(raw), encoding="utf-8")
    books = CodebookSet(tmp_path)
    assert books.versions() == ["2025.9", raw["version"]]
    assert books.get("2025.9").version == "2025.9"
    with pytest.raises(UnknownCodeError, match="codebook version"):
        books.get("1999.1")
