"""How pages appear in the read-only API (api/endpoints.py): related pages and translations.

Kept apart from api/endpoints.py because the page models use these fields in their `api_fields`,
and the API views can only be imported once every model is loaded.
"""

from django.utils.functional import cached_property
from rest_framework.fields import Field
from wagtail.api.utils import get_full_url
from wagtail.models import Locale, PageViewRestriction

# Where the serializer context keeps the request's PublicPages.
CONTEXT_KEY = "iscn_public_pages"


class PublicPages:
    """What an anonymous visitor may see, and the language of each locale: looked up once per
    response, however many related pages it lists."""

    @cached_property
    def restricted_paths(self):
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    @cached_property
    def language_codes(self):
        return dict(Locale.objects.values_list("pk", "language_code"))

    def is_public(self, page):
        """Live and not inside a password- or group-restricted section (the workspace)."""
        return page.live and not page.path.startswith(self.restricted_paths)


def public_pages(context):
    # Nested fields share the context dict of the outermost serializer.
    return context.setdefault(CONTEXT_KEY, PublicPages())


def page_reference(page, context):
    """A page as another page's relation: its id, title, language, web page and API URL."""
    request = context.get("request")
    router = context.get("router")
    detail_path = router.get_object_detail_urlpath(type(page), page.pk) if router else None
    return {
        "id": page.pk,
        "title": page.title,
        "locale": public_pages(context).language_codes.get(page.locale_id),
        "url": page.get_full_url(request),
        "detail_url": get_full_url(request, detail_path) if detail_path else None,
    }


class RelatedPageField(Field):
    """A foreign key to a page, as a page reference; null when that page is not public."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        page = super().get_attribute(instance)
        if page is None or not public_pages(self.context).is_public(page):
            return None
        return page

    def to_representation(self, page):
        return page_reference(page, self.context)


class RelatedPagesField(Field):
    """A many-to-many relation to pages, as a list of the public ones' references.

    Uses `.all()`, so a prefetched relation costs no further query.
    """

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, related_manager):
        pages = public_pages(self.context)
        return [
            page_reference(page, self.context)
            for page in related_manager.all()
            if pages.is_public(page)
        ]


class TranslationsField(Field):
    """The page's other languages: a reference to each live, public translation."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        pages = public_pages(self.context)
        translations = [
            translation
            for translation in page.get_translations().live()
            if pages.is_public(translation)
        ]
        references = [page_reference(translation, self.context) for translation in translations]
        return sorted(references, key=lambda reference: reference["locale"] or "")
