from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from api.endpoints import api_router
from cms.security import AdminSignOutView
from core import crawlers, private_images
from search import views as search_views
from workspace.admin_views import ReadersPageTypesUsageReportView
from workspace.readers import page_by_id, page_of_translation_source, readers_only

# 503 with Retry-After while the database cannot be reached, else Django's 500 page.
handler500 = "cms.errors.server_error"

urlpatterns = [
    # Before Wagtail's own, which ends the session even for a GET it refuses.
    path("admin/logout/", AdminSignOutView.as_view()),
    # Before wagtail-localize's own, which ask only whether the user may translate at all:
    # a working group's pages are translated and synchronised by their readers only.
    path(
        "admin/localize/submit/page/<int:page_id>/",
        readers_only(SubmitPageTranslationView.as_view(), page_by_id),
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        readers_only(UpdateTranslationsView.as_view(), page_of_translation_source),
    ),
    path("admin/reports/page-types-usage/", ReadersPageTypesUsageReportView.as_view()),
    path(
        "admin/reports/page-types-usage/results/",
        ReadersPageTypesUsageReportView.as_view(results_only=True),
    ),
    # Before Wagtail's own: a collection moved into or out of a restricted one takes its
    # images' files along (core/private_images.py).
    path("admin/collections/<int:pk>/", private_images.CollectionEditView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Images of restricted collections: a view that checks who asks (core/private_images.py).
    path("private-media/<path:name>", private_images.serve_private_image, name="private_media"),
    # One sitemap and one robots.txt for every language, where crawlers look for them.
    path("sitemap.xml", crawlers.sitemap_xml, name="sitemap"),
    path("robots.txt", crawlers.robots_txt, name="robots_txt"),
    # No language prefix: the API serves every language, ?locale= chooses one.
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Only public images: documents and private images go through views that check privacy.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder
        )

# Every public URL carries its language: /en/…, later /de/… and so on.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("accounts/", include("workspace.account_urls")),
    path("workspace/proposals/", include("workspace.urls")),
    # A page's calendar file (core/calendars.py): Wagtail's page pattern has no room for the
    # ".ics" that calendar apps expect, so the page route is reached through this one.
    re_path(r"^((?:[\w\-]+/)*calendar\.ics)$", wagtail_views.serve, name="calendar_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
