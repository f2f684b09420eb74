"""People in each role, and what the Wagtail admin posts when they work on a page."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from tests.home.factories import ContentPageFactory

EDITORS = "Editors"
MODERATORS = "Moderators"
MEMBERS = "Members"
ADMINISTRATORS = "Administrators"
GERMAN_TRANSLATORS = "Translators (German)"
TRANSLATOR_GROUPS = {
    "de": GERMAN_TRANSLATORS,
    "es": "Translators (Spanish)",
    "pt-br": "Translators (Brazilian Portuguese)",
}


def user_in(group_name, username):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="not-used"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def locale_home(language_code):
    """A language's home page; the data migration creates it as an untranslated draft."""
    return HomePage.objects.get(depth=2, locale__language_code=language_code)


def german_page(**fields):
    """A page written in the German tree (not a wagtail-localize translation)."""
    return ContentPageFactory(
        parent=locale_home("de"), locale=Locale.objects.get(language_code="de"), **fields
    )


def page_form_data(page, **fields):
    """POST data of the admin's edit form of a ContentPage or HomePage; `fields` override.

    Add an action as a keyword, e.g. `**{"action-submit": "1"}`.
    """
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "image": "",
        "body": streamfield([("paragraph", rich_text("<p>The network meets twice a year.</p>"))]),
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def workflow_action_url(page, action):
    """The URL a moderator's "Approve" or "Request changes" button posts to."""
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
