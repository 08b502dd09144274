"""A new call year without a new release: a 2027 pack, built by scripts/build_packs.py from a
copy of the 2026 data with its dates moved on, is installed and used by `recommend`, the
calendar and the memo (the window: tests/ui/test_data_packs.py)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from tests.model.pack_factory import add_year, source_copy
from vetguide.cli import run
from vetguide.model import packs

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-12-04"  # every 2026 deadline is past; the 2027 ones are ahead
PROFILE = {"organisation_type": "vet_provider", "country": "RS", "goals": ["learner_mobility"]}

pytestmark = pytest.mark.usefixtures("qapp")  # the memo is drawn by Qt (see test_pdf.py)


@pytest.fixture(scope="module")
def pack_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("build")
    source = source_copy(base / "resources")
    add_year(source, 2027)
    script = ROOT / "scripts" / "build_packs.py"
    out = base / "out"
    subprocess.run(
        [sys.executable, str(script), "--source", str(source), "--out", str(out), "--year", "2027"],
        check=True,
        capture_output=True,
    )
    return out / "2027.vgpack"


@pytest.fixture
def installed(tmp_path, monkeypatch):
    monkeypatch.setenv(packs.PACKS_ENV, str(tmp_path / "installed"))
    yield
    packs.refresh()


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def recommend_json(profile: Path, *extra: str) -> dict:
    status, out, err = cli("recommend", "--profile", str(profile), "--format", "json",
                           "--today", TODAY, *extra)  # fmt: skip
    assert status == 0, err
    return json.loads(out)


def test_a_2027_pack_is_used_by_recommend_calendar_and_memo(installed, pack_file, tmp_path):
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(PROFILE), encoding="utf-8")
    before = recommend_json(profile)
    assert before["catalogue"]["call_year"] == 2026

    status, out, err = cli("data", "install", str(pack_file))
    assert status == 0, err
    assert out.startswith("installed 2027 data pack (data as of 2027-11-28, installed)")
    status, out, _ = cli("data", "list")
    assert "2026 data pack (data as of 2026-11-28, bundled): in use" in out
    assert "2027 data pack (data as of 2027-11-28, installed): in use" in out

    after = recommend_json(profile)
    assert after["catalogue"] == {"call_year": 2027, "data_as_of": "2027-11-28"}
    ka122 = next(r for r in after["recommendations"] if r["code"] == "KA122-VET")
    assert ka122["deadline"]["call_year"] == 2027
    assert ka122["deadline"]["at"].startswith("2027-02-")
    assert ka122["deadline"]["status"] != "expected"
    assert recommend_json(profile, "--call-year", "2026")["catalogue"]["call_year"] == 2026

    ics = tmp_path / "deadlines.ics"
    assert cli("calendar", "--all", "--ics", str(ics), "--today", TODAY)[0] == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    starts = {event.decoded("DTSTART").year for event in events}
    assert 2027 in starts and "(expected)" not in " ".join(
        str(e["SUMMARY"]) for e in events if "KA122" in str(e["SUMMARY"])
    )

    pdf = tmp_path / "memo.pdf"
    status, _, err = cli("export", "--profile", str(profile), "--pdf", str(pdf), "--today", TODAY)
    assert status == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Catalogue of the 2027 call, data as of 28 November 2027" in text

    status, out, _ = cli("data", "remove", "2027")
    assert status == 0 and out.startswith("removed ") and out.rstrip().endswith("2027.vgpack")
    assert recommend_json(profile)["catalogue"]["call_year"] == 2026


def test_data_command_errors_are_one_line(installed, tmp_path):
    bad = tmp_path / "bad.vgpack"
    bad.write_text("{}", encoding="utf-8")
    status, _, err = cli("data", "install", str(bad))
    assert status == 2
    assert (
        err
        == f"vetguide: error: {bad}: not installed: this is not a vetguide data pack (wrong kind of file)\n"
    )
    status, _, err = cli("data", "remove", "2026")
    assert (status, err) == (
        2,
        "vetguide: error: no data pack for 2026 is installed (bundled data stays)\n",
    )
    status, _, err = cli("catalogue", "--call-year", "2031")
    assert (
        status == 2
        and "no data for the 2031 call; available call years: 2026, 2027 (expected)" in err
    )
