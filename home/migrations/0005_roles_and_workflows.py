"""Roles, their permissions and the review workflows, so that a fresh database is ready to use.

- Every working language gets a home page (an untranslated draft copy of the English one
  unless it exists), since translators' permissions and the translation workflow hang on it.
- Groups: Editors, Moderators, one translator group per working language, Members,
  Administrators, with the permissions below (Wagtail's own defaults for Editors and
  Moderators, which cover every tree from the root, are narrowed to the home pages).
- Workflows: "Editorial review" on the English tree, "Translation review" on the other
  trees; both end in an approval by the Moderators. They replace Wagtail's default
  "Moderators approval" workflow on the root.

The names are copied here rather than imported so the migration stays reproducible.
"""

from django.conf import settings
from django.db import migrations

EDITORS = "Editors"
MODERATORS = "Moderators"
MEMBERS = "Members"
ADMINISTRATORS = "Administrators"
TRANSLATORS = {
    "de": "Translators (German)",
    "es": "Translators (Spanish)",
    "pt-br": "Translators (Brazilian Portuguese)",
}

EDITORIAL_REVIEW = "Editorial review"
TRANSLATION_REVIEW = "Translation review"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# (app label, model, codename, name): created here if missing, because Django only creates
# permissions after the last migration has run.
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
SUBMIT_TRANSLATION = (
    "wagtail_localize",
    "translation",
    "submit_translation",
    "Can submit translations",
)
PAGE_PERMISSIONS = {
    action: ("wagtailcore", "page", f"{action}_page", label)
    for action, label in [
        ("add", "Can add page"),
        ("change", "Can change page"),
        ("bulk_delete", "Delete pages with children"),
        ("lock", "Lock/unlock pages you've locked"),
        ("publish", "Publish any page"),
        ("unlock", "Unlock any page"),
    ]
}
EDITOR_PAGE_ACTIONS = ["add", "change"]
MODERATOR_PAGE_ACTIONS = [*EDITOR_PAGE_ACTIONS, "publish", "lock", "unlock", "bulk_delete"]


def model_permissions(app_label, model, actions, verbose_name=None):
    return [
        (app_label, model, f"{action}_{model}", f"Can {action} {verbose_name or model}")
        for action in actions
    ]


def media_permissions(actions):
    return model_permissions("wagtailimages", "image", actions) + model_permissions(
        "wagtaildocs", "document", actions
    )


def administrator_permissions():
    user_app, user_model = settings.AUTH_USER_MODEL.lower().split(".")
    everything = ["add", "change", "delete", "view"]
    return [
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *model_permissions(user_app, user_model, everything),
        *model_permissions("auth", "group", everything),
        *model_permissions("wagtailcore", "locale", everything),
        *model_permissions("wagtailcore", "site", everything),
        *model_permissions("wagtailcore", "workflow", everything),
        *model_permissions("wagtailcore", "task", everything),
        *model_permissions("home", "sitesettings", ["change", "view"], "site settings"),
        *model_permissions("wagtailredirects", "redirect", everything),
        *model_permissions(
            "wagtailsearchpromotions", "searchpromotion", everything, "search promotion"
        ),
    ]


def find_permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def next_child_path(apps, parent):
    """The treebeard path of a new last child of `parent` (steps of four base-36 digits)."""
    Page = apps.get_model("wagtailcore", "Page")
    step = 4
    last_child = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    number = int(last_child.path[-step:], 36) + 1 if last_child else 1
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + digits
    return parent.path + digits.rjust(step, "0")


def free_slug(apps, parent, slug):
    Page = apps.get_model("wagtailcore", "Page")
    taken = set(
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list(
            "slug", flat=True
        )
    )
    candidate, number = slug, 1
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def create_locale_homes(apps, english_home):
    """Each working language's home page: an untranslated draft copy of the English one.

    It has the English page's translation key, so wagtail-localize finds it and translates
    into it, as it would into a copy made by `copy_for_translation` (same slug scheme).
    """
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("home", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")
    root = Page.objects.get(depth=1)
    copied_page_fields = ["title", "draft_title", "seo_title", "search_description"]
    own_fields = [
        field.attname for field in HomePage._meta.local_concrete_fields if not field.primary_key
    ]
    homes = {}
    for language_code in TRANSLATORS:
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        home = Page.objects.filter(
            translation_key=english_home.translation_key, locale=locale
        ).first()
        if home is None:
            slug = free_slug(apps, root, f"{english_home.slug}-{language_code}")
            home = HomePage.objects.create(
                **{name: getattr(english_home, name) for name in copied_page_fields + own_fields},
                content_type_id=english_home.content_type_id,
                translation_key=english_home.translation_key,
                locale=locale,
                slug=slug,
                path=next_child_path(apps, root),
                depth=2,
                numchild=0,
                url_path=f"/{slug}/",
                live=False,
                has_unpublished_changes=True,
            )
            root.numchild = Page.objects.filter(
                path__startswith=root.path, depth=root.depth + 1
            ).count()
            root.save(update_fields=["numchild"])
        homes[language_code] = home
    return homes


def grant(apps, name, *, permissions=(), pages=None, collection=None):
    """Give the group `name` these global, page and collection permissions.

    Additive, so that permissions other apps' migrations grant to the same groups survive.
    """
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*[find_permission(apps, *spec) for spec in permissions])
    for page, actions in (pages or {}).items():
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=find_permission(apps, *PAGE_PERMISSIONS[action])
            )
    if collection:
        root_collection, specs = collection
        for spec in specs:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=find_permission(apps, *spec)
            )
    return group


def revoke_wagtail_defaults(apps, root):
    """Take back what Wagtail's initial data gave Editors and Moderators beyond their roles.

    That is: page permissions on the root (here they are granted per language tree) and
    model-wide image and document permissions (here collection permissions do that job).
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    groups = Group.objects.filter(name__in=[EDITORS, MODERATORS])
    GroupPagePermission.objects.filter(group__in=groups, page=root).delete()
    media = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"],
        content_type__model__in=["image", "document"],
    )
    for group in groups:
        group.permissions.remove(*media)


def create_workflow(apps, name, task_name, moderators, pages):
    """A one-step workflow: the Moderators approve or request changes; assigned to `pages`."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=task_name, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def retire_wagtail_default_workflow(apps, root):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(page=root).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def create_roles_and_workflows(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    english_home = (
        apps.get_model("home", "HomePage")
        .objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    if english_home is None:
        return  # Nothing to hang permissions on: the site was set up differently.
    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    locale_homes = create_locale_homes(apps, english_home)
    every_home = [english_home, *locale_homes.values()]
    upload_media = media_permissions(["add", "change", "choose"])

    revoke_wagtail_defaults(apps, root)
    grant(
        apps,
        EDITORS,
        permissions=[ACCESS_ADMIN, SUBMIT_TRANSLATION],
        pages=dict.fromkeys(every_home, EDITOR_PAGE_ACTIONS),
        collection=(root_collection, upload_media),
    )
    moderators = grant(
        apps,
        MODERATORS,
        permissions=[ACCESS_ADMIN, SUBMIT_TRANSLATION],
        pages=dict.fromkeys(every_home, MODERATOR_PAGE_ACTIONS),
        collection=(root_collection, upload_media),
    )
    for language_code, group_name in TRANSLATORS.items():
        grant(
            apps,
            group_name,
            permissions=[ACCESS_ADMIN],
            pages={locale_homes[language_code]: EDITOR_PAGE_ACTIONS},
            collection=(root_collection, media_permissions(["choose"])),
        )
    grant(apps, MEMBERS)
    collection_management = model_permissions(
        "wagtailcore", "collection", ["add", "change", "delete"]
    )
    grant(
        apps,
        ADMINISTRATORS,
        permissions=administrator_permissions(),
        pages={root: list(PAGE_PERMISSIONS)},
        collection=(
            root_collection,
            media_permissions(["add", "change", "delete", "choose"]) + collection_management,
        ),
    )

    retire_wagtail_default_workflow(apps, root)
    create_workflow(apps, EDITORIAL_REVIEW, "Editorial approval", moderators, [english_home])
    create_workflow(
        apps, TRANSLATION_REVIEW, "Translation approval", moderators, locale_homes.values()
    )


class Migration(migrations.Migration):
    # First numbered 0004, beside 0004_plural_names. A database that applied it under that name
    # counts this one as applied and does not run it again (tests/home/test_migrations.py);
    # keep this line until every database has migrated once since the renumbering.
    replaces = [("home", "0004_roles_and_workflows")]

    dependencies = [
        ("home", "0003_working_languages"),
        # Written at the same time as this one; depending on it keeps a single leaf.
        ("home", "0004_plural_names"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    # Rolling back keeps the groups, workflows and home pages: they are plain data that the
    # previous code ignores, and deleting a home page would delete its translators' work.
    operations = [migrations.RunPython(create_roles_and_workflows, migrations.RunPython.noop)]
