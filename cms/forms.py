"""The admin form of every page: a slug left empty is made from the title, in ASCII.

A webmaster who clears the slug field, or whose title has no Latin letters for
Wagtail's script in the browser to copy, would otherwise be told "This field is
required" (the form checks it before the page could make its own, cms.models.BasePage).
The form takes an empty slug and writes the title in ASCII instead (cms.slugs), on
creating and on editing a page, in every language; a title with nothing to write
(only emoji) gives "page". Then Wagtail's own check that the slug is free among the
page's siblings runs on the slug the page will have. The "Copy" form's new slug
works the same way (:class:`AsciiSlugCopyForm`), made from the copy's new title among
the children of the page it is copied under.
"""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm

from cms.slugs import FALLBACK_SLUG, ascii_slug, free_among_siblings

# Room for the "-2", "-3"... that tells two pages of the same title apart: the field
# takes 255 characters.
SLUG_BASE_MAX_LENGTH = 240


class AsciiSlugPageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the slug optional: left empty, it is made from the
    title (the ``base_form_class`` of cms.models.BasePage and the forms built on it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            # Also drops the field's HTML "required", which would stop the browser first.
            self.fields["slug"].required = False

    def clean(self):
        if "slug" in self.fields and not self.cleaned_data.get("slug"):
            title = self.cleaned_data.get("title")
            if title and "slug" not in self.errors:
                base = ascii_slug(title, max_length=SLUG_BASE_MAX_LENGTH) or FALLBACK_SLUG
                self.cleaned_data["slug"] = free_among_siblings(
                    base, self.parent_page, self.instance
                )
        return super().clean()


class AsciiSlugCopyForm(CopyForm):
    """Wagtail's "Copy" form, with the new slug optional: left empty, it is made from
    the new title among the new parent's children (``copy_form_class`` of BasePage)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_slug"].required = False

    def clean(self):
        if not self.cleaned_data.get("new_slug") and "new_slug" not in self.errors:
            title = self.cleaned_data.get("new_title")
            if title:
                parent = self.cleaned_data.get("new_parent_page") or self.page.get_parent()
                base = ascii_slug(title, max_length=SLUG_BASE_MAX_LENGTH) or FALLBACK_SLUG
                self.cleaned_data["new_slug"] = free_among_siblings(base, parent)
        return super().clean()
