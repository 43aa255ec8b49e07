"""The URLs of the benchmark server: every URL of the CMS plus the framework floor.

Selected by ``cms/settings/bench.py`` only, so production never serves the floor view.
"""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as cms_urlpatterns

_bodies = {}


def floor(request, size):
    """The least Django can do: a fixed HTML body of ``size`` bytes, no database, no template.

    It sits behind the same middleware and the same language prefix as the pages, so
    its rate is the ceiling any page of the same size could reach on this machine.
    """
    body = _bodies.get(size)
    if body is None:
        head = b"<!DOCTYPE html><html lang=en><title>Floor</title><p>"
        body = _bodies[size] = head + b"x" * max(size - len(head), 0)
    return HttpResponse(body)


urlpatterns = [
    *i18n_patterns(path("bench-floor/<int:size>/", floor), prefix_default_language=True),
    *cms_urlpatterns,
]
