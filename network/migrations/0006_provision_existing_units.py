"""Bring every existing unit up to date with this release's provisioning (DESIGN.md): the
contact, calendar and policy pages, site settings and the publication workflow arrived after
the first units were created.

It calls the live provisioning service on purpose (provisioning is idempotent and additive);
when a later release adds to provisioning, add another migration like this one after it.
"""

from django.db import migrations


def provision_existing_units(apps, schema_editor):
    from network.models import Unit
    from network.provisioning import provision_unit

    for unit in Unit.objects.filter(site__isnull=False):
        provision_unit(unit)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_review_digest"),
        ("unitsites", "0002_pages_for_every_category"),
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(provision_existing_units, migrations.RunPython.noop)]
