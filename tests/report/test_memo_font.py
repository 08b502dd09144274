"""The memo uses the bundled DejaVu Sans and lays out the same on a machine without it:
the PDF does not depend on the system's fonts or font settings (Windows, macOS)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
PROFILE = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "goals": ["learner_mobility", "staff_mobility"],
}


def _export(tmp_path: Path, name: str, extra_env: dict[str, str]) -> PdfReader:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(PROFILE), encoding="utf-8")
    target = tmp_path / f"{name}.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    command = [sys.executable, "-m", "vetguide", "export", "--profile", str(profile)]
    command += ["--pdf", str(target), "--today", "2026-01-10", "--lang", "sr-Cyrl"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return PdfReader(target)


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


def test_the_memo_is_the_same_without_any_system_font(tmp_path: Path) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{empty}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    usual = _export(tmp_path, "usual", {})
    bare = _export(tmp_path, "bare", {"FONTCONFIG_FILE": str(config)})
    assert _fonts(bare) == _fonts(usual) == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert len(bare.pages) == len(usual.pages)
    for mine, theirs in zip(bare.pages, usual.pages, strict=True):
        assert mine.extract_text() == theirs.extract_text()  # same words, same line breaks
