"""Regression table for issue 11: profiles Serbian VET staff meet, with the verdicts the sources give.

Each row: a name, the profile fields, the day (which picks the call whose rules apply) and
an optional fixed call year, the expected applicant verdicts (``CODE``) and partner verdicts
(``p:CODE``), and the source ids the expectations rest on (catalogue or country-table ids).
Only the listed actions are checked; the rest of the ranking is free to change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.model.factories import profile
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue, load_countries
from vetguide.model.vocab import Verdict

E, C, I = Verdict.ELIGIBLE, Verdict.CONDITIONAL, Verdict.INELIGIBLE  # noqa: E741
JAN = date(2026, 1, 10)  # 2026 call
DEC = date(2026, 12, 4)  # 2027 call, expected rules
COVE = "ERASMUS-EDU-PEX-COVE"
CBVET = "ERASMUS-EDU-CB-VET"
ALL = "ERASMUS-EDU-PI-ALL-INNO-BLUEPRINT"
JMTT = "ERASMUS-JMO-OFET-TT"


def p(*countries: str, kind: str = "vet_provider") -> list[dict[str, Any]]:
    return [{"country": c, "organisation_type": kind} for c in countries]


COVE_CONSORTIUM = [
    *p("RS", kind="company"),
    *p("IT"),
    *p("IT", kind="company"),
    *p("ES"),
    *p("ES", kind="chamber_or_sector_body"),
    *p("DE"),
    *p("DE", kind="company"),
]

# One row per profile.
ROWS: list[tuple[str, dict[str, Any], date, int | None, dict[str, Verdict], list[str]]] = [
    # --- Western Balkans partners of a Serbian VET school -------------------------------
    (
        "rs+me",
        {"partners": p("ME")},
        JAN,
        None,
        {"KA210-VET": I, "KA220-VET": C, CBVET: C},
        ["iky_ka210", "ge_na_partnerships"],
    ),
    (
        "rs+hr+me headline",
        {"partners": p("HR", "ME")},
        JAN,
        None,
        {"KA210-VET": I, "KA220-VET": C, "KA122-VET": E},
        ["iky_ka210", "cy_ka210_2025"],
    ),
    ("rs+hr+ba", {"partners": p("HR", "BA")}, JAN, None, {"KA210-VET": I}, ["iky_ka210"]),
    ("rs+hr+al", {"partners": p("HR", "AL")}, JAN, None, {"KA210-VET": I}, ["iky_ka210"]),
    ("rs+hr+xk", {"partners": p("HR", "XK")}, JAN, None, {"KA210-VET": I}, ["iky_ka210"]),
    (
        "rs+hr+mk associated",
        {"partners": p("HR", "MK")},
        JAN,
        None,
        {"KA210-VET": E},
        ["iky_ka210", "pg_eligible_countries"],
    ),
    (
        "rs+hr+si+me",
        {"partners": p("HR", "SI", "ME")},
        JAN,
        None,
        {"KA220-VET": C, "KA210-VET": I},
        ["ge_na_partnerships"],
    ),
    (
        "rs+hr+si+it",
        {"partners": p("HR", "SI", "IT")},
        JAN,
        None,
        {"KA220-VET": E, "KA210-VET": E},
        ["cy_ka220_2025", "iky_ka210"],
    ),
    # --- capacity building: regions ---------------------------------------------------------
    ("cb wb al+me", {"partners": p("IT", "AL", "ME")}, JAN, None, {CBVET: E}, ["cy_cbvet_2023"]),
    ("cb wb ba+xk", {"partners": p("IT", "BA", "XK")}, JAN, None, {CBVET: E}, ["am_na_cbvet"]),
    (
        "cb mixed wb+east",
        {"partners": p("IT", "AL", "GE")},
        JAN,
        None,
        {CBVET: C},
        ["eacea_cbvet_2024_howto"],
    ),
    (
        "cb mixed wb+south",
        {"partners": p("IT", "ME", "MA")},
        JAN,
        None,
        {CBVET: C},
        ["eacea_cbvet_2024_howto", "grantalist_cbvet_wb_2026"],
    ),
    (
        "cb east with belarus",
        {"partners": p("IT", "GE", "BY")},
        JAN,
        None,
        {CBVET: I},
        ["eacea_cbvet_2024_howto"],
    ),
    ("cb east ge+ua", {"partners": p("IT", "GE", "UA")}, JAN, None, {CBVET: E}, ["cy_cbvet_2025"]),
    ("cb with russia", {"partners": p("IT", "RU", "ME")}, JAN, None, {CBVET: I}, ["cy_cbvet_2023"]),
    # --- Western Balkans organisations as applicant / partner ------------------------------
    (
        "me applicant",
        {"country": "ME", "partners": p("HR")},
        JAN,
        None,
        {"KA210-VET": I, "KA220-VET": I, "p:KA220-VET": C, f"p:{CBVET}": E, "p:KA210-VET": I},
        ["pg_eligible_countries", "ge_na_partnerships"],
    ),
    (
        "al applicant",
        {"country": "AL"},
        JAN,
        None,
        {f"p:{CBVET}": E, "KA122-VET": I},
        ["tempus_ka122", "cy_cbvet_2023"],
    ),
    (
        "xk applicant",
        {"country": "XK"},
        JAN,
        None,
        {"p:KA220-VET": C, f"p:{COVE}": E},
        ["ge_na_partnerships", "pfs_cove_2025"],
    ),
    ("ba applicant", {"country": "BA"}, JAN, None, {f"p:{ALL}": E}, ["tempus_alliances"]),
    # --- UK and Switzerland, 2026 call vs 2027 call ---------------------------------------
    ("gb partner 2026", {"partners": p("HR", "GB")}, JAN, None, {"KA210-VET": I}, ["iky_ka210"]),
    (
        "gb partner 2027",
        {"partners": p("HR", "GB")},
        DEC,
        None,
        {"KA210-VET": E},
        ["gov_uk_erasmus_2027"],
    ),
    (
        "ch partner 2027 pending",
        {"partners": p("HR", "CH")},
        DEC,
        None,
        {"KA210-VET": C},
        ["movetia_erasmus_2027"],
    ),
    ("ch partner 2026", {"partners": p("HR", "CH")}, JAN, None, {"KA210-VET": I}, ["iky_ka210"]),
    (
        "gb in ka220 2027",
        {"partners": p("HR", "SI", "GB")},
        DEC,
        None,
        {"KA220-VET": E},
        ["gov_uk_erasmus_2027", "cy_ka220_2025"],
    ),
    (
        "gb in ka220 2026",
        {"partners": p("HR", "SI", "GB")},
        JAN,
        None,
        {"KA220-VET": C},
        ["ge_na_partnerships"],
    ),
    (
        "gb applicant 2027",
        {"country": "GB"},
        DEC,
        None,
        {"KA122-VET": E},
        ["gov_uk_erasmus_2027", "tempus_ka122"],
    ),
    ("gb applicant 2026", {"country": "GB"}, JAN, None, {"KA122-VET": I}, ["tempus_ka122"]),
    ("ch applicant 2027", {"country": "CH"}, DEC, None, {"KA122-VET": C}, ["movetia_erasmus_2027"]),
    ("ch applicant 2026", {"country": "CH"}, JAN, None, {"KA122-VET": I}, ["tempus_ka122"]),
    (
        "gb partner, call 2026 chosen in december",
        {"partners": p("HR", "GB")},
        DEC,
        2026,
        {"KA210-VET": I},
        ["iky_ka210"],
    ),
    # --- Russia and Belarus -----------------------------------------------------------------
    (
        "ru applicant",
        {"country": "RU", "organisation_type": "company"},
        JAN,
        None,
        {
            "KA122-VET": I,
            "KA220-VET": I,
            CBVET: I,
            "p:KA220-VET": C,
            f"p:{COVE}": C,
            f"p:{CBVET}": I,
            f"p:{ALL}": I,
        },
        ["oead_russia_2022", "athena_alliances"],
    ),
    (
        "by applicant",
        {"country": "BY", "organisation_type": "company"},
        JAN,
        None,
        {"KA122-VET": I, COVE: I, "p:KA220-VET": I, f"p:{COVE}": I, f"p:{CBVET}": I},
        ["cy_cove_pex", "eacea_cbvet_2024_howto", "cy_youth_partnerships_2026"],
    ),
    (
        "ru vet school as partner in ka220: an education provider, barred",
        {"partners": p("HR", "SI", "RU")},
        JAN,
        None,
        {"KA220-VET": I},
        ["oead_russia_2022", "anefore_russia_2022"],
    ),
    (
        "ru company as partner in ka220: private ones may take part, a condition",
        {"partners": [*p("HR", "SI"), {"country": "RU", "organisation_type": "company"}]},
        JAN,
        None,
        {"KA220-VET": C},
        ["oead_russia_2022", "anefore_russia_2022"],
    ),
    (
        "by partner in ka220",
        {"partners": p("HR", "SI", "BY")},
        JAN,
        None,
        {"KA220-VET": I},
        ["cy_youth_partnerships_2026"],
    ),
    (
        "ru partner in ka210",
        {"partners": p("HR", "RU")},
        JAN,
        None,
        {"KA210-VET": I},
        ["iky_ka210"],
    ),
    (
        "by partner in cove",
        {"partners": [*COVE_CONSORTIUM, *p("BY")]},
        JAN,
        None,
        {COVE: I},
        ["cy_cove_pex"],
    ),
    # --- universities and teacher-training institutes with a role in VET -----------------
    (
        "rs university",
        {"organisation_type": "higher_education"},
        JAN,
        None,
        {"KA122-VET": C, "KA120-VET": C, "KA121-VET": I, JMTT: I},
        ["pg_mobility_vet"],
    ),
    (
        "rs university with eche",
        {"organisation_type": "higher_education", "holds_eche": True},
        JAN,
        None,
        {JMTT: E},
        ["pg_jm_other_fields"],
    ),
    (
        "rs teacher-training institute",
        {"organisation_type": "teacher_training_institute"},
        JAN,
        None,
        {"KA122-VET": C, "KA120-VET": C, JMTT: E},
        ["pg_accreditation"],
    ),
    (
        "hr university accredited",
        {"country": "HR", "organisation_type": "higher_education", "holds_vet_accreditation": True},
        JAN,
        None,
        {"KA121-VET": C, "KA122-VET": I},
        ["pg_accreditation", "tempus_ka122"],
    ),
    (
        "rs university in ka220",
        {"organisation_type": "higher_education", "partners": p("HR", "SI")},
        JAN,
        None,
        {"KA220-VET": E},
        ["cy_ka220_2025"],
    ),
    (
        "rs general school",
        {"organisation_type": "general_school", "partners": p("HR")},
        JAN,
        None,
        {"KA122-VET": I, "KA210-VET": E},
        ["tempus_ka122", "cy_ka210_2025"],
    ),
    # --- facts about the future project -----------------------------------------------------
    ("participants unknown", {"participants": None}, JAN, None, {"KA122-VET": E}, ["tempus_ka122"]),
    ("participants 45", {"participants": 45}, JAN, None, {"KA122-VET": E}, ["tempus_ka122"]),
    (
        "three short-term grants",
        {"short_term_grants_previous_4_calls": 3},
        JAN,
        None,
        {"KA122-VET": I},
        ["tempus_ka122"],
    ),
    # --- CoVE per-country rule ----------------------------------------------------------------
    (
        "cove with montenegrin ngo",
        {"partners": [*COVE_CONSORTIUM, *p("ME", kind="ngo")]},
        JAN,
        None,
        {COVE: E},
        ["yildiz_cove_2023"],
    ),
    (
        "cove with croatian ngo only",
        {"partners": [*COVE_CONSORTIUM, *p("HR", kind="ngo")]},
        JAN,
        None,
        {COVE: C},
        ["yildiz_cove_2023"],
    ),
]


def test_table_is_large_enough_and_covers_the_issue():
    assert len(ROWS) >= 40
    names = " ".join(row[0] for row in ROWS)
    for needed in ("me", "ba", "al", "xk", "mk", "gb", "ch", "ru", "by", "mixed", "university"):
        assert needed in names, needed


@pytest.mark.parametrize(("name", "fields", "today", "call_year", "expected", "sources"), ROWS)
def test_profile(name, fields, today, call_year, expected, sources):
    known = set(load_catalogue().sources) | set(load_countries().sources)
    assert set(sources) <= known, set(sources) - known
    result = recommend(profile(**fields), load_catalogue(), today, call_year=call_year)
    got = {}
    for key in expected:
        code = key.removeprefix("p:")
        item = result.result(code)
        got[key] = item.partner_verdict if key.startswith("p:") else item.verdict
    assert got == expected, name
