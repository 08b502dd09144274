"""The languages vetguide speaks: one list of codes, names and CLDR locales for the whole
program. Kept free of pydantic and Qt, so the command line can build its parser (``--lang``)
and the window its language menu without loading the model.

``sr-Cyrl`` is made from ``sr-Latn`` (see :mod:`vetguide.model.translit`); data and
translation files exist in English and Serbian Latin only.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"
LATIN_LANGUAGE = "sr-Latn"
CYRILLIC_LANGUAGE = "sr-Cyrl"

# code -> the language's own name (the language menu, the wizard's language field)
LANGUAGE_NAMES: dict[str, str] = {
    DEFAULT_LANGUAGE: "English",
    LATIN_LANGUAGE: "Srpski (latinica)",
    CYRILLIC_LANGUAGE: "Српски (ћирилица)",
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
# Translations a data pack carries (English is the data itself).
TRANSLATED_LANGUAGES: tuple[str, ...] = (LATIN_LANGUAGE,)

# vetguide language -> CLDR locale (dates, numbers, plural rules); "sr" alone means Latin.
CLDR_LOCALES: dict[str, str] = {
    DEFAULT_LANGUAGE: "en_GB",
    "sr": "sr_Latn",
    LATIN_LANGUAGE: "sr_Latn",
    CYRILLIC_LANGUAGE: "sr_Cyrl",
}
