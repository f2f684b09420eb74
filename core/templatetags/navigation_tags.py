from django import template
from django.utils import translation
from wagtail.models import Site

from core.generation_memo import memoized

register = template.Library()


def localized_home(request):
    """The home page of the request's site in the visitor's language (memoized)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return memoized(
        ("home", site.pk, translation.get_language()),
        lambda: site.root_page.localized.specific,
    )


@register.simple_tag
def localized_page(page):
    """`page` in the visitor's language if translated and live (memoized), else `page`."""
    if page is None:
        return None
    return memoized(("localized", page.pk, translation.get_language()), lambda: page.localized)


@register.simple_tag(takes_context=True)
def home_page(context):
    return localized_home(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", the current section marked."""
    home = localized_home(context["request"])
    current = context.get("page")
    children = (
        memoized(("menu", home.pk), lambda: list(home.get_children().live().in_menu().public()))
        if home
        else []
    )
    items = [(child, bool(current and current.path.startswith(child.path))) for child in children]
    return {"items": items}
