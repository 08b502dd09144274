"""One object for "this call year in this language": the data the UI, memo and CLI show.

:func:`data_context` picks the call year (given, or chosen from the packs and the date, see
:func:`vetguide.model.packs.choose_call`), selects it for the loaders that take no year, and
loads the catalogue and texts of that year's pack in one language; the countries, readiness
steps, glossary and unit costs of the same pack and language are loaded when asked for.
The English catalogue rides along (:attr:`DataContext.english`): shortlists and profiles
are checked against it, and translated screens show its official titles.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from vetguide.model import resources
from vetguide.model.catalogue import Catalogue
from vetguide.model.countries import CountryTable
from vetguide.model.packs import PackInfo, choose_call, pack_in_use
from vetguide.model.readiness import ReadinessData, load_readiness
from vetguide.model.resources import DEFAULT_LANGUAGE, check_language, select_call_year
from vetguide.model.texts import Texts

if TYPE_CHECKING:  # the budget and glossary are loaded only when asked for
    from vetguide.model.budget import BudgetData
    from vetguide.model.glossary import Glossary


@dataclass(frozen=True)
class DataContext:
    call_year: int
    language: str
    pack: PackInfo
    chosen: bool  # True: picked from the date, not asked for
    all_past: bool  # chosen, and every deadline of every known call is past
    english: Catalogue
    catalogue: Catalogue
    texts: Texts

    @property
    def countries(self) -> CountryTable:
        return resources.load_countries(self.language, self.call_year)

    @property
    def readiness(self) -> ReadinessData:
        return load_readiness(self.language, self.call_year)

    def in_language(self, language: str) -> DataContext:
        """The same call year's data in ``language``."""
        check_language(language)
        year = self.call_year
        return replace(
            self,
            language=language,
            catalogue=resources.load_catalogue(year, language),
            texts=resources.load_texts(language),
        )

    def glossary(self) -> Glossary:
        from vetguide.model.glossary import load_glossary

        return load_glossary(self.language, self.call_year)

    def has_budget(self) -> bool:
        from vetguide.model.budget import available_call_years

        return self.call_year in available_call_years()

    def budget(self) -> BudgetData:
        from vetguide.model.budget import load_budget_data

        return load_budget_data(self.call_year, self.language)


def data_context(
    call_year: int | None = None, language: str = DEFAULT_LANGUAGE, today: date | None = None
) -> DataContext:
    """The data of ``call_year`` (default: chosen for ``today``) in ``language``.

    Raises :class:`~vetguide.model.resources.DataError` for a year without data (the message
    lists the years there are) or a damaged pack.
    """
    check_language(language)
    chosen = call_year is None
    all_past = False
    if call_year is None:
        choice = choose_call(today or date.today())
        call_year, all_past = choice.call_year, choice.all_past
    pack = pack_in_use(call_year)
    select_call_year(call_year)
    return DataContext(
        call_year=call_year,
        language=language,
        pack=pack,
        chosen=chosen,
        all_past=all_past,
        english=resources.load_catalogue(call_year),
        catalogue=resources.load_catalogue(call_year, language),
        texts=resources.load_texts(language),
    )
