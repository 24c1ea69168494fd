"""Publication records print their link as an IRI: Thai letters, not percent-encoding."""

from django.db import migrations
from django.utils.encoding import uri_to_iri


def records_to_iri(apps, schema_editor):
    PublicationRecord = apps.get_model("network", "PublicationRecord")
    for record in PublicationRecord.objects.filter(url__contains="%").only("pk", "url"):
        readable = uri_to_iri(record.url)
        if readable != record.url:
            record.url = readable
            record.save(update_fields=["url"])


class Migration(migrations.Migration):
    dependencies = [("network", "0009_record_link_remarks_attachment")]

    operations = [migrations.RunPython(records_to_iri, migrations.RunPython.noop)]
