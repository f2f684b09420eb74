"""What a visitor does on the public site, by clicking through it in Chromium."""

import re

from icalendar import Calendar
from playwright.sync_api import expect


def test_home_to_topic_to_case_study_to_city(page):
    page.goto("/en/")
    topics = page.get_by_role("region", name="Topics")
    topic_link = topics.get_by_role("link").first
    topic_title = topic_link.inner_text()
    topic_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(topic_title)
    expect(page).to_have_url(re.compile(r"/en/topics/[\w-]+/$"))

    # A case study in a city ("City, Country · years" under its title), not a national one.
    in_a_city = page.get_by_role("region", name="Case studies").locator(
        "article", has=page.locator(".card__meta", has_text=re.compile(r"^[^·]+,"))
    )
    case_study_link = in_a_city.first.get_by_role("heading", level=3).get_by_role("link")
    case_study_title = case_study_link.inner_text()
    case_study_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(case_study_title)
    expect(page).to_have_url(re.compile(r"/en/case-studies/[\w-]+/$"))
    # The case study is about the topic it was reached from.
    expect(page.get_by_role("main")).to_contain_text(topic_title)

    city_link = page.get_by_role("complementary", name="Facts").locator("a[href*='/cities/']")
    city_name = city_link.inner_text()
    city_link.click()
    expect(page).to_have_url(re.compile(r"/en/cities/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(city_name)
    # The city lists the case study the visitor came from.
    expect(page.get_by_role("link", name=case_study_title)).to_be_visible()


def test_case_study_filters_and_pagination(page, public_pages):
    page.goto(public_pages["en"]["case study index"])
    count = page.locator(".result-count")
    everything = int(count.inner_text().split()[0])
    assert everything > 12, "the demo content should fill more than one page"

    # Page 2 of the unfiltered listing.
    pagination = page.get_by_role("navigation", name="Pagination")
    expect(pagination).to_contain_text("Page 1 of")
    first_page_titles = page.locator(".card__title").all_inner_texts()
    pagination.get_by_role("link", name="Next").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2"))
    expect(page.get_by_role("navigation", name="Pagination")).to_contain_text("Page 2 of")
    second_page_titles = page.locator(".card__title").all_inner_texts()
    assert second_page_titles
    assert not set(first_page_titles) & set(second_page_titles)

    # A filter narrows the listing and starts again on its first page.
    topic = page.get_by_label("Topic", exact=True)
    topic.select_option(index=1)
    topic_name = topic.locator("option:checked").inner_text()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]topic=[\w-]+"))
    expect(page).not_to_have_url(re.compile(r"[?&]page="))
    filtered = int(page.locator(".result-count").inner_text().split()[0])
    assert 0 < filtered < everything
    for tags in page.locator(".card").all():
        expect(tags).to_contain_text(topic_name)

    page.get_by_role("link", name="Reset filters").click()
    expect(page.locator(".result-count")).to_have_text(re.compile(rf"^{everything} "))


def test_event_calendar_download(page, public_pages):
    page.goto(public_pages["en"]["event"])
    title = page.get_by_role("heading", level=1).inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(download.path().read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == title

    calendar_url = page.get_by_role("link", name="Add to calendar").get_attribute("href")
    response = page.request.get(calendar_url)
    assert response.headers["content-type"].startswith("text/calendar")


def test_search_from_the_header(page):
    page.goto("/en/")
    search = page.get_by_role("search")
    search.get_by_role("searchbox").fill("data")
    search.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=data"))
    expect(page.get_by_role("searchbox").first).to_have_value("data")
    results = page.get_by_role("main").get_by_role("link")
    assert results.count() > 3


def test_switching_language_between_translated_and_untranslated_pages(page, public_pages):
    page.goto(public_pages["en"]["case study"])
    english_title = page.get_by_role("heading", level=1).inner_text()
    switcher = page.get_by_role("navigation", name="Language")
    expect(switcher.locator("[aria-current]")).to_have_text("English")

    # German: the whole demo content is translated, so the link leads to this case study.
    switcher.get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/fallstudien/[\w-]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    german_title = page.get_by_role("heading", level=1).inner_text()
    assert german_title != english_title
    switcher = page.get_by_role("navigation", name="Sprache")
    expect(switcher.locator("[aria-current]")).to_have_text("Deutsch")

    # Back to English: the same case study again.
    switcher.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(english_title)


def test_untranslated_page_links_the_home_page_of_the_language(page, committed):
    url = committed(untranslated_page_url, "es")
    page.goto(url)
    switcher = page.get_by_role("navigation", name="Language")
    fallback = switcher.locator(".language-switcher__fallback[hreflang='es']")
    expect(fallback).to_contain_text("(página de inicio)")
    expect(fallback).to_have_attribute("title", re.compile(r"\S"))
    fallback.click()
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")


def untranslated_page_url(language_code):
    """An English demo page without a live translation into the language."""
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code=language_code)
    translated = Page.objects.live().filter(locale=locale).values("translation_key")
    page = (
        Page.objects.live()
        .public()
        .filter(locale__language_code="en", depth__gt=2)
        .exclude(translation_key__in=translated)
        .order_by("path")
        .first()
    )
    assert page is not None, f"the demo content should leave some pages untranslated in {locale}"
    return page.url
