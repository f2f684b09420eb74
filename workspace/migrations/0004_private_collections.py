"""A working group's collection is for its members and administrators only.

Until now moderators could open a group's documents too, and only the editorial roles'
permissions on the root collection let anyone manage them (home/0006_public_collection takes
those away). Now, as workspace/access.py does for new groups: the collection's view restriction
names the group's member group and the Administrators, and the member group may add, change,
delete and choose the collection's images and documents.

The names are copied here rather than imported so the migration stays reproducible.
"""

from django.db import migrations

MODERATORS = "Moderators"
MEDIA_PERMISSIONS = [
    (app_label, f"{action}_{model}")
    for app_label, model in [("wagtaildocs", "document"), ("wagtailimages", "image")]
    for action in ("add", "change", "delete", "choose")
]


def media_permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    permissions = []
    for app_label, codename in MEDIA_PERMISSIONS:
        model = codename.split("_", 1)[1]
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
        permissions.append(permission)
    return permissions


def members_and_administrators_only(apps, schema_editor):
    WorkingGroupPage = apps.get_model("workspace", "WorkingGroupPage")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    # Translations share the original's collection and member group.
    groups = set(
        WorkingGroupPage.objects.filter(
            collection__isnull=False, member_group__isnull=False
        ).values_list("collection_id", "member_group_id")
    )
    permissions = media_permissions(apps) if groups else []
    for collection_id, member_group_id in sorted(groups):
        for restriction in CollectionViewRestriction.objects.filter(collection_id=collection_id):
            restriction.groups.remove(*restriction.groups.filter(name=MODERATORS))
        for permission in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group_id=member_group_id, collection_id=collection_id, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("workspace", "0003_network_wide"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    # Rolling back keeps the narrower access: giving moderators the groups' files again would
    # undo a privacy fix.
    operations = [migrations.RunPython(members_and_administrators_only, migrations.RunPython.noop)]
