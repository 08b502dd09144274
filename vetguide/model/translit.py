"""Serbian Latin ⇄ Cyrillic transliteration, and the per-language script of a text.

The Serbian texts are written once, in Latin script (``sr-Latn``); the Cyrillic version
(``sr-Cyrl``) is made from them when they are loaded. Some parts of a Serbian text must stay
as they are in every script:

- anything inside the protection marker ``⟦…⟧`` — names of foreign organisations, official
  English titles (``⟦Funding & Tenders⟧``). The markers themselves never reach the user:
  :func:`localise` removes them in every language;
- format placeholders (``{action}``, ``{n}``), URLs, e-mail addresses and domain names;
- codes and words with digits (``KA220-VET``, ``KA1``), compounds of capitals
  (``ERASMUS-EDU-PEX-COVE``), the foreign acronyms in :data:`ACRONYMS` (``EACEA``, ``VET``),
  words in mixed case (``ErasmusPro``, ``eTwinning``) and words with letters that Serbian
  does not use (``Léargas``, ``Wien``).

Any other word in capitals is Serbian and is transliterated (``LJUBAV`` → ``ЉУБАВ``, ``EU`` →
``ЕУ``, and the prepositions ``NA``, ``KA`` in ``PRIJAVA NA KONKURS``); add a new foreign
acronym to :data:`ACRONYMS` or protect it with the marker. Serbian abbreviations (``EU``) and
two-letter words that are Serbian prepositions (``NA``, ``KA``) must never be listed there.

The digraphs lj, nj and dž are single letters (љ, њ, џ) except in the few words of
:data:`NOT_DIGRAPHS`, where the two letters belong to different parts of the word
(``konjunktura`` → конјунктура, ``nadživeti`` → надживети).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from vetguide.languages import CYRILLIC_LANGUAGE, LATIN_LANGUAGE

PROTECT_OPEN = "⟦"
PROTECT_CLOSE = "⟧"


ACRONYMS: frozenset[str] = frozenset(
    {
        "CB",
        "CET",
        "CEST",
        "COVE",
        "CV",
        "DG",
        "EACEA",
        "ECHE",
        "ECVET",
        "EDU",
        "EMPL",
        "EQAVET",
        "EQF",
        "ERASMUS",
        "ESCO",
        "EUR",
        "ICT",
        "ISCED",
        "JMO",
        "NGO",
        "OECD",
        "OFET",
        "OID",
        "PDF",
        "PEX",
        "PIC",
        "SME",
        "URL",
        "VET",
    }
)

# Words in which lj / nj / dž are two letters: the stem, with "|" where the word splits.
NOT_DIGRAPHS: dict[str, str] = {
    "konjug": "kon|jug",
    "konjunkt": "kon|junkt",
    "injek": "in|jek",
    "injunk": "in|junk",
    "tanjug": "tan|jug",
    "vanjezi": "van|jezi",
    "nadžanr": "nad|žanr",
    "nadživ": "nad|živ",
    "nadžnj": "nad|žnj",
    "odžal": "od|žal",
    "odživ": "od|živ",
    "podžanr": "pod|žanr",
    "podžup": "pod|žup",
    "predžel": "pred|žel",
}

_LAT_TO_CYR = {
    "a": "а",
    "b": "б",
    "c": "ц",
    "č": "ч",
    "ć": "ћ",
    "d": "д",
    "đ": "ђ",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "ј",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "š": "ш",
    "t": "т",
    "u": "у",
    "v": "в",
    "z": "з",
    "ž": "ж",
}
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
# Single code points some keyboards produce for the digraphs.
_LIGATURES = {
    "ǉ": "љ",
    "ǈ": "Љ",
    "Ǉ": "Љ",
    "ǌ": "њ",
    "ǋ": "Њ",
    "Ǌ": "Њ",
    "ǆ": "џ",
    "ǅ": "Џ",
    "Ǆ": "Џ",
}
_CYR_TO_LAT = {cyr: lat for lat, cyr in _LAT_TO_CYR.items()} | {
    cyr: lat for lat, cyr in _DIGRAPHS.items()
}
_SERBIAN_LATIN = frozenset(_LAT_TO_CYR) | {c.upper() for c in _LAT_TO_CYR} | frozenset(_LIGATURES)
_SERBIAN_CYRILLIC = frozenset(_CYR_TO_LAT) | {c.upper() for c in _CYR_TO_LAT}

_TLDS = "rs|eu|int|com|org|net|info|edu|gov|me|ba|hr|mk|al|si|de|at|fi|gr|it|ie|cy|cz|no|pt|be|fr|es|nl|pl|sk|se|uk|tr|am|ge|ua|lu|ac"
_PROTECTED = re.compile(
    rf"""
      {PROTECT_OPEN}(?P<kept>.*?){PROTECT_CLOSE}              # explicit marker
    | \{{[^{{}}\s]*\}}                                          # format placeholder
    | (?:https?://|www\.)[^\s<>"]+                            # URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                            # e-mail address
    | \b(?:[A-Za-z0-9-]+\.)+(?:{_TLDS})\b(?![\w.]*\w)(?:/[^\s<>"]*)?   # domain name
    """,
    re.VERBOSE | re.DOTALL,
)
_WORD = re.compile(r"\w+(?:-\w+)*")
_CAMEL = re.compile(r"[a-zčćđšž][A-ZČĆĐŠŽ]")


def strip_markers(text: str) -> str:
    """The text without the protection markers (the protected words stay)."""
    return text.replace(PROTECT_OPEN, "").replace(PROTECT_CLOSE, "")


def protect(text: str) -> str:
    """Wrap ``text`` in the protection marker."""
    return f"{PROTECT_OPEN}{text}{PROTECT_CLOSE}"


def is_kept_word(word: str) -> bool:
    """True if a single word (no hyphen) keeps its Latin spelling in Cyrillic text."""
    if any(ch.isdigit() for ch in word):
        return True
    if word in ACRONYMS:
        return True
    if _CAMEL.search(word):
        return True
    return any(
        ch.isalpha() and ch not in _SERBIAN_LATIN and ch not in _SERBIAN_CYRILLIC for ch in word
    )


def is_code(token: str) -> bool:
    """A code such as KA220-VET or ERASMUS-EDU-PEX-COVE: kept whole."""
    if any(ch.isdigit() for ch in token):
        return True
    parts = token.split("-")
    return len(parts) > 1 and all(p.isupper() or p.isdigit() for p in parts)


def _no_digraph_positions(lower: str) -> set[int]:
    """Indices i where lower[i:i+2] looks like a digraph but is two letters."""
    positions: set[int] = set()
    for stem, split in NOT_DIGRAPHS.items():
        start = lower.find(stem)
        while start >= 0:
            positions.add(start + split.index("|") - 1)
            start = lower.find(stem, start + 1)
    return positions


def _word_to_cyrillic(word: str) -> str:
    word = unicodedata.normalize("NFC", word)
    lower = word.lower()
    skip = _no_digraph_positions(lower)
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = lower[i : i + 2]
        if pair in _DIGRAPHS and i not in skip:
            letter = _DIGRAPHS[pair]
            out.append(letter.upper() if word[i].isupper() else letter)
            i += 2
            continue
        ch = word[i]
        if ch in _LIGATURES:
            out.append(_LIGATURES[ch])
        elif ch in _LAT_TO_CYR:
            out.append(_LAT_TO_CYR[ch])
        elif ch.lower() in _LAT_TO_CYR:
            out.append(_LAT_TO_CYR[ch.lower()].upper())
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _token_to_cyrillic(token: str) -> str:
    if is_code(token):
        return token
    return "-".join(
        part if is_kept_word(part) else _word_to_cyrillic(part) for part in token.split("-")
    )


def _free_to_cyrillic(text: str) -> str:
    return _WORD.sub(lambda m: _token_to_cyrillic(m.group(0)), text)


def _free_to_latin(text: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        lower = ch.lower()
        if lower not in _CYR_TO_LAT:
            out.append(ch)
            continue
        latin = _CYR_TO_LAT[lower]
        if ch == lower:
            out.append(latin)
        elif len(latin) == 1:
            out.append(latin.upper())
        else:
            after = text[i + 1] if i + 1 < len(text) else ""
            before = text[i - 1] if i > 0 else ""
            all_caps = after.isupper() or (before.isupper() and not after.islower())
            out.append(latin.upper() if all_caps else latin[0].upper() + latin[1:])
    return "".join(out)


def _convert(text: str, free: Callable[[str], str]) -> str:
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(free(text[last : match.start()]))
        kept = match.group("kept")
        out.append(kept if kept is not None else match.group(0))
        last = match.end()
    out.append(free(text[last:]))
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """Serbian Latin → Cyrillic; protected parts are kept and the markers removed."""
    return _convert(text, _free_to_cyrillic)


def cyrillic_to_latin(text: str) -> str:
    """Serbian Cyrillic → Latin; protected parts are kept and the markers removed."""
    return _convert(text, _free_to_latin)


def source_language(language: str) -> str:
    """The language whose file holds the texts: sr-Cyrl is made from sr-Latn."""
    return LATIN_LANGUAGE if language == CYRILLIC_LANGUAGE else language


def localise(text: str, language: str) -> str:
    """A text written for ``source_language(language)``, in the script of ``language``."""
    if language == CYRILLIC_LANGUAGE:
        return latin_to_cyrillic(text)
    return strip_markers(text)
