"""wagtail-localize's admin, within the user's own mission: the languages a page may be
translated into, and the "Translations" report."""

from django import forms
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from missions.isolation.querysets import locales_user_may_translate_into
from missions.isolation.registry import ownership


class MissionSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", into the languages of the page's site only.

    wagtail-localize offers every locale of the install, which names other missions'
    languages and would let a webmaster start a language their site does not have.
    """

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales_user_may_translate_into(
            self.request.user, self.object, locales.queryset
        )
        if len(locales.queryset) < 2:  # as wagtail-localize does for its own list
            form.fields["select_all"].widget = forms.HiddenInput()
        return form


class MissionTranslationsReportView(TranslationsReportView):
    """wagtail-localize's "Translations" report, without other missions' translations."""

    def get_queryset(self):
        return ownership.user_may_touch(self.request.user, super().get_queryset())
