"""Wagtail hooks of the shared core."""

from django.http import Http404
from django.utils import translation
from wagtail import hooks


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """404 when the URL's language prefix is not the page's language.

    Wagtail falls back to the default-language page when a translation is missing or
    in draft; under ``/ar/`` that would serve, say, French with ``lang="ar"``.
    """
    if page.locale.language_code != translation.get_language():
        raise Http404("This page is not available in this language.")
