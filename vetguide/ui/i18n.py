"""The language of the user interface: Qt translators, the default from the system locale,
and the one ``tr`` every UI string goes through.

Every UI string is written as ``tr("English text")`` with a literal, so that
``pyside6-lupdate`` finds it (``scripts/update_translations.py`` keeps the ``.ts`` files and
the compiled ``.qm`` files in ``vetguide/resources/i18n``). All strings share one context, so
one English phrase has one translation everywhere.

Changing the language installs new translators; Qt then sends every widget a
``QEvent.LanguageChange``, on which widgets call their ``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vetguide.languages import CYRILLIC_LANGUAGE, LANGUAGE_NAMES, LATIN_LANGUAGE
from vetguide.languages import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from vetguide.paths import resource_path

LANGUAGES = LANGUAGE_NAMES  # code -> the language's own name
# A hidden language for layout checks: every string about 40% longer (see the script).
PSEUDO_LANGUAGE = "pseudo"
# The translation areas: one .ts file per area and language (see update_translations.py).
AREAS = ("main", "wizard")

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The current language's version of ``text`` (a literal English string).

    With a count ``n`` (``tr("In {n} days", None, n)``) the translation has one numerus
    form per plural category of the language (Serbian: 1, 21 dan; 2–4 dana; 5–20 dana), and
    Qt picks the one for ``n``; the caller still fills ``{n}``.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined (a constant, a table), and translate it
    where it is shown with ``tr(text)``. ``pyside6-lupdate`` finds the call by this name; unlike
    PySide6's own (typed as returning ``object``) this one is typed as returning the text.
    ``context``: always ``""`` (all strings share one context, see :func:`tr`)."""
    return text


def i18n_dir() -> Path:
    return resource_path("i18n")


def current_language() -> str:
    return _current


def model_language() -> str:
    """The language to load catalogue and texts in (the pseudo language shows English data)."""
    return DEFAULT_LANGUAGE if _current == PSEUDO_LANGUAGE else _current


def language_from_locale(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.Serbian:
        if locale.script() == QLocale.Script.LatinScript:
            return LATIN_LANGUAGE
        return CYRILLIC_LANGUAGE
    return DEFAULT_LANGUAGE


def system_language() -> str:
    return language_from_locale(QLocale.system())


def _qt_base_names(language: str) -> list[str]:
    # Qt ships no Serbian base translation today; the names are tried in case it does.
    names = {
        LATIN_LANGUAGE: ["qtbase_sr@latin", "qtbase_sr_Latn"],
        CYRILLIC_LANGUAGE: ["qtbase_sr"],
    }
    return names.get(language, [])


def set_language(language: str) -> str:
    """Install the translators for ``language`` (unknown values fall back to English)."""
    global _current
    if language not in LANGUAGES and language != PSEUDO_LANGUAGE:
        language = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language == DEFAULT_LANGUAGE or app is None:
        if app is not None:
            _notify(app)
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _qt_base_names(language):
        base = QTranslator()
        if base.load(name, qt_dir):
            _installed.append(base)
            break
    for area in AREAS:
        translator = QTranslator()
        if translator.load(str(i18n_dir() / f"{area}_{language}.qm")):
            _installed.append(translator)
    for translator in _installed:
        app.installTranslator(translator)
    if not _installed:
        _notify(app)
    return language


def _notify(app: QCoreApplication) -> None:
    # Removing every translator without installing one sends no LanguageChange; send it.
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
