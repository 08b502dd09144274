"""Keep the UI translations in step with the code.

    python scripts/update_translations.py            # lupdate + make sr-Cyrl + lrelease
    python scripts/update_translations.py missing AREA   # untranslated sr-Latn sources as JSON
    python scripts/update_translations.py fill AREA FILE.json   # {"English": "Srpski", ...}
        (a count, tr(text, None, n): {"In {n} days": ["Za {n} dan", "Za {n} dana", "Za {n} dana"]})

Serbian Latin (``<area>_sr-Latn.ts``) is the translated source. Serbian Cyrillic is made from
it with the tested transliteration (``vetguide.model.translit``), and a pseudo language with
every string about 40% longer is made for layout checks. All are compiled to ``.qm`` with
``pyside6-lrelease`` and shipped in ``vetguide/resources/i18n``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "vetguide" / "ui"
OUT = ROOT / "vetguide" / "resources" / "i18n"
WIZARD_FILES = {
    "wizard.py",
    "wizard_pages.py",
    "presenter.py",
    "results_view.py",
    "budget_dialog.py",
    "readiness_view.py",
    "deadline_banner.py",
}


def area_files(area: str) -> list[Path]:
    files = sorted(p for p in UI.glob("*.py") if p.name != "__init__.py")
    chosen = [p for p in files if (p.name in WIZARD_FILES) == (area == "wizard")]
    return chosen


def ts_path(area: str, language: str) -> Path:
    return OUT / f"{area}_{language}.ts"


def find_tool(name: str) -> str | None:
    """A Qt tool of PySide6: beside this Python (a venv not on PATH), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def tool(name: str) -> str:
    found = find_tool(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(area: str, target: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in area_files(area)]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def messages(tree: ET.ElementTree) -> list[ET.Element]:
    return list(tree.getroot().iter("message"))


def derive(source_ts: Path, target_ts: Path, convert) -> None:  # type: ignore[no-untyped-def]
    tree = ET.parse(source_ts)
    tree.getroot().set("language", target_ts.stem.split("_", 1)[1].replace("-", "_"))
    for message in messages(tree):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") is not None:
            continue
        if translation.text and translation.text.strip():
            translation.text = convert(translation.text, source)
        for form in translation.iter("numerusform"):  # one per plural category
            if form.text:
                form.text = convert(form.text, source)
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)


def pseudo(source: str) -> str:
    padding = "~" * max(2, round(len(source) * 0.4) - 4)
    return f"[{source} {padding}]"


def lrelease(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def update() -> None:
    from vetguide.model.translit import latin_to_cyrillic

    OUT.mkdir(parents=True, exist_ok=True)
    for area in ("main", "wizard"):
        latin = ts_path(area, "sr-Latn")
        lupdate(area, latin)
        # The pseudo language translates every message, finished or not.
        tree = ET.parse(latin)
        for message in messages(tree):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            for form in forms:
                form.text = pseudo(message.findtext("source") or "")
            if not forms:
                translation.text = pseudo(message.findtext("source") or "")
        pseudo_ts = ts_path(area, "pseudo")
        tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
        derive(latin, ts_path(area, "sr-Cyrl"), lambda text, _source: latin_to_cyrillic(text))
        for language in ("sr-Latn", "sr-Cyrl", "pseudo"):
            lrelease(ts_path(area, language))
        ts_path(area, "pseudo").unlink()
        unfinished = [m for m in messages(ET.parse(latin)) if is_unfinished(m)]
        print(f"{area}: {len(messages(ET.parse(latin)))} messages, {len(unfinished)} untranslated")


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return True
    forms = list(translation.iter("numerusform"))
    if forms:
        return not all(form.text for form in forms)
    return not translation.text


def missing(area: str) -> None:
    tree = ET.parse(ts_path(area, "sr-Latn"))
    todo = {m.findtext("source"): "" for m in messages(tree) if is_unfinished(m)}
    print(json.dumps(todo, ensure_ascii=False, indent=2))


def fill(area: str, mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    path = ts_path(area, "sr-Latn")
    tree = ET.parse(path)
    done = 0
    for message in messages(tree):
        source = message.findtext("source")
        if mapping.get(source):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            value = mapping[source]
            if isinstance(value, list):  # numerus forms: Serbian one, few, other
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{area}: filled {done} translations")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        update()
    elif args[0] == "missing" and len(args) == 2:
        missing(args[1])
    elif args[0] == "fill" and len(args) == 3:
        fill(args[1], args[2])
    else:
        sys.exit(__doc__)
