"""/sitemap.xml: every live, public page of every language, with its translations.

Wagtail's own sitemap lists the site's root tree, which is one language only. This one walks
the root page's translations too and gives each URL its alternates (hreflang) and the source
language's page as x-default, the way the pages' own <head> links them: on the host the request
came to, like every other absolute URL of the site (core/seo.py).
"""

from django.conf import settings
from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.seo import page_url


class MultilingualSitemap(Sitemap):
    """Live, public pages of every language tree of the site; pages that list no sitemap URLs
    (the members' workspace, see `get_sitemap_urls`) are left out, and so are restricted ones."""

    @cached_property
    def listed_pages(self):
        """Live, public pages below the site's root page in any of its languages.

        Looking up the language roots and the restrictions takes a query each; made once per
        request (the view makes a sitemap per request), the query is reused for the alternates.
        """
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        below_a_root = Q()
        for root in roots.only("path"):
            below_a_root |= Q(path__startswith=root.path)
        return Page.objects.live().public().filter(below_a_root)

    def items(self):
        return self.listed_pages.order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail's version, with each page on the request's host and with its alternates.
        pages = list(self.paginator.page(page).object_list)
        alternates = self.get_alternates({item.translation_key for item in pages})
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if url_info["location"] == location:
                    url_info = {
                        **url_info,
                        "location": page_url(item, self.request),
                        "alternates": alternates[item.translation_key],
                    }
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def get_alternates(self, translation_keys):
        """Listed pages of these translation keys as hreflang links, in one query.

        Translations may sit on another page of a long sitemap, so they are looked up among all
        listed pages, not only this page's items.
        """
        translations = self.listed_pages.filter(
            translation_key__in=translation_keys
        ).select_related("locale")
        by_key = {key: {} for key in translation_keys}
        for translation in translations:
            if location := page_url(translation, self.request):
                by_key[translation.translation_key][translation.locale.language_code] = location
        alternates = {}
        for key, locations in by_key.items():
            links = [
                {"lang_code": code, "location": locations[code]}
                for code, _name in settings.LANGUAGES
                if code in locations
            ]
            if settings.LANGUAGE_CODE in locations:
                default = locations[settings.LANGUAGE_CODE]
                links.append({"lang_code": "x-default", "location": default})
            alternates[key] = links
        return alternates
