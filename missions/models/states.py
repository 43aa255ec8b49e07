"""Reference data: the Member States and observer States of the United Nations."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionalGroup(models.TextChoices):
    """The five regional groups of Member States used for UN elections."""

    AFRICAN = "AFRICAN", _("African States")
    ASIA_PACIFIC = "ASIA_PACIFIC", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "EASTERN_EUROPEAN", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = "LATIN_AMERICAN_CARIBBEAN", _("Latin American and Caribbean States")
    WESTERN_EUROPEAN_OTHERS = "WESTERN_EUROPEAN_OTHERS", _("Western European and other States")


class MemberState(models.Model):
    """A Member State or non-member observer State; loaded by a data migration."""

    class Status(models.TextChoices):
        MEMBER = "MEMBER", _("Member State")
        OBSERVER = "OBSERVER", _("Non-member observer State")

    iso3 = models.CharField(
        _("ISO code"),
        max_length=3,
        unique=True,
        help_text=_("ISO 3166-1 alpha-3 code, e.g. FRA."),
    )
    short_name = models.CharField(_("short name"), max_length=100, unique=True)
    regional_group = models.CharField(
        _("regional group"), max_length=32, choices=RegionalGroup.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.MEMBER
    )

    class Meta:
        ordering = ["short_name"]
        verbose_name = _("member state")
        verbose_name_plural = _("member states")

    def __str__(self):
        return self.short_name
