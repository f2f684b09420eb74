"""Privacy by design: public pages load everything from the site itself and set no cookie, and
the working groups' documents open for their members only."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from wagtail.models import Collection

from tests.roles import EDITORS
from tests.workspace.factories import (
    UserFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
    member,
    moderator,
    private_document,
)
from workspace.access import WORKSPACE_COLLECTION_NAME


def visit(context, urls):
    """Load each URL in a tab of `context`; every request made, and every failed response."""
    requests, failures = [], []
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and failures.append(f"{response.status} {response.url}")
        ),
    )
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    page.close()
    return requests, failures


def test_public_pages_load_nothing_from_elsewhere_and_set_no_cookie(
    context, public_pages, demo_server
):
    urls = [
        url
        for language in ("en", "de")
        for page_type, url in public_pages[language].items()
        if page_type != "login"
    ]
    requests, failures = visit(context, urls)

    site = urlsplit(demo_server.url).netloc
    elsewhere = {url for url in requests if urlsplit(url).netloc != site}
    assert not elsewhere, f"requests to other hosts: {sorted(elsewhere)}"
    # Pages, style sheet, logo and images: all there, so nothing was silently left out.
    assert any("/static/css/site.css" in url for url in requests)
    assert any("/media/images/" in url for url in requests)
    assert not failures, failures
    assert context.cookies() == []


def test_sign_in_page_sets_only_the_csrf_cookie(context, public_pages, demo_server):
    """The sign-in form's protection against cross-site request forgery needs one cookie."""
    requests, failures = visit(context, [public_pages["en"]["login"]])

    site = urlsplit(demo_server.url).netloc
    assert {urlsplit(url).netloc for url in requests} == {site}
    assert not failures, failures
    cookies = context.cookies()
    assert [cookie["name"] for cookie in cookies] == ["csrftoken"]
    assert cookies[0]["sameSite"] == "Lax"


def make_working_group():
    """A working group with a member and a document, and people outside it."""
    insider = member()
    group = WorkingGroupPageFactory(parent=WorkspacePageFactory(), members=[insider])
    document = private_document(group, content=b"Minutes: confidential.")
    people = {
        "member of the group": insider,
        "member of another group": member(),
        "editor": UserFactory(groups=[EDITORS]),
        "moderator": moderator(),
    }
    return group, document, people


def remove_working_group(group, people):
    """Everything make_working_group() made, the workspace's collections with their files."""
    member_group = group.member_group
    group.get_parent().delete()
    member_group.delete()
    for user in people.values():
        user.delete()
    Collection.objects.get(name=WORKSPACE_COLLECTION_NAME).delete()


@pytest.fixture
def working_group(committed):
    group, document, people = committed(make_working_group)
    yield document, people
    committed(remove_working_group, group, people)


def test_a_working_group_document_opens_for_its_members_only(new_context, sign_in, working_group):
    document, people = working_group
    for name in (None, "member of another group", "editor", "moderator"):
        context = new_context()
        if name:
            sign_in(context, people[name])
        page = context.new_page()
        page.goto(document.url)
        expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next="))

    context = new_context()
    sign_in(context, people["member of the group"])
    response = context.request.get(document.url)
    assert response.status == 200
    assert response.body() == b"Minutes: confidential."
