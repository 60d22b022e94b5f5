from __future__ import annotations

import pytest

from dateline.ingest.wire import find_dateline, normalize_agency, place_case, strip_trailer


@pytest.mark.parametrize(
    ("body", "text", "place", "agency"),
    [
        ("TEHRAN, Iran (AP) — Russia's President", "TEHRAN, Iran (AP) —", "Tehran", "AP"),
        ("MOSCOW (Reuters) - The Kremlin", "MOSCOW (Reuters) -", "Moscow", "Reuters"),
        ("PARIS (AFP) — France", "PARIS (AFP) —", "Paris", "AFP"),
        ("SALVADOR, Feb 26 - Showers continued", "SALVADOR, Feb 26 -", "Salvador", None),
        ("NEW YORK, March 2 - Shares", "NEW YORK, March 2 -", "New York", None),
        ("New York, March 2 - Chicago physician", "New York, March 2 -", "New York", None),
        ("AMSTERDAM, 2 March - The Dutch", "AMSTERDAM, 2 March -", "Amsterdam", None),
        ("ST. JOHN'S, Newfoundland, March 3 - x", "ST. JOHN'S, Newfoundland, March 3 -", "St. John's", None),
        ("DALLAS/FORT WORTH, Texas, March 3 - AMR", "DALLAS/FORT WORTH, Texas, March 3 -", "Dallas/Fort Worth", None),
        (
            "OKLAHOMA CITY, Okla. March 11, Reuter - State",
            "OKLAHOMA CITY, Okla. March 11, Reuter -",
            "Oklahoma City",
            "Reuters",
        ),
        ("CHEVY CHASE, Md., - March 4 - Geico", "CHEVY CHASE, Md., - March 4 -", "Chevy Chase", None),
        ("NEW YORK, Narch 2 - Qtr ended", "NEW YORK, Narch 2 -", "New York", None),
        ("****SANTO DOMINGO, March 4 - The", "****SANTO DOMINGO, March 4 -", "Santo Domingo", None),
        ("LAGOS, Nigeria (MWS) — Police", "LAGOS, Nigeria (MWS) —", "Lagos", "MWS"),
        ("WASHINGTON — The Senate", "WASHINGTON —", "Washington", None),
        ("Tehran, Iran: Putin arrived", "Tehran, Iran:", "Tehran", None),
        ("BEIJING, Nov. 27 (Xinhua) -- China", "BEIJING, Nov. 27 (Xinhua) --", "Beijing", "Xinhua"),
        ("NEW DELHI (PTI) - The", "NEW DELHI (PTI) -", "New Delhi", "PTI"),
    ],
)
def test_datelines(body: str, text: str, place: str, agency: str | None) -> None:
    m = find_dateline(body)
    assert m is not None
    assert (m.text, m.place, m.agency) == (text, place, agency)
    assert body[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "body",
    [
        "The minister said - no more",
        "Meanwhile, Russia — which backs",
        "He said, in March 2 - no",
        "US officials said - x",
        "Prices rose 5 pct - analysts",
    ],
)
def test_not_datelines(body: str) -> None:
    assert find_dateline(body) is None


def test_bold_dateline_in_mixed_case() -> None:
    m = find_dateline("Tehran: Putin arrived", bold=len("Tehran"))
    assert m is not None and (m.text, m.place) == ("Tehran:", "Tehran")


@pytest.mark.parametrize(
    ("body", "rest", "agency"),
    [
        ("Body.\n\n- AP4794\n", "Body.", "AP"),
        ("Body.\n-- APW0212", "Body.", "AP"),
        ("Body.\n\n(Reporting by Jane Roe; Editing by John Doe)", "Body.", None),
        ("Body.\n Reuter\n", "Body.", "Reuters"),
        ("Body ends - with a dash.", "Body ends - with a dash.", None),
    ],
)
def test_trailers(body: str, rest: str, agency: str | None) -> None:
    assert strip_trailer(body) == (rest, agency)


def test_agency_and_place_normalisation() -> None:
    assert normalize_agency("Associated Press") == normalize_agency("ap") == "AP"
    assert normalize_agency("Agence France-Presse") == "AFP"
    assert place_case("N'DJAMENA") == "N'Djamena"
    assert place_case("RIO DE JANEIRO") == "Rio de Janeiro"
    assert place_case("Tehran") == "Tehran"
