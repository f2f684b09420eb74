"""What search engines and link previews read about a page: share images, languages, JSON-LD.

Page types describe themselves as schema.org objects (`structured_data(request)` on the page
models); the helpers here are the pieces they share. URLs are absolute, on the host the request
came to; images are only ever this site's own.
"""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext_lazy as _

SCHEMA_CONTEXT = "https://schema.org"
NETWORK_NAME = _("International Smart Cities Network")

# Open Graph's 1.91:1 format, which Twitter's large summary cards crop well too.
SHARE_IMAGE_SPEC = "fill-1200x630"
DEFAULT_SHARE_IMAGE = "img/og-default.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)

# Open Graph wants a territory with each language; these are the ones the network writes for.
OPEN_GRAPH_LOCALES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "pt-br": "pt_BR"}

# Characters that could end the <script> element or open a comment inside it; JSON allows
# their escaped forms anywhere, so the data reads the same (as Django's json_script does).
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


def language_tag(language_code):
    """The BCP 47 tag schema.org's inLanguage expects: "pt-br" becomes "pt-BR"."""
    return to_locale(language_code).replace("_", "-")


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, to_locale(language_code))


def page_url(page, request):
    """The page's absolute URL on the host the request came to (ALLOWED_HOSTS vouches for it),
    as the hreflang links give it; the Wagtail site's host name may be a placeholder."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def is_own_url(url, request):
    return url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})


def share_image(page, request):
    """The page's image cut for link previews, or the network's default picture."""
    image = getattr(page, "image", None)
    if image is not None:
        try:
            rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        except OSError:  # The original file is missing (Wagtail's SourceImageIOError).
            rendition = None
        if rendition is not None:
            url = request.build_absolute_uri(rendition.url)
            # Media on another host (a CDN, say) would tell it who shares what: not ours to give.
            if is_own_url(url, request):
                return ShareImage(url, rendition.width, rendition.height, image.default_alt_text)
    width, height = DEFAULT_SHARE_IMAGE_SIZE
    return ShareImage(
        request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE)),
        width,
        height,
        str(_("Logo and name of the International Smart Cities Network")),
    )


def plain_text(html, length=160):
    """Rich text as a plain, shortened sentence for descriptions."""
    return Truncator(" ".join(strip_tags(html).split())).chars(length)


def first_paragraph(stream):
    """The text of the first rich-text paragraph of a StreamField, or ""."""
    for block in stream:
        if block.block_type == "paragraph":
            return plain_text(block.value.source)
    return ""


def network_organization(request):
    return {"@type": "Organization", "name": NETWORK_NAME, "url": request.build_absolute_uri("/")}


def page_properties(page, request):
    """What every schema.org description of a page says: its name, address, summary and image."""
    return {
        "name": page.title,
        "url": page_url(page, request),
        "description": page.meta_description,
        "image": share_image(page, request).url,
    }


def iso_datetime(value):
    """ISO 8601 to the second with the offset, or None (left out of the JSON-LD)."""
    return value.isoformat(timespec="seconds") if value else None


def current_language_tag():
    """The language the page is shown in, as its <html lang> says (loading the page's locale
    would cost a query)."""
    return language_tag(get_language())


def breadcrumb_list(trail, request, home_name):
    """schema.org BreadcrumbList of `trail` (pages from the home page down to the current one)."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": home_name if crumb.depth == 2 else crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def without_empty_values(value):
    """Drop properties without a value (a draft's publication date, say): schema.org wants
    them left out rather than null."""
    if isinstance(value, dict):
        return {
            key: without_empty_values(item)
            for key, item in value.items()
            if item is not None and item != "" and item != []
        }
    if isinstance(value, list):
        return [without_empty_values(item) for item in value]
    return value


def json_ld_script(graph):
    """One <script type="application/ld+json"> holding the schema.org objects in `graph`."""
    data = {"@context": SCHEMA_CONTEXT, "@graph": without_empty_values(graph)}
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )
