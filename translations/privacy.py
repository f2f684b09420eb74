"""A page's view restrictions hold for every language version of it.

Wagtail keeps a restriction on the page it was set on (and its descendants in that tree), so
making the English page private left its German and Spanish versions public. Whenever a
page's restrictions change, each of its translations gets exactly the same ones (type,
password, groups), once the change is committed. New translations are copies, which Wagtail
makes with the source's restrictions.
"""

import contextvars

from django.db import transaction
from wagtail.models import Page, PageViewRestriction

# Set while restrictions are being copied, so that the copies' own signals copy nothing back.
_copying = contextvars.ContextVar("copying_view_restrictions", default=False)


def on_restriction_changed(sender, instance, raw=False, action="post_", **kwargs):
    """post_save, post_delete and m2m_changed (its groups) of a PageViewRestriction."""
    if raw or _copying.get() or action.startswith("pre_"):
        return
    page_id = instance.page_id
    transaction.on_commit(lambda: share_view_restrictions(page_id))


def share_view_restrictions(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    restrictions = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    token = _copying.set(True)
    try:
        with transaction.atomic():
            for translation in page.get_translations():
                PageViewRestriction.objects.filter(page=translation).delete()
                for restriction in restrictions:
                    copy = PageViewRestriction.objects.create(
                        page=translation,
                        restriction_type=restriction.restriction_type,
                        password=restriction.password,
                    )
                    copy.groups.set(restriction.groups.all())
    finally:
        _copying.reset(token)
