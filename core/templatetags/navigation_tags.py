from django import template
from wagtail.models import Site

register = template.Library()


def localized_home(request):
    """The home page in the visitor's language, looked up once per request."""
    if not hasattr(request, "_localized_home"):
        site = Site.find_for_request(request)
        request._localized_home = site.root_page.localized.specific if site else None
    return request._localized_home


@register.simple_tag(takes_context=True)
def home_page(context):
    return localized_home(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", the current section marked."""
    home = localized_home(context["request"])
    current = context.get("page")
    children = home.get_children().live().in_menu().public() if home else []
    items = [(child, bool(current and current.path.startswith(child.path))) for child in children]
    return {"items": items}
