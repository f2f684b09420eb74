"""Privacy by design: public pages load everything from the site itself and set no cookie."""

from urllib.parse import urlsplit


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
