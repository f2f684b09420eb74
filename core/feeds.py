"""RSS 2.0 and Atom feeds of index pages, in the index page's language.

An index page with `FeedRoutesMixin` (and RoutablePageMixin) answers at `feed/rss/` and
`feed/atom/`; it chooses the pages (`get_feed_items`), its `feed_class` how they are presented.
"""

import uuid

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from wagtail.contrib.routable_page.models import path

# Items per feed: enough for a reader that looks in daily or weekly.
FEED_LENGTH = 20


class PageFeed(Feed):
    """Pages with an introduction and topics as feed items; subclasses give title and description.

    Made per request (the views below), so keeping the request on the instance is safe.
    """

    def __init__(self, feed_type):
        self.feed_type = feed_type

    def get_object(self, request, index_page):
        self.request = request
        self.index_page = index_page
        # The content's language, even where a language falls back to the default one.
        self.language = index_page.locale.language_code
        return index_page

    def items(self, index_page):
        return index_page.get_feed_items()

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_description(self, page):
        # Atom's summary (and, by custom, RSS's description) is HTML: the plain text is escaped.
        return escape(page.introduction)

    def item_guid(self, page):
        # Stable across edits and slug changes, unique per language, valid as an Atom id.
        return uuid.uuid5(page.translation_key, self.language).urn

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        # Unpublished topics (e.g. untranslated drafts) are not shown anywhere else either.
        return [topic.title for topic in page.topics.all() if topic.live]


class FeedRoutesMixin:
    """Index pages offering their newest items as feeds; use with RoutablePageMixin.

    Subclasses set `feed_class` (a PageFeed) and define `get_feed_items()` (live, public pages
    of the page's language, at most FEED_LENGTH, with their topics prefetched).
    """

    feed_class = PageFeed

    def get_feed_items(self):
        raise NotImplementedError

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return self.feed_class(Rss201rev2Feed)(request, index_page=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return self.feed_class(Atom1Feed)(request, index_page=self)
