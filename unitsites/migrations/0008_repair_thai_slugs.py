"""Move unit pages off the mangled slugs the old rules made of Thai titles, with a permanent
redirect from every old address (unitsites.slug_repair).

It calls the live service on purpose: the tree's url_path upkeep and the addresses a page
answers on are Wagtail model methods that historical models lack. A database with no such
page (a new one) is not touched.
"""

from django.db import migrations


def repair_thai_slugs(apps, schema_editor):
    from unitsites.slug_repair import repair_mangled_slugs

    repair_mangled_slugs()


class Migration(migrations.Migration):
    dependencies = [
        ("unitsites", "0007_request_link_remarks_attachment"),
        ("network", "0010_readable_record_links"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(repair_thai_slugs, migrations.RunPython.noop)]
