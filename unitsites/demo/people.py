"""Made-up staff names for the demo, in Thai and in their RTGS transliteration. The same unit
always gets the same people; the names are invented and stand for nobody in particular."""

import hashlib
from dataclasses import dataclass

GIVEN_MALE = [
    ("สมชาย", "Somchai"),
    ("อนุชา", "Anucha"),
    ("ธีระ", "Thira"),
    ("วิรัช", "Wirat"),
    ("สุรชัย", "Surachai"),
    ("อับดุลเลาะ", "Abdulloh"),
    ("มูหะมัด", "Muhamat"),
    ("ยูโสบ", "Yusop"),
    ("กิตติพงษ์", "Kittiphong"),
    ("ชาตรี", "Chatri"),
]
GIVEN_FEMALE = [
    ("สุนีย์", "Suni"),
    ("วันเพ็ญ", "Wanphen"),
    ("นูรีมะห์", "Nurima"),
    ("อรุณี", "Aruni"),
    ("ปราณี", "Prani"),
    ("รอฮานี", "Rohani"),
    ("จันทร์เพ็ญ", "Chanphen"),
    ("ซูไรดา", "Suraida"),
]
SURNAMES = [
    ("ทองคำ", "Thongkham"),
    ("แก้วมณี", "Kaeomani"),
    ("หมาดหลี", "Madli"),
    ("เกปัน", "Kepan"),
    ("ละใบ", "Labai"),
    ("สุขสวัสดิ์", "Suksawat"),
    ("หลังเกตุ", "Langket"),
    ("ยาโม้ง", "Yamong"),
    ("ชายเต็ม", "Chaitem"),
    ("บินหมาน", "Binman"),
]
TITLES = {
    ("doctor", False): ("นายแพทย์", "Dr."),
    ("doctor", True): ("แพทย์หญิง", "Dr."),
    ("staff", False): ("นาย", "Mr."),
    ("staff", True): ("นาง", "Mrs."),
}


@dataclass(frozen=True)
class Person:
    name_th: str
    name_en: str


def person(unit, index, female=False, doctor=False):
    """The `index`-th made-up person of `unit`."""
    digest = int(
        hashlib.sha1(f"{unit.code}:{index}".encode(), usedforsecurity=False).hexdigest(), 16
    )
    given = GIVEN_FEMALE if female else GIVEN_MALE
    given_th, given_en = given[digest % len(given)]
    surname_th, surname_en = SURNAMES[(digest // 97) % len(SURNAMES)]
    title_th, title_en = TITLES[("doctor" if doctor else "staff", female)]
    return Person(f"{title_th}{given_th} {surname_th}", f"{title_en} {given_en} {surname_en}")
