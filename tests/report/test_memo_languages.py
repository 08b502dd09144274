"""The decision memo in English, Serbian Latin and Serbian Cyrillic: HTML, PDF and command."""

from __future__ import annotations

import html as html_lib
import io
import json
import re
import string
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from vetguide.cli import run
from vetguide.model import formatting
from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import next_deadline
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.readiness import load_readiness, plan
from vetguide.model.recommend import recommend
from vetguide.model.resources import (
    load_catalogue,
    load_texts,
    read_json,
    resource_path,
)
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.model.storage import write_shortlist_file
from vetguide.model.translit import PROTECT_CLOSE, PROTECT_OPEN
from vetguide.report.html import memo_html
from vetguide.report.pdf import export_shortlist_pdf

TODAY = date(2026, 1, 20)
SERBIAN = ["sr-Latn", "sr-Cyrl"]
PAYLOAD = '<b>x</b> <img src="/etc/passwd">'
LATIN_NOTE = "Pitati Tempus za drugi rok; partner: Firma GmbH."
KA122_OFFICIAL = "Short-term projects for mobility of learners and staff in VET"
CYRILLIC_LETTER = re.compile(r"[а-яА-ЯђјљњћџЂЈЉЊЋЏ]")
LATIN_LETTER = re.compile(r"[A-Za-zčćđšžČĆĐŠŽ]")
# Translated headings and labels the PDF must show, per language (texts: memo section).
HEADINGS = {
    "en": ["Key data", "Your status and note", "Official sources", "Readiness checklist"],
    "sr-Latn": ["Osnovni podaci", "Vaš status i beleška", "Zvanični izvori", "Kontrolna lista"],
    "sr-Cyrl": ["Основни подаци", "Ваш статус и белешка", "Званични извори", "Контролна листа"],
}
PAGE = {"en": "Page {} of {}", "sr-Latn": "Strana {} od {}", "sr-Cyrl": "Страна {} од {}"}

pytestmark = pytest.mark.usefixtures("qapp")  # see test_pdf.py


def profile(**changes: object) -> InstitutionProfile:
    data: dict[str, object] = {
        "name": "Техничка школа Čačak",
        "organisation_type": "vet_provider",
        "country": "RS",
        "goals": ["learner_mobility", "develop_practices", "vocational_excellence"],
        "partners": [Partner(country="AT", organisation_type="company", name="Firma GmbH")],
    }
    data.update(changes)
    return InstitutionProfile.model_validate(data)


def full_list(catalogue: Catalogue, with_profile: bool = True) -> Shortlist:
    """Every action (with every status), an unknown code and a Latin note."""
    statuses = list(ItemStatus)
    items = [
        ShortlistItem(code=a.code, status=statuses[n % len(statuses)], added=date(2026, 1, 10))
        for n, a in enumerate(catalogue.actions)
    ]
    items[0] = items[0].model_copy(update={"note": LATIN_NOTE})
    items.append(ShortlistItem(code="KA999-VET", added=date(2026, 1, 10)))
    return Shortlist(
        name="Odluka – školski odbor", items=items, profile=profile() if with_profile else None
    )


def memo(language: str, shortlist: Shortlist) -> str:
    catalogue = load_catalogue(language=language)
    recs = (
        recommend(shortlist.profile, catalogue, TODAY, language=language)
        if shortlist.profile
        else None
    )
    return memo_html(shortlist, catalogue, TODAY, recs, language=language)


def visible_text(page: str) -> str:
    """What a reader sees: no head, no tags, entities decoded."""
    body = page.split("<body>", 1)[1]
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", body))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def english_fragments() -> set[str]:
    """The English words of the memo section between placeholders (acronyms such as ECHE and
    lone signs such as '#' are the same in every language)."""
    found: set[str] = set()
    for template in load_texts("en").memo.values():
        for literal, _, _, _ in string.Formatter().parse(template):
            fragment = literal.strip(' .,:;()"')
            if re.search(r"[a-z]{3}", fragment):
                found.add(fragment)
    return found


def protected_texts(catalogue: Catalogue) -> list[str]:
    """Texts a Serbian memo keeps in English: official titles and the names of sources."""
    kept = [a.official_title for a in catalogue.actions if a.official_title]
    kept += [s.title for s in catalogue.sources.values()]
    kept += [s.url for s in catalogue.sources.values()]
    return sorted(kept, key=len, reverse=True)


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def compact(text: str) -> str:
    return "".join(text.split())


# --- texts ----------------------------------------------------------------------------------


def test_every_memo_text_has_a_serbian_version_with_the_same_placeholders() -> None:
    english = read_json(resource_path("texts", "en.json"))["memo"]
    serbian = read_json(resource_path("texts", "sr-Latn.json"))["memo"]
    assert english.keys() == serbian.keys()
    for key, text in english.items():
        assert placeholders(serbian[key]) == placeholders(text), key
        if re.search(r"[A-Za-z]{2}", text):
            assert serbian[key] != text, key
    for language in ("en", *SERBIAN):
        assert load_texts(language).memo.keys() == english.keys()


def test_cyrillic_memo_texts_are_cyrillic() -> None:
    memo_texts = load_texts("sr-Cyrl").memo
    assert memo_texts["key_data_heading"] == "Основни подаци"
    assert memo_texts["intro_exported"] == "Документ је направљен {date} у апликацији vetguide."
    for key, text in memo_texts.items():
        words = re.findall(r"\w+", re.sub(r"\{[^{}]*\}", " ", text))
        latin = [w for w in words if LATIN_LETTER.search(w) and w not in {"vetguide", "ECHE"}]
        assert latin == [], (key, latin)


# --- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", SERBIAN)
def test_serbian_memo_has_no_english_sentence(language: str) -> None:
    catalogue = load_catalogue(language=language)
    pages = [
        memo(language, full_list(catalogue)),
        memo(language, full_list(catalogue, with_profile=False)),
        memo(language, Shortlist(name="Prazna", items=[])),
    ]
    text = " ".join(visible_text(page) for page in pages)
    for kept in protected_texts(catalogue):
        text = text.replace(kept, " ")
    fragments = english_fragments()
    assert len(fragments) > 60
    left = sorted(f for f in fragments if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text))
    assert left == []
    assert PROTECT_OPEN not in text and PROTECT_CLOSE not in text


@pytest.mark.parametrize("language", ["en", *SERBIAN])
def test_memo_html_in_every_language(language: str) -> None:
    catalogue = load_catalogue(language=language)
    page = memo(language, full_list(catalogue))
    texts = load_texts(language)
    for key in ("kind", "key_data_heading", "checklist_heading", "prevails", "sources_heading"):
        assert html_lib.escape(texts.memo[key]) in page, key
    assert html_lib.escape(catalogue.guide_note) in page  # the English Guide prevails
    ka122 = catalogue.action("KA122-VET")
    assert html_lib.escape(ka122.title) in page
    assert "KA122-VET" in page and "ERASMUS-EDU-PEX-COVE" in page
    assert LATIN_NOTE in page  # user text is never transliterated
    info = next_deadline(ka122, TODAY)
    assert info is not None
    assert formatting.format_datetime(info.at, language) in page
    if language == "en":
        assert "Official title in English" not in page
    else:
        assert f"{texts.memo['official_title'].format(title=KA122_OFFICIAL)}" in page
        assert "19. 2. 2026. " in page
        assert "30.000 €" in page  # the KA210 lump sum
        assert "€30,000" not in page


def test_dates_and_local_deadline_in_serbian() -> None:
    catalogue = load_catalogue(language="sr-Latn")
    page = memo("sr-Latn", full_list(catalogue))
    assert "Dokument je napravljen 20. 1. 2026. u aplikaciji vetguide." in page
    assert "Po lokalnom vremenu (Srbija): 19. 2. 2026. 12:00 (srednjeevropsko vreme)" in page
    assert "<td>10. 1. 2026.</td>" in page  # added to the list
    checklist = page.split("Kontrolna lista za pripremu prijave")[1]
    assert "rok je prošao" in checklist
    assert "Pronađite ili registrujte OID broj svoje organizacije" in checklist
    assert re.search(r"<td>\d{1,2}\. \d{1,2}\. 202[56]\.", checklist)
    cyrillic = memo("sr-Cyrl", full_list(load_catalogue(language="sr-Cyrl")))
    assert "По локалном времену (Србија): 19. 2. 2026. 12:00 (средњеевропско време)" in cyrillic
    assert "Отворите налог EU Login за особу која припрема пријаву" in cyrillic


@pytest.mark.parametrize("language", SERBIAN)
def test_user_text_is_escaped_in_serbian(language: str) -> None:
    shortlist = Shortlist(
        name=f"Lista {PAYLOAD}",
        items=[ShortlistItem(code="KA122-VET", note=f"Beleška {PAYLOAD}")],
        profile=profile(
            name=f"Škola {PAYLOAD}",
            partners=[Partner(country="AT", organisation_type="company", name=PAYLOAD)],
        ),
    )
    page = memo(language, shortlist)
    assert "<img" not in page and "<b>x</b>" not in page
    assert page.count("&lt;img src=&quot;/etc/passwd&quot;&gt;") == 5
    assert "Beleška &lt;b&gt;" in page and "Škola &lt;b&gt;" in page  # never transliterated


def test_english_stays_the_default() -> None:
    catalogue = load_catalogue()
    shortlist = full_list(catalogue)
    recs = recommend(profile(), catalogue, TODAY)
    assert memo_html(shortlist, catalogue, TODAY, recs) == memo("en", shortlist)


# --- readiness steps ------------------------------------------------------------------------


def test_readiness_steps_in_every_language() -> None:
    english = load_readiness()
    assert english is load_readiness("en")
    latin, cyrillic = load_readiness("sr-Latn"), load_readiness("sr-Cyrl")
    for data in (latin, cyrillic):
        assert [s.id for s in data.steps] == [s.id for s in english.steps]
        assert [s.lead_days for s in data.steps] == [s.lead_days for s in english.steps]
        assert [s.verified for s in data.steps] == [s.verified for s in english.steps]
    for en_step, step in zip(english.steps, latin.steps, strict=True):
        assert step.title != en_step.title and step.why != en_step.why
        assert (step.note is None) == (en_step.note is None)
        assert (step.lead_time_note is None) == (en_step.lead_time_note is None)
    assert latin.guidance_note.startswith("Rokovi za pojedine korake")
    for step in cyrillic.steps:
        for text in (step.title, step.why, step.note or "", step.lead_time_note or ""):
            assert PROTECT_OPEN not in text
            assert not text or CYRILLIC_LETTER.search(text), (step.id, text)
    pic = next(s for s in cyrillic.steps if s.id == "pic")
    assert "(LEAR)" in pic.why and "Funding & Tenders" in pic.why and "EACEA" in pic.why


def test_readiness_plan_in_serbian() -> None:
    catalogue = load_catalogue(language="sr-Latn")
    action = catalogue.action("KA220-VET")
    info = next_deadline(action, TODAY)
    assert info is not None
    english = plan(action, info, TODAY)
    serbian = plan(action, info, TODAY, language="sr-Latn")
    assert [t.due for t in serbian] == [t.due for t in english]
    mandates = next(t for t in serbian if t.step_id == "mandates")
    assert mandates.step.startswith("Prikupite ovlašćenja")
    assert mandates.due == date(2026, 2, 12)


def test_a_missing_readiness_translation_is_reported_and_refused_in_a_pack() -> None:
    from vetguide.model.packs import PACK_LANGUAGES, check_parts
    from vetguide.model.resources import source_parts, translation_gaps

    get = source_parts(2026)
    names = ["catalogue", "countries", "readiness", "glossary"]
    wanted = [f"{n}.json" for n in names] + [
        f"{n}.{lang}.json" for n in names for lang in PACK_LANGUAGES
    ]
    files = {name: get(name)[0] for name in wanted}
    del files["readiness.sr-Latn.json"]["translations"]["steps.pic.why"]

    def parts(name: str):
        return (json.loads(json.dumps(files[name])), name) if name in files else None

    assert translation_gaps(parts, "sr-Latn") == ["(readiness) steps.pic.why: not translated"]
    assert check_parts(files, ["sr-Latn"]) == [
        "sr-Latn translation: (readiness) steps.pic.why: not translated"
    ]


# --- PDF ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", *SERBIAN])
def test_pdf_in_every_language(tmp_path: Path, language: str) -> None:
    catalogue = load_catalogue(language=language)
    shortlist = full_list(catalogue)
    target = tmp_path / f"memo-{language}.pdf"

    export_shortlist_pdf(shortlist, catalogue, target, today=TODAY, language=language)

    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == shortlist.name
    pages = pdf_pages(target)
    for number, page in enumerate(pages, start=1):
        assert page.endswith(PAGE[language].format(number, len(pages)))
    text = " ".join(pages)
    flat = compact(text)
    for heading in HEADINGS[language]:
        assert heading in text, heading
    for action in catalogue.actions:
        assert compact(f"({action.code})") in flat
        if language != "en":
            assert compact(str(action.official_title)) in flat
    assert "(KA122-VET)" in flat and "ERASMUS-EDU-PEX-COVE" in flat
    assert compact(catalogue.guide_note) in flat
    assert LATIN_NOTE in text
    if language == "sr-Latn":
        assert "19. 2. 2026. 12:00" in text and "po briselskom vremenu" in text
        assert compact(KA122_OFFICIAL) in flat
    if language == "sr-Cyrl":
        assert "19. 2. 2026. 12:00" in text and "по бриселском времену" in text
        assert "Као подносилац пријаве:" in text
        assert "Readiness" not in text and "Key data" not in text


# --- command line ---------------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    data = {
        "name": "Tehnička škola Čačak",
        "organisation_type": "vet_provider",
        "country": "RS",
        "experience": "newcomer",
        "goals": ["learner_mobility", "develop_practices", "green"],
        "partners": [{"country": "AT", "organisation_type": "company", "name": "Firma GmbH"}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_export_command_in_cyrillic(tmp_path: Path, profile_file: Path) -> None:
    target = tmp_path / "memo.pdf"
    status, out, err = cli(
        "export", "--profile", str(profile_file), "--pdf", str(target),
        "--today", "2026-01-20", "--lang", "sr-Cyrl",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    assert str(target) in out
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Еразмус+ акције отворене за вашу организацију"
    text = " ".join(pdf_pages(target))
    assert "Еразмус+ подлога за одлучивање" in text
    assert "Основни подаци" in text and "Контролна листа за припрему пријаве" in text
    assert "Tehnička škola Čačak" in text  # the user's name as typed
    assert compact(KA122_OFFICIAL) in compact(text)
    assert len(CYRILLIC_LETTER.findall(text)) > 3000


def test_export_command_in_serbian_latin_with_a_shortlist(tmp_path: Path) -> None:
    catalogue = load_catalogue()
    source = tmp_path / "list.vetguide.json"
    write_shortlist_file(source, full_list(catalogue))
    target = tmp_path / "memo.pdf"
    status, _, err = cli(
        "export", "--shortlist", str(source), "--pdf", str(target),
        "--today", "2026-01-20", "--lang", "sr-Latn",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    text = " ".join(pdf_pages(target))
    assert "Kontrolna lista za pripremu prijave" in text
    assert "19. 2. 2026. 12:00" in text and "Europe/" not in text


def test_export_command_refuses_an_unknown_language(tmp_path: Path, profile_file: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("export", "--profile", str(profile_file), "--pdf", "x.pdf", "--lang", "de")
    assert stop.value.code == 2
    assert not (tmp_path / "x.pdf").exists()
