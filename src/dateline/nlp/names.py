"""Given names that mark gender, for pronoun agreement ("he" cannot be Angela Merkel).

Written for this project from general knowledge of common given names in
English-language news across regions. Only names that are overwhelmingly used
for one gender are listed; unlisted or ambiguous names (Jean, Andrea, Kim)
leave the gender to the article's own evidence (titles, role nouns, pronouns).
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["FEMALE_NAMES", "GIVEN_NAMES", "MALE_NAMES", "fold"]

MALE_NAMES: Final = frozenset(
    """
    aaron abdul abdullah abdel abu adam adel ahmad ahmed ajay akbar alan albert aleksandr alexander alexandr
    alexei alexey ali alistair amir anatoly andre andrei andres andrew andrzej angus anthony antonio anwar
    arkady arnold arthur ashraf barack ben benjamin bernard bernie bill bob boris brad brian bruce carlos
    charles chris christopher chuck colin dan daniel dariush darius david dennis dick dmitry dmitri donald
    doug douglas duncan edward emmanuel enrique eric erik evgeny fabio farid fernando francis francisco
    frank franz fred friedrich gary george gerald gerhard giuseppe gordon greg gregory guillermo gustavo
    hamid hans harold harry hassan heinrich henry hussein ibrahim igor imran ion ivan jack jacob jaime james
    jared jason javier jeb jeff jeffrey jens jeremy jerry jim jimmy joe joel johan johannes john jonathan
    jorge jose joseph josh juan jurgen karl kemal ken kenneth kevin khalid klaus kofi kurt kwame larry
    lee leonid luis luiz mahmoud manuel marco marcus mario mark martin matt matthew michael miguel mikhail
    mike mitch mohamed mohammad mohammed muhammad mustafa nabil narendra nasser nathan nicolas nikolai nikolay
    oleg omar oscar pablo patrick paul pedro peter philip pierre rafael rahul rajesh ralph ramon randy
    raul ray recep reza richard rick robert rodrigo roger ronald rudy salman sam samuel sanjay satya
    scott sean sergei sergey sheldon sidney stanislav stephen steve steven stuart sultan ted terry thomas
    tim timothy tom tony umar uri vasily viktor vikram vladimir vladislav walter wayne william xavier
    yaakov yasser yevgeny yousef youssef yuri yusuf zoltan
    """.split()
)

FEMALE_NAMES: Final = frozenset(
    """
    adriana agnes aisha alexandra alice alicia alina amal amanda amina amy ana anastasia angela angelina
    anita ann anna anne annette antonia aung barbara beatriz betty brenda camila carla carmen carol
    caroline catherine cecilia charlotte cheryl christina christine claire claudia cristina cynthia
    dana daniela deborah debbie diana diane dilma donna dorothy elena elisabeth elizabeth ellen emily
    emma erika esther eva evelyn fatima fatma francesca gabriela gloria grace hanna hannah heather
    helen helena hillary hina ines ingrid irina isabel isabella jacinda jane janet jennifer jessica
    jill joan joanna josefina joyce judith julia julie karen katarina katherine kathleen kathryn kelly
    kristina laila lara laura layla leila linda lisa liz lucia lucy lyudmila madeleine magdalena maria
    marie marina marine martha mary maya megan melania melissa michelle mira miriam monica nadia nancy
    natalia natalya natasha nicola nicole nina nora olga olena paula pauline priya rachel rania rebecca
    rita rosa rose ruth sabina sahar salma samantha sandra sara sarah shirley silvia sofia sonia sophie
    stephanie susan svetlana tatiana tatyana teresa theresa tulsi ursula valentina valeria vanessa
    veronica victoria virginia wendy yasmin yelena yulia zainab zara zeynep
    """.split()
)

GIVEN_NAMES: Final = MALE_NAMES | FEMALE_NAMES


def fold(word: str) -> str:
    """Lower case without accents: "Andrés" → "andres"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
