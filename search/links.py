"""Addresses for what a search found, built by the view from the request (sites, languages)."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site


def document_url(document, request):
    """The page's URL from its path alone, as Wagtail builds it, without a Page instance.

    Result lists and maps link hundreds of pages: constructing Page objects for their URLs
    would cost more than the search itself.
    """
    prefixes = _url_prefixes(request)
    for root_path, language, site_url in prefixes["roots"]:
        if language == document.language and document.url_path.startswith(root_path):
            if language not in prefixes["languages"]:
                with translation.override(language):
                    prefixes["languages"][language] = reverse("wagtail_serve", args=("",))
            return site_url + prefixes["languages"][language] + document.url_path[len(root_path) :]
    return Page(id=document.page_id, url_path=document.url_path).get_url(request=request)


def _url_prefixes(request):
    """Per request: the sites' root paths (cached by Wagtail) and each language's URL prefix."""
    if not hasattr(request, "_search_url_prefixes"):
        current = Site.find_for_request(request)
        request._search_url_prefixes = {
            "roots": [
                (
                    root.root_path,
                    root.language_code,
                    "" if current and root.site_id == current.pk else root.root_url,
                )
                for root in Site.get_site_root_paths()
            ],
            "languages": {},
        }
    return request._search_url_prefixes


def url_with(request, **changes):
    """This search's address with some parameters changed (None removes one)."""
    query = request.GET.copy()
    for name, value in changes.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    return f"?{query.urlencode()}" if query else "?"


def link_outcome(outcome, request):
    """Gives every result, promotion, popular topic and map point of a search its address."""
    for result in outcome.results:
        result.url = document_url(result.document, request)
    for promotion in outcome.promotions:
        page = promotion["page"]
        promotion["url"] = page.get_url(request) if page else promotion["link"]
    for topic in outcome.popular_topics:
        topic["url"] = document_url(topic["document"], request)
    for point in outcome.map_points:
        if "document" in point:
            point["url"] = document_url(point.pop("document"), request)
        else:
            # Several case studies in one city: the same search, narrowed to that city.
            query = request.GET.copy()
            query.setlist("city", [str(point.pop("city_id"))])
            for name in ("view", "page"):
                query.pop(name, None)
            point["url"] = f"?{query.urlencode()}"
    return outcome
