"""Demo contact details for each unit's footer: e-mail, address and a map search link. Fields a
unit has already filled are left alone. Telephone numbers are left for the units to enter."""

from urllib.parse import quote

from unitsites.models import UnitSiteSettings


def seed(home_th, home_en, rich):
    unit = home_th.unit
    unit_settings = UnitSiteSettings.for_site(unit.site)
    district = f" อำเภอ{unit.district}" if unit.district else ""
    defaults = {
        "email": f"saraban@{unit.hostname}",
        "address_th": f"{unit.name_th}{district} จังหวัดสตูล",
        "address_en": f"{unit.name_en}, Satun Province",
        "map_url": f"https://www.openstreetmap.org/search?query={quote(unit.name_th)}",
    }
    missing = {name: value for name, value in defaults.items() if not getattr(unit_settings, name)}
    if missing:
        UnitSiteSettings.objects.filter(pk=unit_settings.pk).update(**missing)
