"""Admin forms whose chooser fields accept only what the user may touch.

Choosers already offer nothing of another mission; these refuse the id of another
mission's object typed into the form data ("Select a valid choice"). What a page's
content names, whoever wrote it (the editor, a translation), is checked by the page
itself (``missions.content_rules``).
"""

from wagtail.admin.forms import WagtailAdminModelForm

from cms.forms import AsciiSlugPageForm
from missions.isolation.membership import is_unrestricted
from missions.isolation.registry import ownership


class MissionScopedChoicesMixin:
    """Admin form mixin: a field choosing an owned model (page, image, document...)
    accepts only the user's own mission's, or what belongs to no mission."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is None or is_unrestricted(user):
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and ownership.covers(queryset.model):
                field.queryset = ownership.user_may_touch(user, queryset)


class MissionPageForm(MissionScopedChoicesMixin, AsciiSlugPageForm):
    """The admin form of mission pages (``base_form_class`` of their page types); an
    empty slug is made from the title, as on every page (cms.forms).

    What the content may name is checked by the page itself (``MissionPage.clean``, see
    ``missions.content_rules``), which the form runs as any model form does.
    """

    def _post_clean(self):
        # A page being created has no place in the tree yet; the page's rule then takes
        # its mission from the parent it is created under.
        if not self.instance.path and self.parent_page is not None:
            self.instance.parent_for_content_rules = self.parent_page
        super()._post_clean()


class MissionSettingsForm(MissionScopedChoicesMixin, WagtailAdminModelForm):
    """The admin form of MissionSettings (its ``base_form_class``)."""
