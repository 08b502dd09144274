"""`vetguide export`: a PDF from a shortlist file or from a profile, one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import vetguide
from vetguide.cli import run
from vetguide.model.profile import InstitutionProfile
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.model.storage import write_shortlist_file
from vetguide.model.vocab import Verdict

TODAY = "2026-01-20"
PROFILE = {
    "name": "Tehnička škola Čačak",
    "organisation_type": "vet_provider",
    "country": "RS",
    "experience": "newcomer",
    "goals": ["learner_mobility", "develop_practices", "green"],
    "partners": [{"country": "AT", "organisation_type": "company", "name": "Firma GmbH"}],
}

pytestmark = pytest.mark.usefixtures("qapp")  # see test_pdf.py


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


@pytest.fixture
def shortlist_file(tmp_path: Path) -> Path:
    shortlist = Shortlist(
        name="For the board",
        items=[
            ShortlistItem(code="KA122-VET", note="Ask Tempus about the second round."),
            ShortlistItem(code="KA210-VET", note="Partner: Firma GmbH"),
        ],
        profile=InstitutionProfile.model_validate(PROFILE),
    )
    path = tmp_path / "board.vetguide.json"
    write_shortlist_file(path, shortlist)
    return path


def test_export_a_shortlist_file(tmp_path: Path, shortlist_file: Path) -> None:
    target = tmp_path / "board.pdf"
    status, out, err = cli(
        "export", "--shortlist", str(shortlist_file), "--pdf", str(target), "--today", TODAY
    )
    assert (status, err) == (0, "")
    assert str(target) in out
    text = pdf_text(target)
    assert "For the board" in text
    assert "(KA122-VET)" in text and "(KA210-VET)" in text
    assert "Ask Tempus about the second round." in text
    assert "open, 30 days left" in text  # KA122 deadline 19 Feb 2026, seen from --today


def test_export_the_recommended_actions_of_a_profile(tmp_path: Path, profile_file: Path) -> None:
    target = tmp_path / "recommended.pdf"
    status, _, err = cli(
        "export", "--profile", str(profile_file), "--pdf", str(target), "--today", TODAY
    )
    assert (status, err) == (0, "")
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Erasmus+ actions open to your organisation"
    assert reader.metadata.author == PROFILE["name"]

    catalogue = load_catalogue()
    recs = recommend(
        InstitutionProfile.model_validate(PROFILE), catalogue, date.fromisoformat(TODAY)
    )
    ranked = recs.actions
    # Those serving the user's goals first, then those merely open, each in rank order.
    wanted = [*recs.recommended(), *recs.also_open()]
    assert {r.code for r in wanted} == {
        r.code for r in ranked if r.verdict in (Verdict.ELIGIBLE, Verdict.CONDITIONAL)
    }
    unwanted = [r for r in ranked if r.verdict is Verdict.INELIGIBLE]
    assert wanted and unwanted
    flat = compact(pdf_text(target))
    positions = [flat.find(compact(f"{n}. {r.title} ({r.code})")) for n, r in enumerate(wanted, 1)]
    assert -1 not in positions
    assert positions == sorted(positions)  # ranked order
    for r in unwanted:
        assert compact(f"{r.title} ({r.code})") not in flat


@pytest.mark.parametrize("kind", ["--shortlist", "--profile"])
def test_missing_input_file(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out.pdf"
    status, out, err = cli("export", kind, str(tmp_path / "nope.json"), "--pdf", str(target))
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("vetguide: error: ")
    assert "no such file" in err
    assert out == ""
    assert not target.exists()


@pytest.mark.parametrize("kind", ["--shortlist", "--profile"])
@pytest.mark.parametrize("content", ["{not json", '{"kind": "something else"}', "[]"])
def test_invalid_input_file(tmp_path: Path, kind: str, content: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "out.pdf"
    status, _, err = cli("export", kind, str(source), "--pdf", str(target))
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("vetguide: error: ")
    assert "Traceback" not in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("where", "message"),
    [("a-file/out.pdf", "not a folder"), ("missing/out.pdf", "does not exist")],
)
def test_unwritable_target(tmp_path: Path, profile_file: Path, where: str, message: str) -> None:
    (tmp_path / "a-file").write_text("x")
    status, _, err = cli("export", "--profile", str(profile_file), "--pdf", str(tmp_path / where))
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("vetguide: error: ")
    assert message in err


def test_bad_date(tmp_path: Path, profile_file: Path) -> None:
    status, _, err = cli(
        "export",
        "--profile",
        str(profile_file),
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--today",
        "soon",
    )
    assert status == 2
    assert err == "vetguide: error: --today: 'soon' is not a date (use YYYY-MM-DD)\n"


def test_one_source_only(tmp_path: Path, profile_file: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("export", "--profile", str(profile_file), "--shortlist", "x", "--pdf", "x.pdf")
    assert stop.value.code == 2


def test_command_line_needs_no_display(tmp_path: Path, profile_file: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    root = str(Path(vetguide.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    target = tmp_path / "memo.pdf"
    args = ["export", "--profile", str(profile_file), "--pdf", str(target), "--today", TODAY]
    done = subprocess.run(
        [sys.executable, "-m", "vetguide", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Erasmus+ actions open to your organisation" in pdf_text(target)
