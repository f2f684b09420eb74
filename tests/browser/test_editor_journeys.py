"""What editors, moderators, translators and members do, by clicking through the Wagtail admin,
wagtail-localize's editor and the members' workspace in Chromium.

People sign in with the real sign-in forms; only what a test needs to start from (the people, an
image, a page to translate, another member's proposal) is made with the ORM, and removed again.
"""

import re
import uuid

from django.test import override_settings
from playwright.sync_api import expect

from tests.roles import EDITORS, GERMAN_TRANSLATORS, MODERATORS
from tests.workspace.factories import PASSWORD, UserFactory

# Saving, moderating and publishing a page takes several seconds on a loaded machine.
SLOW_MS = 30_000


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def person(group_name):
    return UserFactory(username=unique(group_name.split()[0].lower()), groups=[group_name])


def delete_people(*people):
    for user in people:
        user.delete()


def sign_in_to_admin(new_context, user):
    """A browser context in which `user` signed in with the admin's sign-in form."""
    page = new_context().new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def choose_page_action(page, name):
    """Click an action of the edit form's footer menu (under "More actions" unless it is first)."""
    footer = page.locator("footer.footer")
    action = footer.get_by_role("button", name=name, exact=isinstance(name, str))
    if not action.is_visible():
        footer.get_by_role("button", name="More actions").click()
    offered = footer.get_by_role("button").all_inner_texts()
    assert action.count() == 1, f"{name!r} is not one of the actions offered: {offered}"
    action.click()


def expect_saved(page, title):
    """The admin's message after a save or workflow action names the page."""
    messages = page.locator(".messages")
    expect(messages).to_contain_text(re.compile(re.escape(title) + "|error"), timeout=SLOW_MS)
    errors = page.locator(".error-message, .help-critical").all_inner_texts()
    assert title in messages.inner_text(), f"not saved: {messages.inner_text()!r} {errors}"


# An editor writes a case study, a moderator asks for changes, then approves it.


def case_study_setup():
    from casestudies.models import CaseStudyIndexPage
    from tests.helpers import make_image

    image = make_image()
    image.title = unique("Harbour at dawn")
    image.save()
    from topics.models import TopicPage

    index = CaseStudyIndexPage.objects.get(locale__language_code="en")
    topic = TopicPage.objects.filter(locale=index.locale).order_by("path").first()
    return {
        "topic": topic.title,
        "editor": person(EDITORS),
        "moderator": person(MODERATORS),
        "image": image,
        "index": index,
    }


def case_study_state(title):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.filter(title=title).first()
    if page is None:
        return None
    # The latest one, finished or not (current_workflow_state ends with the approval).
    workflow_state = page.workflow_states.order_by("-created_at").first()
    task_state = workflow_state and workflow_state.current_task_state
    return {
        "pk": page.pk,
        "live": page.live,
        "url": page.url,
        "body": [block.block_type for block in page.latest_revision.as_object().body],
        "image": page.latest_revision.as_object().image_id,
        "workflow": workflow_state and workflow_state.workflow.name,
        "workflow_status": workflow_state and workflow_state.status,
        "task_status": task_state and task_state.status,
        "comment": task_state and task_state.comment,
    }


def remove_case_study(title, image, *people):
    from casestudies.models import CaseStudyPage

    for page in CaseStudyPage.objects.filter(title=title):
        page.delete()
    image.delete()
    delete_people(*people)


# Wagtail 8 autosaves the edit form every half second. A submission sent while an autosave
# is on its way races it: both create the page, and the second fails on the slug. That race
# is Wagtail's; this journey is about the review, so it runs without autosave.
@override_settings(WAGTAIL_AUTOSAVE_INTERVAL=0)
def test_editor_submits_moderator_requests_changes_then_approves(new_context, committed):
    setup = committed(case_study_setup)
    title = unique("Smart street lighting")
    try:
        # The editor writes the case study and submits it to the review.
        editor = sign_in_to_admin(new_context, setup["editor"])
        editor.goto(f"/admin/pages/add/casestudies/casestudypage/{setup['index'].pk}/")
        editor.locator("#id_title").fill(title)
        editor.locator("#id_title").press("Tab")
        editor.get_by_role("textbox", name="Summary").fill("Lamps dim when the street is empty.")
        editor.get_by_role("combobox", name="Country").select_option("DE")
        editor.get_by_role("combobox", name="Government level").select_option("city")
        editor.get_by_role("combobox", name="Maturity").select_option(index=1)
        editor.get_by_role("spinbutton", name="Start year").fill("2021")
        editor.get_by_role("checkbox", name=setup["topic"], exact=True).check()

        editor.get_by_role("button", name="Choose an image").first.click()
        chooser = editor.get_by_role("dialog")
        chooser.get_by_role("link", name=setup["image"].title).click()
        expect(chooser).to_be_hidden()

        body = editor.get_by_role("region", name="Further content")
        body.get_by_role("button", name="Insert a block").first.click()
        editor.get_by_role("option", name="Rich text").click()
        paragraph = body.get_by_role("textbox").first
        paragraph.click()
        editor.keyboard.type("The city saved 40 per cent of the energy.")
        # Draftail copies its content into the form a moment after the last keystroke.
        expect(editor.locator("input[name='body-0-value']")).to_have_value(
            re.compile("40 per cent of the energy")
        )

        choose_page_action(editor, "Submit to Editorial review")
        expect_saved(editor, title)
        state = committed(case_study_state, title)
        assert state["workflow"] == "Editorial review"
        assert state["workflow_status"] == "in_progress"
        assert state["body"] == ["paragraph"]
        assert state["image"] == setup["image"].pk
        assert not state["live"]
        edit_url = f"/admin/pages/{state['pk']}/edit/"

        # The moderator asks for changes, with a comment.
        moderator = sign_in_to_admin(new_context, setup["moderator"])
        moderator.goto(edit_url)
        choose_page_action(moderator, "Request changes")
        dialog = moderator.get_by_role("dialog")
        dialog.get_by_label("Comment").fill("Say how much energy, in kWh.")
        dialog.get_by_role("button", name="Request changes").click()
        expect_saved(moderator, title)
        state = committed(case_study_state, title)
        assert state["workflow_status"] == "needs_changes"
        assert state["task_status"] == "rejected"
        assert state["comment"] == "Say how much energy, in kWh."

        # The editor, in a new session, sees the comment, edits and resubmits.
        editor = sign_in_to_admin(new_context, setup["editor"])
        editor.goto(edit_url)
        # The status panel's workflow details show the moderator's comment.
        editor.locator("[data-side-panel-toggle='status']").click()
        editor.get_by_role("button", name="View details").click()
        expect(editor.get_by_role("dialog")).to_contain_text("Say how much energy, in kWh.")
        editor.keyboard.press("Escape")
        summary = editor.get_by_role("textbox", name="Summary")
        summary.fill("Lamps dim when the street is empty: 1.2 GWh a year.")
        # The review's only task is the moderators' "Editorial approval".
        choose_page_action(editor, "Resubmit to Editorial approval")
        expect_saved(editor, title)
        assert committed(case_study_state, title)["workflow_status"] == "in_progress"

        # The moderator approves; the review has no further task, so the page goes live.
        moderator.goto(edit_url)
        choose_page_action(moderator, "Approve and Publish")
        expect_saved(moderator, title)
        state = committed(case_study_state, title)
        assert state["live"]
        assert state["workflow_status"] == "approved"

        visitor = new_context().new_page()
        visitor.goto(state["url"])
        expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
        expect(visitor.get_by_role("main")).to_contain_text("1.2 GWh a year")
        expect(visitor.get_by_role("main")).to_contain_text("40 per cent of the energy")
    finally:
        committed(remove_case_study, title, setup["image"], setup["editor"], setup["moderator"])


# A German translator translates a page in wagtail-localize's editor and submits it.


def translation_setup():
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from home.models import HomePage
    from tests.home.factories import ContentPageFactory

    english_home = HomePage.objects.get(depth=2, locale__language_code="en")
    page = ContentPageFactory(
        parent=english_home,
        title=unique("Open council meetings"),
        introduction="Every council meeting is streamed and archived.",
    )
    page.save_revision().publish()
    TranslationCreator(None, [Locale.objects.get(language_code="de")]).create_translations(page)
    german = page.get_translation(Locale.objects.get(language_code="de"))
    return {"translator": person(GERMAN_TRANSLATORS), "english": page, "german": german}


def german_translation_state(german_pk, source_text):
    from wagtail.models import Page
    from wagtail_localize.models import StringTranslation

    german = Page.objects.get(pk=german_pk)
    workflow_state = german.current_workflow_state
    return {
        "translations": list(
            StringTranslation.objects.filter(
                translation_of__data=source_text, locale=german.locale
            ).values_list("data", flat=True)
        ),
        "workflow": workflow_state and workflow_state.workflow.name,
        "workflow_status": workflow_state and workflow_state.status,
    }


def remove_translated_page(english, german, *people):
    from wagtail.models import Page
    from wagtail_localize.models import TranslatableObject

    Page.objects.get(pk=german.pk).delete()
    Page.objects.get(pk=english.pk).delete()
    # With it go its sources, translations and translated strings.
    TranslatableObject.objects.filter(translation_key=english.translation_key).delete()
    delete_people(*people)


def test_translator_translates_in_the_localize_editor_and_submits(new_context, committed):
    setup = committed(translation_setup)
    german_pk = setup["german"].pk
    source_text = "Every council meeting is streamed and archived."
    german_text = "Jede Ratssitzung wird gestreamt und archiviert."
    try:
        translator = sign_in_to_admin(new_context, setup["translator"])
        translator.goto(f"/admin/pages/{german_pk}/edit/")
        segment = translator.locator("li", has_text=source_text).last
        segment.get_by_role("button", name="Translate").click()
        segment.get_by_role("textbox").fill(german_text)
        segment.get_by_role("button", name="Save").click()
        expect(segment).to_contain_text(german_text)
        expect(segment.get_by_role("button", name="Edit")).to_be_visible()
        state = committed(german_translation_state, german_pk, source_text)
        assert state["translations"] == [german_text]

        # The page listing of the German tree offers the submission to the review.
        german_home = setup["german"].get_parent()
        translator.goto(f"/admin/pages/{german_home.pk}/?ordering=-latest_revision_created_at")
        row = translator.get_by_role("row", name=re.compile(re.escape(setup["german"].title)))
        row.get_by_role("button", name=re.compile("^More options")).click()
        row.get_by_role("link", name="Submit translation for review").click()
        translator.get_by_role("button", name="Yes, submit it for review").click()
        expect(translator.locator(".messages")).to_contain_text(
            "has been submitted for review", timeout=SLOW_MS
        )
        state = committed(german_translation_state, german_pk, source_text)
        assert state["workflow"] == "Translation review"
        assert state["workflow_status"] == "in_progress"
    finally:
        committed(remove_translated_page, setup["english"], setup["german"], setup["translator"])


# A member signs in to the workspace, proposes a topic and votes for another member's.


def workspace_setup():
    from tests.workspace.factories import TopicProposalFactory, member

    colleague = member(username=unique("colleague"))
    return {
        "member": member(username=unique("member")),
        "colleague": colleague,
        "proposal": TopicProposalFactory(title=unique("Digital twins"), proposed_by=colleague),
    }


def remove_proposals(*people):
    from workspace.models import TopicProposal

    TopicProposal.objects.filter(proposed_by__in=people).delete()
    delete_people(*people)


def test_member_proposes_a_topic_and_votes(page, committed):
    setup = committed(workspace_setup)
    own_title = unique("Heat maps for shade planning")
    try:
        # The proposals are for members only: the visitor signs in and comes back to them.
        page.goto("/en/workspace/proposals/")
        expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next="))
        page.get_by_label("Username").fill(setup["member"].username)
        page.get_by_label(re.compile(r"^Password\b")).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(re.compile(r"/en/workspace/proposals/$"))

        page.get_by_role("link", name="Propose a topic").click()
        page.get_by_label("Title").fill(own_title)
        page.get_by_label("Description").fill("Which streets need trees first?")
        page.get_by_role("button", name="Send proposal").click()
        expect(page.get_by_role("main")).to_contain_text(f"“{own_title}” is open for votes")
        expect(page.locator(".proposal", has_text=own_title)).to_contain_text("0 votes")

        other = page.locator(f"#proposal-{setup['proposal'].pk}")
        expect(other.locator(".proposal__votes")).to_have_text("0 votes")
        other.get_by_role("button", name=re.compile("^Vote for this topic")).click()
        other = page.locator(f"#proposal-{setup['proposal'].pk}")
        expect(other.locator(".proposal__votes")).to_have_text("1 vote")
        expect(other).to_contain_text("You voted for this topic")
        expect(other.get_by_role("button", name=re.compile("^Withdraw my vote"))).to_be_visible()
    finally:
        committed(remove_proposals, setup["member"], setup["colleague"])
