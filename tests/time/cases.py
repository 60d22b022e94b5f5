"""Test cases for the TIMEX3 time-expression tagger and normaliser (dateline issue #4).

Only data lives here. Each :class:`Case` is one TIMEX3 in one sentence, so another module can
wire the cases to the implementation (tag ``sentence`` with ``anchor`` as the document creation
time, find the timex whose text is ``expression``, compare ``type`` and ``value``). Every
sentence was written for this table (invented people and organisations, real places); none is
taken from TimeBank/AQUAINT, whose gold is kept for evaluation.

Field meanings
--------------
``sentence``    a short news sentence containing the expression exactly once.
``expression``  the TIMEX3 extent, an exact substring of ``sentence``.
``anchor``      the document creation time (DCT): ``YYYY-MM-DD``, or with ``THH:MM±HH:MM`` when
                the case needs a clock time.
``type``        DATE, TIME, DURATION or SET.
``value``       the TIMEX3 ``value`` attribute.
``mod``/``quant``/``freq``
                the TIMEX3 attributes of the same names where the guidelines call for one; they
                are advisory (the TempEval-3 scorer in ``dateline.eval.time`` compares extent,
                type and value only) and empty when absent.

Every sentence holds exactly one TIMEX3, except the cases in ``RANGES``, where one sentence
yields two cases (one per TIMEX3, each with its own expression).

Conventions (TimeML 1.2.1 annotation guidelines, TIMEX3 section, and the TempEval-3 task
definition, from knowledge; cross-checked against how TBAQ-cleaned writes a few values)
------------------------------------------------------------------------------------------
Extent
  * A TIMEX3 covers the full noun phrase or adverbial: determiners, ordinals, pre-modifiers
    ("the last twenty four hours", "the first quarter of next year", "early next year",
    "more than an hour and a half", "about two hours", "two days ago", "three weeks from now").
  * Prepositions that introduce the expression ("on", "in", "at", "for", "since", "within",
    "from ... to") are SIGNALs and stay outside: "on Monday" -> "Monday",
    "in recent weeks" -> "recent weeks", "within 18 months" -> "18 months".
  * A clock time and the day it falls on form one TIMEX3 when adjacent ("9 a.m. Tuesday"),
    as do a weekday and its date ("Friday, Nov. 27"). A stated zone belongs to the extent
    ("5 p.m. EST").

Values
  * Dates are ISO 8601 calendar values at the granularity the text states: "last month"
    -> 2015-10, "last year" -> 2014, "two weeks ago" -> 2015-W46 (the unit of the offset sets
    the granularity, as in TimeBank), weeks as ISO weeks (2015-W47), weekends as 2015-W47-WE.
  * Direction of underspecified references follows tense: in a past-tense clause a bare
    weekday or month-day is the most recent one before the DCT, in a future-tense clause the
    next one after it. The weekday equal to the DCT's weekday ("on Friday" in a Friday story)
    is the DCT itself, in either tense (news uses "last/next Friday" for the other weeks).
  * "last X"/"next X" with a weekday, month or season name is the nearest such X before/after
    the DCT (not "the X of the previous/next week/year"); "this X" is the X of the current
    week/year, whichever side of the DCT it falls.
  * Seasons: SP, SU, FA, WI. A winter is labelled with the year in which it begins (December),
    so Dec 2015 - Feb 2016 is 2015-WI.
  * Quarters 2015-Q3, halves 2015-H1. An unqualified "the third quarter" is the most recent
    such quarter consistent with tense (usually the DCT's year; in a January story "the fourth
    quarter" is the previous year's).
  * Fiscal years: the bare year the text names ("fiscal 1998" -> 1998), fiscal quarters as
    YYYY-Qn. This is what TimeBank/TempEval-3 gold does; TIMEX2 (ACE/TERN) would write FY1998
    and FY1998-Q1, which TimeML 1.2.1 never adopted into its value grammar.
  * Decades are the first three digits ("the 1990s" -> 199), centuries the first two
    ("the 20th century" -> 19, i.e. the 1900s).
  * Times of day: THH:MM ("5 p.m." -> T17:00), parts of day TMO/TAF/TEV/TNI ("this morning"
    -> 2015-11-27TMO); type TIME for both, except a weekday with its part of day ("Friday
    morning"), typed DATE as AQUAINT has it. Midnight is T24:00 of the day it ends (TimeBank
    writes "midnight Friday" as ...T24).
  * Time zones: when the text names a zone, the value carries its UTC offset ("5 p.m. EST"
    -> 2015-11-27T17:00-05:00, GMT -> +00:00, which is the same instant as ISO "Z"). TimeBank
    drops the zone (it writes 1989-11-06T17 for "5 p.m. EST, Nov. 6"); the offset form is this
    project's choice. With no zone in the text the value has none, even if the DCT has one.
  * Vague references: PAST_REF ("recently", "the past", "recent weeks"), PRESENT_REF ("now",
    "currently"), FUTURE_REF ("soon", "the future", "the coming months"), all type DATE.
  * Durations: P/PT with the unit the text uses ("the last twenty four hours" -> PT24H, not
    P1D; "a decade" -> P10Y); an unspecified count is X ("several weeks" -> PXW).
    "the past three years" is a DURATION P3Y (TimeBank practice), not a DATE.
  * Sets: the value is the period or the repeated calendar slot: "every Tuesday" -> XXXX-WXX-2
    (quant EVERY), "each year" -> P1Y (quant EACH), "twice a week" -> P1W (freq 2X),
    "daily" -> P1D, "monthly" -> P1M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

__all__ = [
    "ANCHOR",
    "CASES",
    "CATEGORIES",
    "Case",
    "TimexType",
    "check_cases",
    "valid_value",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Case:
    sentence: str
    expression: str
    anchor: str
    type: TimexType
    value: str
    mod: str = ""
    quant: str = ""
    freq: str = ""


# The case tables keep one case per line: ruff format would split long rows.
# fmt: off
ANCHOR: Final = "2015-11-27"  # a Friday, ISO week 2015-W48 (Mon 23 Nov - Sun 29 Nov)
A: Final = ANCHOR

# --- 1. The rows from the issue, in the order given -------------------------------------------
REQUIRED: Final[tuple[Case, ...]] = (
    # "on" is a SIGNAL and stays outside the TIMEX3; past tense -> the Monday before the DCT.
    Case("Putin visited Tehran on Monday for talks with Iran's supreme leader.", "Monday", A, "DATE", "2015-11-23"),
    # Past clause, month-day before the DCT -> the DCT's year.
    Case("The Kenyan treasury said the relief fund had run dry by Sept. 30.", "Sept. 30", A, "DATE", "2015-09-30"),
    # A deadline lies ahead, so the next Jan. 1 after the DCT; "a ... deadline" is not in the extent.
    Case("Creditors have given Athens a Jan. 1 deadline to pass the pension overhaul.", "Jan. 1", A, "DATE", "2016-01-01"),
    # TimeBank once included "within" (with mod EQUAL_OR_LESS); the issue table puts the extent
    # at "18 months", so "within" is a SIGNAL here and no mod is given.
    Case("Halvorsen Chemicals said it would finish the Gdansk terminal within 18 months.", "18 months", A, "DURATION", "P18M"),
    Case("Dockworkers in Antwerp walked off the job last week over pension cuts.", "last week", A, "DATE", "2015-W47"),
    # TimeBank adds mod="START" to "earlier this year"; the value stays the year.
    Case("Marivel Textiles closed its factory in Dhaka earlier this year.", "earlier this year", A, "DATE", "2015", mod="START"),
    # TimeBank is inconsistent here (DATE PAST_REF and DURATION PXW both occur); issue table: PAST_REF.
    Case("Coffee prices in Santos have climbed in recent weeks, traders said.", "recent weeks", A, "DATE", "PAST_REF"),
    Case("The Lisbon metro was halted for more than an hour and a half after a power cut.", "more than an hour and a half", A, "DURATION", "PT1H30M", mod="MORE_THAN"),
    Case("The Mossgiel Trust hands out food parcels in Glasgow every Tuesday.", "every Tuesday", A, "SET", "XXXX-WXX-2", quant="EVERY"),
    # Future tense -> the Monday after the DCT.
    Case("Officials from both governments will meet on Monday in Vienna.", "Monday", A, "DATE", "2015-11-30"),
)

# --- 2. Weekday names, past and future (DCT Friday 2015-11-27) ---------------------------------
WEEKDAYS: Final[tuple[Case, ...]] = (
    # Same weekday as the DCT in a past clause: the DCT itself (TimeBank practice in news).
    Case("Police in Brussels arrested two more suspects on Friday.", "Friday", A, "DATE", "2015-11-27"),
    # Same weekday in a future clause: also the DCT (later today); a week ahead would be
    # "next Friday". Debatable: some systems resolve this to 2015-12-04.
    Case("The Ortega Foundation will name its prize winners in Madrid on Friday.", "Friday", A, "DATE", "2015-11-27"),
    Case("Ukraine's parliament approved the state budget on Wednesday.", "Wednesday", A, "DATE", "2015-11-25"),
    Case("Dutch farmers blocked roads around Utrecht on Thursday.", "Thursday", A, "DATE", "2015-11-26"),
    Case("Fans of Lokomotiv Sofia clashed with police after the match on Saturday.", "Saturday", A, "DATE", "2015-11-21"),
    Case("Residents of Lyon marched against the tram closures on Sunday.", "Sunday", A, "DATE", "2015-11-22"),
    Case("Hartmann Rail will resume its service to Zurich on Tuesday.", "Tuesday", A, "DATE", "2015-12-01"),
    Case("The Nairobi city marathon will be run on Sunday.", "Sunday", A, "DATE", "2015-11-29"),
    # "plan to" reads as future -> the next Saturday.
    Case("Miners in Katowice plan to strike on Saturday.", "Saturday", A, "DATE", "2015-11-28"),
    Case("The central bank in Warsaw will set interest rates on Wednesday.", "Wednesday", A, "DATE", "2015-12-02"),
    Case("Peace talks between the two sides will resume in Geneva on Thursday.", "Thursday", A, "DATE", "2015-12-03"),
    # "last Tuesday" = the most recent Tuesday before the DCT (TimeBank: "last Wednesday" on a
    # Thursday DCT is the day before). Debatable: some readers mean Tuesday of last week (11-17).
    Case("Ferry operator Nordlys cancelled all crossings to Bergen last Tuesday.", "last Tuesday", A, "DATE", "2015-11-24"),
    # "last Friday" on a Friday: the previous Friday, never the DCT.
    Case("Kessler Bank disclosed the trading loss in Frankfurt last Friday.", "last Friday", A, "DATE", "2015-11-20"),
    # "next Wednesday" = the first Wednesday after the DCT. Debatable: "Wednesday of next
    # week" is the same day here only because the DCT is late in the week.
    Case("A verdict in the Dublin fraud trial is expected next Wednesday.", "next Wednesday", A, "DATE", "2015-12-02"),
    Case("The singer Ana Voclea performs in Bucharest this Sunday.", "this Sunday", A, "DATE", "2015-11-29"),
)

# --- 3. last / next / this with week, month, year, weekend, month names, seasons ----------------
RELATIVE: Final[tuple[Case, ...]] = (
    Case("Finance ministers from the euro zone meet in Brussels next week.", "next week", A, "DATE", "2015-W49"),
    Case("Heavy snow closed schools across Minnesota this week.", "this week", A, "DATE", "2015-W48"),
    Case("Unemployment in Spain fell last month, the Madrid labour office reported.", "last month", A, "DATE", "2015-10"),
    Case("The Delmar Group will open its first store in Lagos next month.", "next month", A, "DATE", "2015-12"),
    Case("Rail fares on the Edinburgh line went up this month.", "this month", A, "DATE", "2015-11"),
    Case("Copper exports from Chile dropped 7 percent last year.", "last year", A, "DATE", "2014"),
    Case("Tirana will host the Balkan trade fair next year.", "next year", A, "DATE", "2016"),
    Case("The grower Juan Arevalo expects a smaller coffee harvest this year.", "this year", A, "DATE", "2015"),
    Case("Protesters camped outside the Athens parliament last weekend.", "last weekend", A, "DATE", "2015-W47-WE"),
    Case("Crowds are expected at the Cologne Christmas market this weekend.", "this weekend", A, "DATE", "2015-W48-WE"),
    # "last March" in November = March of the DCT's year (the nearest March before the DCT;
    # TimeBank: "last June" in an October 1989 story -> 1989-06). Debatable: some read 2014-03.
    Case("The Kaunas paper mill has been idle since last March.", "last March", A, "DATE", "2015-03"),
    Case("A new toll on the Oresund bridge takes effect next January.", "next January", A, "DATE", "2016-01"),
    # "this spring" in a past clause written in November: the spring of the DCT's year.
    Case("Floods swept through villages in eastern Romania this spring.", "this spring", A, "DATE", "2015-SP"),
    # "last summer" in November = the most recent summer, 2015 (not 2014).
    Case("Tourism on Crete recovered strongly last summer.", "last summer", A, "DATE", "2015-SU"),
    # Winter is labelled by the year it begins: Dec 2015 - Feb 2016 -> 2015-WI. Debatable.
    Case("Power cuts in Kiev are expected to get worse this winter.", "this winter", A, "DATE", "2015-WI"),
    # On 27 November the autumn of 2015 is still running, so "last fall" is the autumn of 2014.
    # Debatable: writers sometimes use "last fall" for the autumn just ending (2015-FA).
    Case("Aldana Foods opened its Monterrey plant last fall.", "last fall", A, "DATE", "2014-FA"),
    Case("Work on the Belgrade waterfront is due to finish next summer.", "next summer", A, "DATE", "2016-SU"),
    Case("The Zagreb bypass should open to traffic early next year.", "early next year", A, "DATE", "2016", mod="START"),
    Case("Pension reform stalled in the Lisbon parliament late last year.", "late last year", A, "DATE", "2014", mod="END"),
)

# --- 4. yesterday / today / tomorrow / tonight and parts of nearby days -------------------------
DEICTIC: Final[tuple[Case, ...]] = (
    Case("Shares in Grupo Valmira fell 4 percent in Mexico City yesterday.", "yesterday", A, "DATE", "2015-11-26"),
    Case("The Danish parliament votes on the asylum bill today.", "today", A, "DATE", "2015-11-27"),
    Case("Heavy rain is forecast for Cardiff tomorrow.", "tomorrow", A, "DATE", "2015-11-28"),
    # TimeBank once typed "tonight" as a DATE with a bare day; TimeML 1.2.1 gives TIME + TNI.
    Case("The Sporting Lisbon squad flies to Turin tonight.", "tonight", A, "TIME", "2015-11-27TNI"),
    Case("Hikers reported the avalanche near Chamonix the day before yesterday.", "the day before yesterday", A, "DATE", "2015-11-25"),
    Case("Negotiators return to Minsk the day after tomorrow.", "the day after tomorrow", A, "DATE", "2015-11-29"),
    Case("A gas leak forced the evacuation of a school in Porto this morning.", "this morning", A, "TIME", "2015-11-27TMO"),
    # "last night" = the night of the day before the DCT, even if events ran past midnight.
    Case("Firefighters fought a warehouse blaze in Marseille last night.", "last night", A, "TIME", "2015-11-26TNI"),
    Case("Riot police cleared the main square in Sofia yesterday afternoon.", "yesterday afternoon", A, "TIME", "2015-11-26TAF"),
    Case("The Riga city council will vote on the budget this afternoon.", "this afternoon", A, "TIME", "2015-11-27TAF"),
)

# --- 5. "ago", "from now", "earlier" ------------------------------------------------------------
OFFSETS: Final[tuple[Case, ...]] = (
    Case("A landslide buried the road to Cusco two days ago.", "two days ago", A, "DATE", "2015-11-25"),
    Case("A cargo ship ran aground off Gdynia ten days ago.", "ten days ago", A, "DATE", "2015-11-17"),
    # The unit sets the granularity: weeks -> an ISO week (TimeBank: "six weeks ago" -> YYYY-Www).
    Case("Inspectors visited the Antwerp refinery two weeks ago.", "two weeks ago", A, "DATE", "2015-W46"),
    # 2015-11-27 + 3 weeks = 2015-12-18, in week 51. Debatable: a day value 2015-12-18 is also seen.
    Case("The new Tallinn ferry terminal opens three weeks from now.", "three weeks from now", A, "DATE", "2015-W51"),
    Case("The Azov shipyard laid off 300 workers two months ago.", "two months ago", A, "DATE", "2015-09"),
    Case("Mirela Dobos opened her bakery in Cluj five years ago.", "five years ago", A, "DATE", "2010"),
    Case("The Valletta harbour tunnel should be finished a year from now.", "a year from now", A, "DATE", "2016"),
    # Anchored on the DCT because the sentence names no other time; TimeBank anchors "a year
    # earlier" on the time just mentioned when there is one (e.g. a quarter -> 1988-Q3).
    Case("Drivers in Oslo paid 20 percent less for petrol than a year earlier.", "a year earlier", A, "DATE", "2014"),
)

# --- 6. Fiscal years, quarters and halves -------------------------------------------------------
# Convention: a fiscal year is written as the bare year it is named after ("fiscal 1998" ->
# 1998) and a fiscal quarter as YYYY-Qn, as in TimeBank/TempEval-3 gold. TIMEX2 would write
# FY1998 / FY1998-Q1; we do not, because TimeML's value grammar has no FY form.
FISCAL: Final[tuple[Case, ...]] = (
    Case("Vantor Systems last paid a dividend in fiscal 1998.", "fiscal 1998", A, "DATE", "1998"),
    Case("Kelmar Steel expects revenue to grow by a tenth in fiscal 2016.", "fiscal 2016", A, "DATE", "2016"),
    # Past clause in late November: the most recently completed quarter.
    Case("Profit at Baltica Freight doubled in the third quarter.", "the third quarter", A, "DATE", "2015-Q3"),
    Case("Halden Oil reported a third-quarter loss of $40 million.", "third-quarter", A, "DATE", "2015-Q3"),
    # Future clause: the current quarter of the DCT's year.
    Case("Dalvik Telecom expects sales to slow in the fourth quarter.", "the fourth quarter", A, "DATE", "2015-Q4"),
    Case("Brenner Pharma plans to list its shares in Frankfurt in the first quarter of next year.", "the first quarter of next year", A, "DATE", "2016-Q1"),
    Case("House prices in Dublin peaked in the second quarter of 2014.", "the second quarter of 2014", A, "DATE", "2014-Q2"),
    # A fiscal quarter with no year: TimeBank gives the DCT's year ("the fiscal first quarter"
    # -> 1989-Q1 in a 1989 story), though a company's fiscal Q1 reported in November may
    # belong to the next fiscal year. Most debatable case in this group.
    Case("Korvin Software posted a narrower loss for the fiscal first quarter.", "the fiscal first quarter", A, "DATE", "2015-Q1"),
    Case("Tourist arrivals in Georgia rose 9 percent in the first half.", "the first half", A, "DATE", "2015-H1"),
)

# --- 7. Decades and centuries -------------------------------------------------------------------
ERAS: Final[tuple[Case, ...]] = (
    Case("Ivo Marek ran the Ostrava steelworks through the 1990s.", "the 1990s", A, "DATE", "199"),
    # Two-digit decade: the century is the DCT's previous one when the decade would otherwise lie
    # in the future ('80s in 2015 -> the 1980s).
    Case("The Bergen band first toured Scandinavia in the '80s.", "the '80s", A, "DATE", "198"),
    Case("The stone bridge over the Vltava was rebuilt in the 19th century.", "the 19th century", A, "DATE", "18"),
    Case("Riga grew into the largest port on the Baltic in the 20th century.", "the 20th century", A, "DATE", "19"),
    Case("Water shortages in Cape Town are the worst of the 21st century.", "the 21st century", A, "DATE", "20"),
    Case("The Sarajevo film market was founded in the early 2000s.", "the early 2000s", A, "DATE", "200", mod="START"),
    Case("Migrants from Anatolia settled in Duisburg in the 1960s.", "the 1960s", A, "DATE", "196"),
)

# --- 8. Explicit dates in many formats ----------------------------------------------------------
EXPLICIT: Final[tuple[Case, ...]] = (
    Case("Vanterpool Shipping said the sale of its Accra yard closed on Nov. 27, 2015.", "Nov. 27, 2015", A, "DATE", "2015-11-27"),
    Case("The Cardiff council published its spending plan on 27 November 2015.", "27 November 2015", A, "DATE", "2015-11-27"),
    Case("The Krakow office of Hexler Audit opened in November 2015.", "November 2015", A, "DATE", "2015-11"),
    Case("Grain shipments from Odessa are on course for a record in 2015.", "2015", A, "DATE", "2015"),
    # US source: MM/DD/YYYY (unambiguous here, 27 cannot be a month). An ambiguous form such as
    # 03/12/2015 would need the source's locale, which the anchor does not carry.
    Case("A court filing in Columbus, Ohio, dated 11/27/2015 names three plaintiffs.", "11/27/2015", A, "DATE", "2015-11-27"),
    # Weekday and date are one TIMEX3 (TimeBank: "Friday, Oct. 23").
    Case("Polls in Port-au-Prince closed Friday, Nov. 27, without incident, officials said.", "Friday, Nov. 27", A, "DATE", "2015-11-27"),
    Case("The Lima prosecutor filed charges on Oct. 15.", "Oct. 15", A, "DATE", "2015-10-15"),
    Case("Dockers in Le Havre will walk out on Dec. 4.", "Dec. 4", A, "DATE", "2015-12-04"),
    # Future clause, month-day already past this year -> next year.
    Case("The trial of the former Quito mayor will begin Feb. 2.", "Feb. 2", A, "DATE", "2016-02-02"),
    Case("The Vilnius court first heard the case on March 3, 2014.", "March 3, 2014", A, "DATE", "2014-03-03"),
    Case("The Baku pipeline was completed in June 2014.", "June 2014", A, "DATE", "2014-06"),
    Case("Drought ruined the olive crop in Andalusia in the summer of 2014.", "the summer of 2014", A, "DATE", "2014-SU"),
    Case("Ferry services to Tangier will resume in mid-December.", "mid-December", A, "DATE", "2015-12", mod="MID"),
    # Holiday names resolve like month-days: the next one in a future clause.
    Case("Shops in Vienna will stay shut on Christmas Day.", "Christmas Day", A, "DATE", "2015-12-25"),
)

# --- 9. Ranges: one case per TIMEX3 of the same sentence ----------------------------------------
_RANGE_YEARS = "Anneke Vos chaired the Rotterdam port board from 2010 to 2012."
_RANGE_MONTHS = "The Cairo metro line was closed between March and June for repairs."
_RANGE_DAYS = "The port of Lagos will be shut from Monday to Wednesday."
_RANGE_DATES = "Delegates will gather in Paris from Nov. 30 to Dec. 11."
RANGES: Final[tuple[Case, ...]] = (
    # "from ... to" are SIGNALs; each end point is its own DATE.
    Case(_RANGE_YEARS, "2010", A, "DATE", "2010"),
    Case(_RANGE_YEARS, "2012", A, "DATE", "2012"),
    Case(_RANGE_MONTHS, "March", A, "DATE", "2015-03"),
    Case(_RANGE_MONTHS, "June", A, "DATE", "2015-06"),
    Case(_RANGE_DAYS, "Monday", A, "DATE", "2015-11-30"),
    Case(_RANGE_DAYS, "Wednesday", A, "DATE", "2015-12-02"),
    Case(_RANGE_DATES, "Nov. 30", A, "DATE", "2015-11-30"),
    Case(_RANGE_DATES, "Dec. 11", A, "DATE", "2015-12-11"),
)

# --- 10. Durations ------------------------------------------------------------------------------
DURATIONS: Final[tuple[Case, ...]] = (
    Case("Radu Ionescu spent two years in a Bucharest jail.", "two years", A, "DURATION", "P2Y"),
    Case("Repairs to the Porto bridge took 18 months.", "18 months", A, "DURATION", "P18M"),
    # TimeML 1.2.1/TIMEX2 also allow decade units (P1DE); TimeBank mixes P10Y, P1E and P20Y
    # for decades. We use years.
    Case("Elena Sarr has run the Dakar clinic for a decade.", "a decade", A, "DURATION", "P10Y"),
    Case("The Tbilisi talks could drag on for several weeks.", "several weeks", A, "DURATION", "PXW"),
    Case("Rents in Berlin have risen 20 percent over the past three years.", "the past three years", A, "DURATION", "P3Y"),
    # The unit stays as written: PT24H, not P1D.
    Case("Forty centimetres of snow fell on Innsbruck in the last twenty four hours.", "the last twenty four hours", A, "DURATION", "PT24H"),
    Case("The strike at Athens airport lasted three hours.", "three hours", A, "DURATION", "PT3H"),
    Case("Mayor Paolo Renzetti of Turin spoke for 45 minutes.", "45 minutes", A, "DURATION", "PT45M"),
    Case("The investigators will stay in Kabul for a few days.", "a few days", A, "DURATION", "PXD"),
    Case("Vaccines will reach clinics in Freetown over the next two weeks.", "the next two weeks", A, "DURATION", "P2W"),
    # A hyphenated pre-modifier is still a TIMEX3 (TimeBank: "several-year" -> PXY).
    Case("Brussels imposed a six-month ban on the poultry imports.", "six-month", A, "DURATION", "P6M"),
    Case("The Nicosia bank has 90 days to raise new capital.", "90 days", A, "DURATION", "P90D"),
    Case("The Hamburg dock strike lasted a week.", "a week", A, "DURATION", "P1W"),
    Case("Firefighters in Naples needed about two hours to contain the fire.", "about two hours", A, "DURATION", "PT2H", mod="APPROX"),
)

# --- 11. Sets -----------------------------------------------------------------------------------
SETS: Final[tuple[Case, ...]] = (
    Case("Some 40,000 pilgrims visit the shrine at Fatima each year.", "each year", A, "SET", "P1Y", quant="EACH"),
    Case("The ferry to Valparaiso sails twice a week.", "twice a week", A, "SET", "P1W", freq="2X"),
    Case("The Cork creamery ships milk powder to Rotterdam daily.", "daily", A, "SET", "P1D"),
    Case("Ledra Bank publishes its lending figures monthly.", "monthly", A, "SET", "P1M"),
    Case("The Sarajevo cantonal council meets weekly.", "weekly", A, "SET", "P1W"),
    Case("The flea market in Tbilisi opens every Sunday.", "every Sunday", A, "SET", "XXXX-WXX-7", quant="EVERY"),
    Case("The Salzburg festival draws 250,000 visitors annually.", "annually", A, "SET", "P1Y"),
    Case("Delegates of the water forum gather in Nairobi every two years.", "every two years", A, "SET", "P2Y", quant="EVERY"),
    # A recurring month is the calendar slot with X for the year (TimeBank: "each July" -> XXXX-07).
    Case("Hotels in Dubrovnik fill up each July.", "each July", A, "SET", "XXXX-07", quant="EACH"),
    Case("Buses leave Ushuaia for the border three times a day.", "three times a day", A, "SET", "P1D", freq="3X"),
    Case("Flooding hits the Venice lagoon every winter.", "every winter", A, "SET", "XXXX-WI", quant="EVERY"),
    # A recurring part of day: the day is all X. Debatable: some annotators write P1D with quant EVERY.
    Case("Fishing boats leave the harbour at Essaouira every morning.", "every morning", A, "SET", "XXXX-XX-XXTMO", quant="EVERY"),
)

# --- 12. Clock times and parts of day, with and without zones -----------------------------------
TIMES: Final[tuple[Case, ...]] = (
    Case("Polling stations in Ouagadougou close at 5 p.m.", "5 p.m.", A, "TIME", "2015-11-27T17:00"),
    # Zone kept as a UTC offset; TimeBank would write 2015-11-27T17:00 (or ...T17) without it.
    Case("The Toronto exchange halted trading at 5 p.m. EST.", "5 p.m. EST", A, "TIME", "2015-11-27T17:00-05:00"),
    # GMT -> +00:00 (equivalent to ISO "Z"; a scorer comparing strings must pick one).
    Case("The cruise ship docked in Southampton at 3:30 p.m. GMT.", "3:30 p.m. GMT", A, "TIME", "2015-11-27T15:30+00:00"),
    Case("Talks in Geneva resume at 14:00 GMT.", "14:00 GMT", A, "TIME", "2015-11-27T14:00+00:00"),
    Case("The Rome prefecture will announce the result at noon.", "noon", A, "TIME", "2015-11-27T12:00"),
    # Midnight ending the DCT's day: T24:00 (= 2015-11-28T00:00). Debatable: both forms occur.
    Case("A curfew in Bamako begins at midnight.", "midnight", A, "TIME", "2015-11-27T24:00"),
    # "early Friday": a DATE with mod START (TimeBank: "early Tuesday" -> DATE, mod START);
    # some annotators would write TIME 2015-11-27TMO instead.
    Case("A lorry overturned on the M62 near Leeds early Friday.", "early Friday", A, "DATE", "2015-11-27", mod="START"),
    # A weekday with a part of day is typed DATE, keeping the part in the value: AQUAINT (12 of 13 in the
    # development part) annotates it so; TimeBank says TIME and TimeML 1.2.1 allows either.
    Case("The Oslo court adjourned the hearing Friday morning.", "Friday morning", A, "DATE", "2015-11-27TMO"),
    Case("Zelenko Energy will publish its results at 9 a.m. Tuesday.", "9 a.m. Tuesday", A, "TIME", "2015-12-01T09:00"),
    Case("The fire at the Bilbao warehouse broke out at 11 p.m. Thursday.", "11 p.m. Thursday", A, "TIME", "2015-11-26T23:00"),
    Case("Protesters gathered outside the Skopje government building Thursday night.", "Thursday night", A, "DATE", "2015-11-26TNI"),
    Case("The tremor struck near Izmir at 10:45 a.m., the observatory said.", "10:45 a.m.", A, "TIME", "2015-11-27T10:45"),
)

# --- 13. Vague references -----------------------------------------------------------------------
VAGUE: Final[tuple[Case, ...]] = (
    Case("The Valencia port authority recently doubled its berthing fees.", "recently", A, "DATE", "PAST_REF"),
    Case("Flights to Sharm el-Sheikh will resume soon, the airline said.", "soon", A, "DATE", "FUTURE_REF"),
    Case("Strikes in the Antwerp port have been brief in the past.", "the past", A, "DATE", "PAST_REF"),
    Case("The Tirana bakery of Besa Hoxha now employs 40 people.", "now", A, "DATE", "PRESENT_REF"),
    Case("About 3,000 migrants are currently camped near Calais.", "currently", A, "DATE", "PRESENT_REF"),
    Case("The Dresden plant has no plans to hire in the future.", "the future", A, "DATE", "FUTURE_REF"),
    # TimeBank has both "coming months" and "the coming months" as extents; we include "the",
    # as for "the future" and "the past".
    Case("Gas prices in Kiev will rise in the coming months.", "the coming months", A, "DATE", "FUTURE_REF"),
    Case("Tourism along the Albanian coast has boomed in recent years.", "recent years", A, "DATE", "PAST_REF"),
    Case("Lindstrom Ferries hopes to add a route to Gdansk in the near future.", "the near future", A, "DATE", "FUTURE_REF"),
)

# --- 14. Other anchors ----------------------------------------------------------------------------
MON: Final = "2016-03-14"  # a Monday, ISO week 2016-W11
JAN: Final = "2016-01-12"  # a Tuesday in January
DEC: Final = "2015-12-22"  # a Tuesday in ISO week 2015-W52; 2015 has 53 ISO weeks
LEAP: Final = "2016-02-29"  # leap day, a Monday
AFTER_LEAP: Final = "2016-03-01"  # a Tuesday
SUMMER: Final = "2015-07-14"  # a Tuesday, US daylight saving time in force
OLD: Final = "1998-03-05"  # a Thursday, ISO week 1998-W10
CLOCK: Final = "2015-11-27T14:00-05:00"  # a DCT with a clock time and zone (US Eastern)

OTHER_ANCHORS: Final[tuple[Case, ...]] = (
    # Monday DCT: "on Monday" in a past clause is the DCT itself.
    Case("The Bratislava court acquitted the former mayor on Monday.", "Monday", MON, "DATE", "2016-03-14"),
    Case("Fishermen blockaded the port of Brest on Friday.", "Friday", MON, "DATE", "2016-03-11"),
    Case("Voters in Bern approved the new tax on Sunday.", "Sunday", MON, "DATE", "2016-03-13"),
    Case("The Budapest energy summit will open on Tuesday.", "Tuesday", MON, "DATE", "2016-03-15"),
    Case("Riot police were deployed in Skopje last week.", "last week", MON, "DATE", "2016-W10"),
    Case("The Ljubljana assembly will debate the bill this week.", "this week", MON, "DATE", "2016-W11"),
    Case("Two climbers were rescued on Mont Blanc yesterday.", "yesterday", MON, "DATE", "2016-03-13"),
    # "next Monday" on a Monday: the following Monday, never the DCT.
    Case("Talks on the Cyprus settlement resume next Monday.", "next Monday", MON, "DATE", "2016-03-21"),
    # January DCT: "last December" is in the previous year.
    Case("Snowfall in Zakopane was unusually light last December.", "last December", JAN, "DATE", "2015-12"),
    Case("Car sales in Portugal rose 24 percent last year.", "last year", JAN, "DATE", "2015"),
    # In January reporting, "the fourth quarter" in a past clause is the previous year's.
    Case("Taurus Motors sold 12,000 cars in the fourth quarter.", "the fourth quarter", JAN, "DATE", "2015-Q4"),
    Case("The Lviv refinery was shut down on Dec. 30.", "Dec. 30", JAN, "DATE", "2015-12-30"),
    Case("The Moldovan government will present its budget next month.", "next month", JAN, "DATE", "2016-02"),
    # Winter labelled by its starting year: Dec 2015 - Feb 2016 -> 2015-WI. Debatable (2016-WI).
    Case("Ski resorts in Bulgaria have had little snow this winter.", "this winter", JAN, "DATE", "2015-WI"),
    # December DCT: "next month" and "next year" roll over into 2016.
    Case("Estonia's new border fence will be finished next month.", "next month", DEC, "DATE", "2016-01"),
    Case("The Lima trial will resume on Jan. 5.", "Jan. 5", DEC, "DATE", "2016-01-05"),
    Case("Slovenia will hold a referendum on the law next year.", "next year", DEC, "DATE", "2016"),
    # 2015-12-28 .. 2016-01-03 is ISO week 53 of 2015, not week 1 of 2016.
    Case("The Sofia parliament reconvenes next week.", "next week", DEC, "DATE", "2015-W53"),
    Case("Shops in Copenhagen will close early on Christmas Eve.", "Christmas Eve", DEC, "DATE", "2015-12-24"),
    # Leap year.
    Case("Stock trading in Athens was suspended Monday, Feb. 29.", "Monday, Feb. 29", LEAP, "DATE", "2016-02-29"),
    Case("Couriers in Lisbon will strike tomorrow.", "tomorrow", LEAP, "DATE", "2016-03-01"),
    Case("Sculptors unveiled a statue of the poet in Wroclaw yesterday.", "yesterday", AFTER_LEAP, "DATE", "2016-02-29"),
    Case("A freight train derailed near Plzen two days ago.", "two days ago", AFTER_LEAP, "DATE", "2016-02-28"),
    # Summer DCT: EDT is UTC-4.
    Case("Power was restored to lower Manhattan at 4 a.m. EDT.", "4 a.m. EDT", SUMMER, "TIME", "2015-07-14T04:00-04:00"),
    Case("Record crowds have visited the Amalfi coast this summer.", "this summer", SUMMER, "DATE", "2015-SU"),
    # Winter labelled by its starting year: Dec 2014 - Feb 2015 -> 2014-WI.
    Case("Heating bills in Vilnius soared last winter.", "last winter", SUMMER, "DATE", "2014-WI"),
    # In July reporting, "the second quarter" in a past clause is the quarter just ended.
    Case("Revenue at Corvetta Airlines fell in the second quarter.", "the second quarter", SUMMER, "DATE", "2015-Q2"),
    Case("Pemberton Mills lost money in fiscal 1997.", "fiscal 1997", OLD, "DATE", "1997"),
    Case("Dock workers in Liverpool voted to strike last week.", "last week", OLD, "DATE", "1998-W09"),
    # DCT with a clock time: the offset is computed on the DCT's local clock, and the value
    # carries no zone because the text states none. Debatable: 2015-11-27T12:00-05:00.
    Case("A gas main burst under a Boston street two hours ago.", "two hours ago", CLOCK, "TIME", "2015-11-27T12:00"),
)

CATEGORIES: Final[dict[str, tuple[Case, ...]]] = {
    "required": REQUIRED,
    "weekdays": WEEKDAYS,
    "relative": RELATIVE,
    "deictic": DEICTIC,
    "offsets": OFFSETS,
    "fiscal": FISCAL,
    "eras": ERAS,
    "explicit": EXPLICIT,
    "ranges": RANGES,
    "durations": DURATIONS,
    "sets": SETS,
    "times": TIMES,
    "vague": VAGUE,
    "other_anchors": OTHER_ANCHORS,
}

CASES: Final[tuple[Case, ...]] = tuple(case for group in CATEGORIES.values() for case in group)
# fmt: on

# --- Value shapes (TimeML 1.2.1 value grammar, as used above) -----------------------------------
_ZONE = r"(?:Z|[+-]\d{2}:\d{2})"
_CLOCK = rf"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?{_ZONE}?|MO|AF|EV|NI|DT)"
_MM = r"(?:0[1-9]|1[0-2])"
_DD = r"(?:0[1-9]|[12]\d|3[01])"
_DAY = rf"(?:\d{{4}}|XXXX)-(?:{_MM}|XX)-(?:{_DD}|XX)"
_DATE = (
    r"(?:\d{2}|\d{3}|\d{3}X|\d{4})"  # century, decade, year
    rf"|(?:\d{{4}}|XXXX)-{_MM}"  # month (XXXX-07: any year's July, for sets)
    rf"|{_DAY}"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"  # ISO week, weekday, weekend
    r"|(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|QX|H[12])"  # season, quarter, half
)
_DURATION = (
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|ML))*"
    r"(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?"
)
_VALUE: Final = re.compile(rf"(?:PAST_REF|PRESENT_REF|FUTURE_REF|(?:{_DATE})|(?:{_DAY}){_CLOCK}|{_DURATION})")
_MODS: Final = frozenset(
    {"", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
     "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
)  # fmt: skip
_ANCHOR: Final = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?")


def valid_value(value: str, type_: str) -> bool:
    """Whether ``value`` has a TimeML value shape that fits ``type_``."""
    if value in ("P", "PT") or not _VALUE.fullmatch(value):
        return False
    if type_ == "DURATION":
        return re.fullmatch(_DURATION, value) is not None
    if type_ == "TIME":
        return re.fullmatch(rf"{_DAY}{_CLOCK}", value) is not None
    if type_ == "DATE":  # a day may carry its part of day ("Friday night": 2015-11-27TNI, as AQUAINT writes it)
        return re.fullmatch(rf"PAST_REF|PRESENT_REF|FUTURE_REF|{_DATE}|{_DAY}T(?:MO|AF|EV|NI)", value) is not None
    return type_ == "SET"  # a period or a calendar slot, possibly with a part of day


def check_cases(cases: tuple[Case, ...] = CASES) -> list[str]:
    """Problems in the table: an expression not found exactly once (as whole words), a bad
    anchor, type, value or mod. Empty when the table is sound."""
    problems: list[str] = []
    for i, c in enumerate(cases):
        where = f"case {i} ({c.expression!r})"
        if c.sentence.count(c.expression) != 1:
            problems.append(f"{where}: occurs {c.sentence.count(c.expression)} times in its sentence")
        elif not re.search(rf"(?<!\w){re.escape(c.expression)}(?!\w)", c.sentence):
            problems.append(f"{where}: not a whole-word match")
        if not _ANCHOR.fullmatch(c.anchor):
            problems.append(f"{where}: bad anchor {c.anchor!r}")
        if c.type not in ("DATE", "TIME", "DURATION", "SET"):
            problems.append(f"{where}: bad type {c.type!r}")
        if not valid_value(c.value, c.type):
            problems.append(f"{where}: value {c.value!r} is not a {c.type} value shape")
        day = re.match(r"\d{4}-\d{2}-\d{2}", c.value)
        if day:
            try:
                date.fromisoformat(day.group())
            except ValueError:
                problems.append(f"{where}: {c.value!r} is not a calendar date")
        if c.mod not in _MODS:
            problems.append(f"{where}: bad mod {c.mod!r}")
        if c.quant not in ("", "EVERY", "EACH"):
            problems.append(f"{where}: bad quant {c.quant!r}")
        if c.freq and not re.fullmatch(r"\d+X", c.freq):
            problems.append(f"{where}: bad freq {c.freq!r}")
    return problems
