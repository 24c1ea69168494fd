"""Finish 0002's removal of Wagtail's defaults as the admin shows them: the root page (first in
every breadcrumb) and the root collection (first in every collection menu) are named in Thai,
and the "Moderators approval" task that 0002 left without its workflow and its group goes (only
while nothing ever used it)."""

from django.db import migrations

ROOT_TITLES = ("Root", "ทุกเว็บไซต์")
ROOT_COLLECTION_NAMES = ("Root", "ทุกคอลเลกชัน")


def _retitle_roots(apps, old_title, new_title, old_name, new_name):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old_title).update(title=new_title, draft_title=new_title)
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name=old_name).update(name=new_name)


def forwards(apps, schema_editor):
    _retitle_roots(apps, *ROOT_TITLES, *ROOT_COLLECTION_NAMES)
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(
        name="Moderators approval", workflow_tasks__isnull=True, task_states__isnull=True
    ).delete()


def backwards(apps, schema_editor):
    _retitle_roots(apps, *reversed(ROOT_TITLES), *reversed(ROOT_COLLECTION_NAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0012_thai_role_group_names"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
