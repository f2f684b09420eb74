from wagtail import hooks

from core.page_editing import PageEditingViewSet


@hooks.register("register_admin_viewset")
def register_page_editing_viewset():
    """Every page type's editor refuses outdated saves and repeated workflow actions."""
    return PageEditingViewSet()
