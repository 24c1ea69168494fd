"""Wagtail ships "Editors" and "Moderators" groups with page permissions on the Wagtail root and
a "Moderators approval" workflow on it: both cover every unit's site (WAGTAIL-NOTES pitfall 3).
"""

from django.db import migrations


def remove_wagtail_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    WorkflowPage.objects.filter(page__depth=1).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_pages__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(remove_wagtail_defaults, migrations.RunPython.noop)]
