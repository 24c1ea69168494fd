"""Where the demo units are: addresses and map points from the public sources listed in
network/data/satun-units.md. Units without a known point fall back to their district office
(or, for Thung Wa, which has none, the district hospital), and then to the provincial office."""

import csv
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.apps import apps


@dataclass(frozen=True)
class District:
    name_en: str
    postcode: str
    point: tuple


DISTRICTS = {
    "เมืองสตูล": District("Mueang Satun", "91000", (6.61903, 100.08451)),
    "ควนโดน": District("Khuan Don", "91160", (6.78710, 100.07703)),
    "ควนกาหลง": District("Khuan Kalong", "91130", (6.85662, 100.03257)),
    "ท่าแพ": District("Tha Phae", "91150", (6.79031, 99.96936)),
    "ละงู": District("La-ngu", "91110", (6.89115, 99.78969)),
    "ทุ่งหว้า": District("Thung Wa", "91120", (7.09257, 99.76672)),
    "มะนัง": District("Manang", "91130", (6.97368, 99.91766)),
}
PROVINCIAL_OFFICE_POINT = (6.61903, 100.07022)

# Unit code -> (street or village part, sub-district, point), from satun-units.md.
KNOWN_UNITS = {
    "PHO-STN": ("", "พิมาน", (6.61903, 100.07022)),
    "10746": ("55/1 ถนนหัตถกรรมศึกษา", "พิมาน", (6.61809, 100.07085)),
    "11402": ("", "ควนสตอ", (6.77677, 100.09536)),
    "11403": ("", "ควนกาหลง", (6.86590, 99.97461)),
    "11404": ("", "ท่าแพ", (6.78805, 99.97022)),
    "11405": ("", "กำแพง", (6.93164, 99.78639)),
    "11406": ("", "ทุ่งหว้า", (7.09257, 99.76672)),
    "28786": ("", "ปาล์มพัฒนา", (7.00600, 99.91701)),
    "DHO-LANGU": ("หมู่ที่ 3", "กำแพง", None),
}
SUBDISTRICTS_EN = {
    "พิมาน": "Phiman",
    "ควนสตอ": "Khuan Sato",
    "ควนกาหลง": "Khuan Kalong",
    "ท่าแพ": "Tha Phae",
    "กำแพง": "Kamphaeng",
    "ทุ่งหว้า": "Thung Wa",
    "ปาล์มพัฒนา": "Palm Phatthana",
}
STREET_EN = {"55/1 ถนนหัตถกรรมศึกษา": "55/1 Hatthakam Sueksa Road", "หมู่ที่ 3": "Moo 3"}
SURVEY_PLACE = re.compile(r"\(ต\.(?P<subdistrict>[^\s)]+)(?: ม\.(?P<village>\d+))?\)")


@dataclass(frozen=True)
class Place:
    address_th: str
    address_en: str
    latitude: Decimal
    longitude: Decimal


@cache
def _survey_places():
    """Unit code -> (sub-district, village number) from the 'source' notes of the units CSV."""
    path = Path(apps.get_app_config("network").path) / "data" / "satun-units.csv"
    places = {}
    with path.open(encoding="utf-8-sig", newline="") as rows:
        for row in csv.DictReader(rows):
            match = SURVEY_PLACE.search(row.get("source", ""))
            if match:
                places[row["code"]] = (match["subdistrict"], match["village"] or "")
    return places


def place_of(unit):
    district = DISTRICTS.get(unit.district)
    street, subdistrict, point = KNOWN_UNITS.get(unit.code, ("", "", None))
    if not subdistrict and unit.code in _survey_places():
        subdistrict, village = _survey_places()[unit.code]
        street = f"หมู่ที่ {village}" if village else ""
    if point is None:
        point = district.point if district else PROVINCIAL_OFFICE_POINT
    postcode = district.postcode if district else DISTRICTS["เมืองสตูล"].postcode
    parts_th = [
        street,
        f"ตำบล{subdistrict}" if subdistrict else "",
        f"อำเภอ{unit.district}" if unit.district else "",
        f"จังหวัดสตูล {postcode}",
    ]
    parts_en = [
        STREET_EN.get(street, street.replace("หมู่ที่", "Moo")),
        f"{SUBDISTRICTS_EN[subdistrict]} Subdistrict" if subdistrict in SUBDISTRICTS_EN else "",
        f"{district.name_en} District" if district else "",
        f"Satun {postcode}",
    ]
    return Place(
        " ".join(part for part in parts_th if part),
        ", ".join(part for part in parts_en if part),
        Decimal(f"{point[0]:.6f}"),
        Decimal(f"{point[1]:.6f}"),
    )


def phone_numbers(unit):
    """A made-up office phone and fax in Satun's 074 area, stable for the unit."""
    number = (
        710000
        + int(hashlib.sha1(unit.code.encode(), usedforsecurity=False).hexdigest(), 16) % 89990
    )
    return f"074-{number}", f"074-{number + 1}"
