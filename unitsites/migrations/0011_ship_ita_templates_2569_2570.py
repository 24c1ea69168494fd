from django.db import migrations

from unitsites import ita_template


def ship(apps, schema_editor):
    ita_template.load(ita_template.read(ita_template.MOIT_2569), apps=apps)
    ita_template.copy_from(2569, apps=apps)


class Migration(migrations.Migration):
    dependencies = [("unitsites", "0010_ita_template_and_evidence")]

    operations = [migrations.RunPython(ship, migrations.RunPython.noop)]
