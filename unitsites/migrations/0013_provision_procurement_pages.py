"""Give every existing unit its new fixed page public-information/procurement (and its English
twin), by the live provisioning service, as network 0006 did: provisioning is idempotent and
additive."""

from django.db import migrations


def provision_existing_units(apps, schema_editor):
    from network.models import Unit
    from network.provisioning import provision_unit

    for unit in Unit.objects.filter(site__isnull=False):
        provision_unit(unit)


class Migration(migrations.Migration):
    dependencies = [
        ("unitsites", "0012_procurement_records"),
        ("network", "0013_thai_root_title_and_no_default_task"),
    ]

    operations = [migrations.RunPython(provision_existing_units, migrations.RunPython.noop)]
