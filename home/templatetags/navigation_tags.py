from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the visitor's language and its children marked "show in menus"."""
    request = context["request"]
    site = Site.find_for_request(request)
    home = site.root_page.localized if site else None
    current = context.get("page")
    children = home.get_children().live().in_menu().public() if home else Page.objects.none()
    items = [(child, bool(current and current.path.startswith(child.path))) for child in children]
    return {"items": items}


@register.simple_tag(takes_context=True)
def home_page(context):
    site = Site.find_for_request(context["request"])
    return site.root_page.localized if site else None
