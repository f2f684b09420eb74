"""Removes the copies of workspace pages that locale sync made in the other languages.

Publishing an English workspace page used to give every other language an untranslated draft
of it; locale sync no longer copies workspace pages (translations/sync.py), members translate
them on purpose. A copy goes only if nobody has worked on it: never published, still a synced
wagtail-localize translation with no string translated into its language, not itself the source
of a translation, and with nothing left below it. Anything else stays as it is.

Historical models only, so that the migration stays reproducible: it removes what deleting the
pages in the admin removes (revisions, workflow states, references, the wagtail-localize
record), then the pages with what belongs to them (view restrictions, comments), and fixes the
parents' child counts. Stale search index entries of the titles do no harm: they match no page.
"""

from django.conf import settings
from django.db import migrations

WORKSPACE_PAGE_TYPES = ("workspacepage", "workinggrouppage", "meetingpage")
# Characters per level of Wagtail's page paths (treebeard's steplen, not on historical models).
PATH_STEP = 4


def untouched_copies(apps):
    """The copies to remove, children before their parents."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Translation = apps.get_model("wagtail_localize", "Translation")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")

    workspace_types = ContentType.objects.filter(
        app_label="workspace", model__in=WORKSPACE_PAGE_TYPES
    )
    candidates = (
        Page.objects.filter(content_type__in=workspace_types, first_published_at__isnull=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-depth", "path")
    )
    removed = []
    for page in candidates:
        key, locale_id = page.translation_key, page.locale_id
        is_synced_copy = Translation.objects.filter(
            source__object_id=key, target_locale_id=locale_id, enabled=True
        ).exists()
        has_translated_text = StringTranslation.objects.filter(
            context__object_id=key, locale_id=locale_id
        ).exists()
        is_source = TranslationSource.objects.filter(object_id=key, locale_id=locale_id).exists()
        keeps_children = (
            Page.objects.filter(path__startswith=page.path, depth=page.depth + 1)
            .exclude(pk__in=[copy.pk for copy in removed])
            .exists()
        )
        if is_synced_copy and not has_translated_text and not is_source and not keeps_children:
            removed.append(page)
    return removed


def remove_untouched_copies(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    Translation = apps.get_model("wagtail_localize", "Translation")

    copies = untouched_copies(apps)
    if not copies:
        return
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    object_ids = [str(copy.pk) for copy in copies]
    Revision.objects.filter(base_content_type=page_type, object_id__in=object_ids).delete()
    WorkflowState.objects.filter(base_content_type=page_type, object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(to_content_type=page_type, to_object_id__in=object_ids).delete()
    for copy in copies:
        Translation.objects.filter(
            source__object_id=copy.translation_key, target_locale_id=copy.locale_id
        ).delete()

    removed_paths = {copy.path for copy in copies}
    parent_paths = {copy.path[:-PATH_STEP] for copy in copies} - removed_paths
    Page.objects.filter(pk__in=[copy.pk for copy in copies]).delete()
    for parent in Page.objects.filter(path__in=parent_paths):
        parent.numchild = Page.objects.filter(
            path__startswith=parent.path, depth=parent.depth + 1
        ).count()
        parent.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        # Written at the same time as 0004_private_collections; depending on it keeps one leaf.
        ("workspace", "0004_private_collections"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    # Going back leaves the pages removed: locale sync of the previous code would make new ones.
    operations = [migrations.RunPython(remove_untouched_copies, migrations.RunPython.noop)]
