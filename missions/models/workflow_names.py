"""The names of a mission's workflow and task: stored in English, shown in the editor's language.

Provisioning names them after the State ("FRA moderation", "FRA moderators approve"), so
that the Secretariat tells some two hundred of them apart. Wagtail shows ``workflow.name``
and ``task.name`` just as they are stored: on the "Submit to ..." button, in the page's
status panel, on the dashboard, in the workflow history. So a name of provisioning's
shape is read back from the database as a :class:`NameInEditorsLanguage`: its value
(saved, compared, serialised) stays the stored English name, and turned into text for a
page (``str()``, ``%s``, a template) it reads in the active language, e.g.
"Modération (FRA)". A name the Secretariat changed by hand is shown as typed.
"""

import re

from django.db.models.signals import post_init
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _
from wagtail.models import GroupApprovalTask, Task, Workflow

# The stored names, in English: what provisioning writes and what identifies them.
WORKFLOW_NAME = "{code} moderation"
TASK_NAME = "{code} moderators approve"
# The names as shown, one message each (translated in locale/).
SHOWN = {
    WORKFLOW_NAME: _("%(code)s moderation"),
    TASK_NAME: _("%(code)s moderators approve"),
}
STORED_SHAPES = [
    (re.compile("^" + re.escape(stored).replace(r"\{code\}", "(?P<code>[A-Z]{3})") + "$"), stored)
    for stored in SHOWN
]


def workflow_name(iso3):
    return WORKFLOW_NAME.format(code=iso3)


def task_name(iso3):
    return TASK_NAME.format(code=iso3)


class NameInEditorsLanguage(str):
    """A stored name whose text, wherever it is shown, is in the active language."""

    def __new__(cls, stored, message, code):
        name = super().__new__(cls, stored)
        name.message = message
        name.code = code
        return name

    def __str__(self):
        return gettext(self.message) % {"code": self.code}

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __reduce__(self):
        # Pickled or copied (a cached object, a deep copy): the stored name, as stored.
        return (str, (str.__str__(self),))


def shown_in_editors_language(stored):
    """``stored`` as a NameInEditorsLanguage when provisioning made it, else unchanged."""
    for shape, template in STORED_SHAPES:
        match = shape.match(stored)
        if match:
            return NameInEditorsLanguage(stored, SHOWN[template], match["code"])
    return stored


def _read_name_in_editors_language(sender, instance, **kwargs):
    name = instance.__dict__.get("name")  # absent when the query deferred it
    if isinstance(name, str) and not isinstance(name, NameInEditorsLanguage):
        instance.name = shown_in_editors_language(name)


for model in (Workflow, Task, GroupApprovalTask):
    post_init.connect(
        _read_name_in_editors_language,
        sender=model,
        dispatch_uid=f"missions_name_in_editors_language_{model._meta.label_lower}",
    )
