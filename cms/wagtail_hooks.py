"""Wagtail hooks of the shared core."""

from functools import lru_cache

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale

from cms.login_throttling import LoginLockoutViewSet


@lru_cache(maxsize=64)
def locale_id_for(language_code):
    """The id of the Locale of ``language_code`` (None if there is none), once per process.

    Locales are created a handful of times in a site's life, and every page served
    needs this: remembering it saves a query per page. Saving or deleting a Locale
    forgets it (below); the id of a language's Locale never changes otherwise.
    """
    return Locale.objects.filter(language_code=language_code).values_list("pk", flat=True).first()


@receiver(post_save, sender=Locale, dispatch_uid="cms_forget_locale_ids_saved")
@receiver(post_delete, sender=Locale, dispatch_uid="cms_forget_locale_ids_deleted")
def _forget_locale_ids(**kwargs):
    locale_id_for.cache_clear()


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """404 when the URL's language prefix is not the page's language.

    Wagtail falls back to the default-language page when a translation is missing or
    in draft; under ``/ar/`` that would serve, say, French with ``lang="ar"``.
    """
    if page.locale_id != locale_id_for(translation.get_language()):
        raise Http404("This page is not available in this language.")


@hooks.register("register_admin_viewset")
def secretariat_sees_and_lifts_sign_in_lockouts():
    return LoginLockoutViewSet()
