"""The command line: output schema, text, and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from vetguide.cli import run

SCHOOL = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "holds_vet_accreditation": False,
    "holds_eche": False,
    "short_term_grants_previous_4_calls": 0,
    "experience": "newcomer",
    "goals": ["learner_mobility", "staff_mobility", "develop_practices"],
    "partners": [{"country": "ES", "organisation_type": "vet_provider"}],
    "participants": 20,
}


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(SCHOOL), encoding="utf-8")
    return path


def test_recommend_json_schema(profile_file):
    code, out, err = call(
        "recommend", "--profile", str(profile_file), "--format", "json", "--today", "2026-01-10"
    )
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"catalogue", "recommendations", "mobility", "partnership", "cove_clusters"}
    assert data["catalogue"]["call_year"] == 2026
    assert len(data["recommendations"]) == 12
    first = data["recommendations"][0]
    assert set(first) >= {
        "code",
        "title",
        "verdict",
        "partner_verdict",
        "fit",
        "criteria",
        "submit_to",
        "deadline",
    }
    assert set(first["criteria"][0]) >= {"id", "met", "explanation", "fix"}
    verdicts = {r["code"]: r["verdict"] for r in data["recommendations"]}
    assert verdicts["KA122-VET"] == "eligible"
    assert verdicts["KA121-VET"] == "ineligible"
    assert data["partnership"]["code"] == "KA210-VET"
    assert data["partnership"]["lump_sum_eur"] == 30000
    assert data["mobility"]["code"] == "KA122-VET"
    ka122 = next(r for r in data["recommendations"] if r["code"] == "KA122-VET")
    assert ka122["deadline"]["at"] == "2026-02-19T12:00:00+01:00"
    assert ka122["deadline"]["status"] == "open"


def test_recommend_text_is_ranked_with_reasons(profile_file):
    code, out, _ = call("recommend", "--profile", str(profile_file), "--today", "2026-01-10")
    assert code == 0
    assert out.index("KA122-VET") < out.index("KA121-VET")
    assert "As applicant: Eligible" in out
    assert "[ ]" in out and "[x]" in out
    assert "Partnership size" in out and "Mobility route" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{nope", "not valid JSON"),
        (json.dumps({**SCHOOL, "country": "QQ"}), "unknown country 'QQ'"),
        (json.dumps({**SCHOOL, "goals": ["world_peace"]}), "'goals.0'"),
        (json.dumps({**SCHOOL, "participants": "twenty"}), "'participants'"),
    ],
)
def test_bad_profile_exits_2_with_one_message(tmp_path, content, expected):
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = call("recommend", "--profile", str(path))
    assert code == 2
    assert out == ""
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_profile_file(tmp_path):
    code, _, err = call("recommend", "--profile", str(tmp_path / "none.json"))
    assert code == 2 and "no such file" in err


def test_bad_today():
    code, _, err = call("catalogue", "--today", "yesterday")
    assert code == 2 and "--today" in err


def test_catalogue_json_and_text():
    code, out, _ = call("catalogue", "--format", "json", "--today", "2026-01-10")
    assert code == 0
    data = json.loads(out)
    assert [a["code"] for a in data["actions"]][:3] == ["KA120-VET", "KA121-VET", "KA122-VET"]
    assert all(a["next_deadline"] for a in data["actions"])
    code, out, _ = call("catalogue", "--today", "2026-01-10")
    assert code == 0 and "ERASMUS-EDU-CB-VET" in out and "Source: https://" in out


def test_commands_run_without_qt(profile_file):
    """`recommend` and `catalogue` work as real processes and never load PySide6."""
    script = (
        "import sys, io\n"
        "from vetguide.cli import run\n"
        f"assert run(['recommend', '--profile', {str(profile_file)!r}, '--format', 'json'], out=io.StringIO()) == 0\n"
        "assert run(['catalogue'], out=io.StringIO()) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_model_imports_no_qt():
    script = (
        "import sys, pkgutil, importlib, vetguide.model as m\n"
        "for info in pkgutil.iter_modules(m.__path__): importlib.import_module('vetguide.model.' + info.name)\n"
        "assert not [n for n in sys.modules if n.startswith('PySide6')]\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_console_entry_point_version():
    done = subprocess.run(
        [sys.executable, "-m", "vetguide", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.startswith("vetguide ")
