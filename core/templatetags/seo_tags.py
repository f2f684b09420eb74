"""Head metadata for search engines and link previews: canonical URL, Open Graph, Twitter card,
and the page's schema.org description as JSON-LD."""

from django import template
from wagtail.models import Page

from core.seo import json_ld_script, open_graph_locale, page_url, share_image
from core.templatetags.language_tags import language_versions

register = template.Library()


def served_page(context):
    """The page being shown, if this is a page of the tree (not search, sign-in or an error)."""
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.inclusion_tag("core/includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    page = served_page(context)
    request = context["request"]
    canonical_url = page_url(page, request) if page else None
    if canonical_url is None:
        return {}
    versions = language_versions(context)
    current = next((version for version in versions if version.is_current), None)
    description = getattr(page, "meta_description", "") or page.search_description
    return {
        "page": page,
        # Listings' filter and page parameters are left out: they show the same page.
        "canonical_url": canonical_url,
        "title": page.seo_title or page.title,
        "description": description,
        "open_graph_type": getattr(page, "open_graph_type", "website"),
        "locale": open_graph_locale(current.code) if current else None,
        "alternate_locales": [
            open_graph_locale(version.code)
            for version in versions
            if version.is_translation and not version.is_current
        ],
        "image": share_image(page, request),
    }


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org objects in one JSON-LD script block (data, never run as script)."""
    page = served_page(context)
    if page is None or not hasattr(page, "structured_data"):
        return ""
    return json_ld_script(page.structured_data(context["request"]))
