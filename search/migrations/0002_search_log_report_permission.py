"""Editors, moderators and administrators may view the query log's reports.

The groups are created by home/0005_roles_and_workflows. The permission is created here if missing,
because Django only creates permissions after the last migration has run.
"""

from django.db import migrations

GROUPS = ["Editors", "Moderators", "Administrators"]
CODENAME = "view_searchquerystat"
NAME = "Can view search query statistic"


def report_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="search", model="searchquerystat"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = report_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = report_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("home", "0005_roles_and_workflows"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
