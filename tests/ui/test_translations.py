"""The UI translation files are complete and in step with the code."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vetguide.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("sr-Latn", "sr-Cyrl")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("area", i18n.AREAS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_missing_translations(area, language):
    path = i18n.i18n_dir() / f"{area}_{language}.ts"
    assert path.exists(), path
    problems = []
    for message in _messages(path):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None or not translation.text:
            problems.append(message.findtext("source"))
    assert problems == []
    assert (i18n.i18n_dir() / f"{area}_{language}.qm").exists()


def _script():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


@pytest.mark.skipif(_script().find_tool("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
@pytest.mark.parametrize("area", i18n.AREAS)
def test_every_ui_string_is_in_the_ts_file(area, tmp_path):
    """Running lupdate on the code finds no source text the committed .ts file lacks."""
    script = _script()
    fresh = tmp_path / "fresh.ts"
    script.lupdate(area, fresh)
    in_code = {m.findtext("source") for m in _messages(fresh)}
    committed = {m.findtext("source") for m in _messages(i18n.i18n_dir() / f"{area}_sr-Latn.ts")}
    assert in_code - committed == set(), "run scripts/update_translations.py"
    assert committed - in_code == set(), "obsolete entries: run scripts/update_translations.py"


def test_language_from_locale():
    from PySide6.QtCore import QLocale

    assert (
        i18n.language_from_locale(
            QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia)
        )
        == "sr-Latn"
    )
    assert (
        i18n.language_from_locale(
            QLocale(QLocale.Language.Serbian, QLocale.Script.CyrillicScript, QLocale.Country.Serbia)
        )
        == "sr-Cyrl"
    )
    assert (
        i18n.language_from_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    )
