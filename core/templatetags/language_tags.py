from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Page

from core.i18n import translation_origin
from core.templatetags.navigation_tags import localized_home

register = template.Library()


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation and the link goes to that language's home.
    is_translation: bool


def language_root(code):
    with override(code):
        return reverse("wagtail_serve", args=[""])


def language_versions(context):
    """This page in every language, once per request: for the switcher and hreflang links."""
    request = context["request"]
    cached = getattr(request, "_language_versions", None)
    if cached is not None:
        return cached
    page = context.get("page")
    current = get_language()
    home = localized_home(request)
    wanted = Q()
    if isinstance(page, Page) and page.pk:
        wanted |= Q(translation_key=page.translation_key)
    if home:
        wanted |= Q(translation_key=home.translation_key)
    by_language = {}
    if wanted:
        for candidate in Page.objects.live().filter(wanted).select_related("locale"):
            key = (candidate.locale.language_code, candidate.translation_key)
            by_language[key] = candidate
    is_page = isinstance(page, Page) and page.pk
    versions = []
    for code, _name in settings.LANGUAGES:
        translation = by_language.get((code, page.translation_key)) if is_page else None
        if translation:
            url, is_translation = translation.get_url(request), True
        elif is_page:
            # Not translated: that language's home page, clearly marked as such.
            localized = home and by_language.get((code, home.translation_key))
            url = localized.get_url(request) if localized else language_root(code)
            is_translation = False
        else:
            # Views outside the page tree (search, errors) exist in every language.
            url, is_translation = translate_url(request.get_full_path(), code), True
        versions.append(
            LanguageVersion(
                code=code,
                name=get_language_info(code)["name_local"],
                url=url,
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    request._language_versions = versions
    return versions


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"versions": language_versions(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    versions = [version for version in language_versions(context) if version.is_translation]
    default = next((v for v in versions if v.code == settings.LANGUAGE_CODE), None)
    return {
        "alternates": [(v.code, request.build_absolute_uri(v.url)) for v in versions],
        "x_default": request.build_absolute_uri(default.url) if default else None,
    }


@register.inclusion_tag("includes/translation_notice.html", takes_context=True)
def translation_notice(context):
    """Tell readers of a translated page how it was translated, and link the original."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or get_language() == settings.LANGUAGE_CODE:
        return {"origin": None}
    origin = translation_origin(page)
    source = None
    if origin:
        source = (
            Page.objects.live()
            .filter(
                translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .first()
        )
    return {"origin": origin, "source": source, "source_language": settings.LANGUAGE_CODE}
