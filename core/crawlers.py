"""What search engines fetch first: /robots.txt and /sitemap.xml, outside the language prefixes."""

import re

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import PageViewRestriction

from core.sitemaps import MultilingualSitemap

# Never for crawlers: the admin, sign-in and password pages, the members' workspace in every
# language, and search results (endless combinations of the same pages).
DISALLOWED_PATTERNS = ("/admin/", "/*/accounts/", "/*/workspace/", "/*/search/")


def covered(path, patterns):
    """Whether a robots.txt rule (a path prefix where * stands for anything) already matches."""
    return any(
        re.match(".*".join(re.escape(part) for part in pattern.split("*")), path)
        for pattern in patterns
    )


def members_only_paths(request):
    """Sections restricted to signed-in people that the patterns miss, e.g. a workspace whose
    slug was translated."""
    restrictions = PageViewRestriction.objects.filter(
        restriction_type__in=[PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
        page__live=True,
    ).select_related("page")
    paths = {restriction.page.get_url(request) for restriction in restrictions}
    return sorted(path for path in paths if path and not covered(path, DISALLOWED_PATTERNS))


@require_safe
def robots_txt(request):
    context = {
        "disallowed": [*DISALLOWED_PATTERNS, *members_only_paths(request)],
        "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
    }
    return render(request, "core/robots.txt", context, content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_xml(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})
