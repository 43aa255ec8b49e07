"""Small DRF views with ``HTTPCachingMixin``, for the tests of the mixin itself.

Each shows something an editor can change (a site's home page title) and declares the
sites it depends on as the read API's endpoints do, so the tests can tell a stored
response from a fresh one without depending on the endpoints' own shapes.
"""

from django.urls import path
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from api.authentication import AUTHENTICATION_CLASSES
from api.http_caching import HTTPCachingMixin
from api.visibility import visible_pages
from cms.serving.dependencies import cache_response_for_all_sites, cache_response_for_sites
from cms.urls import urlpatterns as cms_urlpatterns


class TinyView(HTTPCachingMixin, APIView):
    permission_classes = [AllowAny]
    authentication_classes = AUTHENTICATION_CLASSES
    renderer_classes = [JSONRenderer]


def home_titles(user, sites):
    roots = {site.pk: site.root_page_id for site in sites}
    titles = dict(visible_pages(user).filter(pk__in=roots.values()).values_list("pk", "title"))
    return {site_id: titles.get(root_id) for site_id, root_id in roots.items()}


class OneSite(TinyView):
    """The title of one site's home page, for whoever asks: depends on that site."""

    def get(self, request, site_id):
        titles = home_titles(request.user, Site.objects.filter(pk=site_id))
        if site_id not in titles:
            raise NotFound("no such site")
        return cache_response_for_sites(Response({"home": titles[site_id]}), [site_id])


class EverySite(TinyView):
    """Every site's home page title: depends on every site."""

    def get(self, request):
        titles = home_titles(request.user, Site.objects.order_by("pk"))
        return cache_response_for_all_sites(Response({"homes": list(titles.values())}))


class Undeclared(TinyView):
    """Declares nothing: never stored, and no Last-Modified."""

    def get(self, request):
        return Response({"homes": list(home_titles(request.user, Site.objects.all()).values())})


class Private(TinyView):
    """Declares its site but says its response is private."""

    def get(self, request, site_id):
        response = cache_response_for_sites(Response({"secret": "for you"}), [site_id])
        response["Cache-Control"] = "private"
        return response


class Refusing(TinyView):
    def get(self, request):
        return Response({"message": "no", "parameter": "limit"}, status=400)


urlpatterns = [
    path("api/tiny/site/<int:site_id>/", OneSite.as_view()),
    path("api/tiny/every-site/", EverySite.as_view()),
    path("api/tiny/undeclared/", Undeclared.as_view()),
    path("api/tiny/private/<int:site_id>/", Private.as_view()),
    path("api/tiny/refusing/", Refusing.as_view()),
    # The project's own (the admin, which the middleware of a signed-in caller names).
    *cms_urlpatterns,
]
