from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Only images: documents go through Wagtail's serve view, which checks privacy.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder
        )

# Every public URL carries its language: /en/…, later /de/… and so on.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/", include("workspace.account_urls")),
    path("workspace/proposals/", include("workspace.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
