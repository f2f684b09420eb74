"""Moderators and administrators may accept or decline topic proposals.

The groups come from home/0005_roles_and_workflows. The permission is created here if missing,
because Django only creates permissions after the last migration has run.
"""

from django.db import migrations

GROUPS = ["Moderators", "Administrators"]
CODENAME = "moderate_topicproposal"
NAME = "Can accept or decline topic proposals"


def moderation_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="workspace", model="topicproposal"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = moderation_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = moderation_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("workspace", "0001_initial"),
        ("home", "0005_roles_and_workflows"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
