"""URLs: the admin, documents, search, sitemaps and robots.txt, then Wagtail's page serving."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.login_throttling import ThrottledPasswordResetView

urlpatterns = [
    # Wagtail's password reset form with a cap on requests (cms.login_throttling): first,
    # so it answers this address instead of Wagtail's own view.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    # Served on the admin's hostname only (cms.admin_origin).
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The read API (api.urls), the same on every host and in no language prefix.
    path("api/", include("api.urls")),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    re_path(r"^brand/(?P<colour>[0-9a-fA-F]{6})\.css$", views.brand_css, name="brand_css"),
    # "/" picks among the languages this site has, not among every language we support.
    path("", views.site_root, name="site_root"),
]

# "Page not found" in the language of the site it is on (cms.views.page_not_found).
handler404 = "cms.views.page_not_found"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
