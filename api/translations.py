"""A page's translations, for a whole listing in one query.

Every page item names the other languages it can be read in (``meta.translations``:
locale and public URL), counting only translations the caller may see (api.visibility):
a draft translation or one under a restriction is not listed.
"""

from collections import defaultdict

from wagtail.models import Page

from api.serializers import full_url_of_path
from cms.serving.wagtail_internals import site_root_paths


class Translations:
    """The visible translations of a set of pages, read together."""

    def __init__(self, request, visible):
        self.request = request
        self.visible = visible
        self.by_key = {}

    def load(self, pages):
        keys = {page.translation_key for page in pages} - self.by_key.keys()
        if not keys:
            return
        found = defaultdict(list)
        # Values, not pages: building a page instance (a ClusterableModel) costs more than
        # everything else an item of a listing needs.
        rows = (
            self.visible.filter(translation_key__in=keys)
            .order_by("locale__language_code")
            .values_list("id", "url_path", "translation_key", "locale__language_code")
        )
        for row in rows:
            found[row[2]].append(row)
        for key in keys:
            self.by_key[key] = found.get(key, [])

    def of(self, page):
        """``[{"id", "locale", "html_url"}]`` for ``page``'s other language versions."""
        if page.translation_key not in self.by_key:
            self.load([page])
        return [
            {"id": pk, "locale": language_code, "html_url": self._url(pk, url_path)}
            for pk, url_path, _key, language_code in self.by_key[page.translation_key]
            if pk != page.pk
        ]

    def _url(self, pk, url_path):
        # Page.get_full_url(request) of the translation, a plain Page.
        url = full_url_of_path(url_path, self.request, prefer_request_site=True)
        if url is None and not hasattr(site_root_paths(self.request), "relevant"):
            url = Page.objects.get(pk=pk).get_full_url(self.request)
        return url
