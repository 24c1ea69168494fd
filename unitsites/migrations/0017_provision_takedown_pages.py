"""Give every existing unit its new fixed page report-content (the notice-and-takedown form,
and its English twin), by the live provisioning service, as 0013 did for procurement:
provisioning is idempotent and additive."""

from django.db import migrations


def provision_existing_units(apps, schema_editor):
    from network.models import Unit
    from network.provisioning import provision_unit

    for unit in Unit.objects.filter(site__isnull=False):
        provision_unit(unit)


class Migration(migrations.Migration):
    dependencies = [
        ("unitsites", "0016_takedown_requests"),
        ("network", "0017_takedown_notice_kind"),
    ]

    operations = [migrations.RunPython(provision_existing_units, migrations.RunPython.noop)]
