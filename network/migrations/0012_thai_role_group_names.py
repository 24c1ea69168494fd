"""The role groups were named in English when provisioning ran untranslated (under migrate):
rename the ones that still carry their default English name to the Thai role name. Names an
administrator changed are left alone."""

from django.db import migrations

# The role labels as they were (English) and as the Thai catalogue has them.
ROLE_NAMES = {
    "editor": ("Unit editor", "ผู้แก้ไขเนื้อหาของหน่วยงาน"),
    "approver": ("Unit approver", "ผู้อนุมัติของหน่วยงาน"),
    "moderator": ("Provincial moderator", "ผู้ตรวจสอบระดับจังหวัด"),
    "central_admin": ("Central administrator", "ผู้ดูแลระบบส่วนกลาง"),
}


def _group_name(link, label):
    return f"{link.unit.code}: {label}" if link.unit_id else label


def _rename(apps, old_index, new_index):
    UnitRoleGroup = apps.get_model("network", "UnitRoleGroup")
    for link in UnitRoleGroup.objects.select_related("group", "unit"):
        names = ROLE_NAMES[link.role]
        if link.group.name == _group_name(link, names[old_index]):
            link.group.name = _group_name(link, names[new_index])
            link.group.save(update_fields=["name"])


def to_thai(apps, schema_editor):
    _rename(apps, 0, 1)


def to_english(apps, schema_editor):
    _rename(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [("network", "0011_two_factor_enrolment_links")]

    operations = [migrations.RunPython(to_thai, to_english)]
