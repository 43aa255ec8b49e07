"""Reference data: the Member States and observer States of the United Nations."""

from django.db import models


class RegionalGroup(models.TextChoices):
    """The five regional groups of Member States used for UN elections."""

    AFRICAN = "AFRICAN", "African States"
    ASIA_PACIFIC = "ASIA_PACIFIC", "Asia-Pacific States"
    EASTERN_EUROPEAN = "EASTERN_EUROPEAN", "Eastern European States"
    LATIN_AMERICAN_CARIBBEAN = "LATIN_AMERICAN_CARIBBEAN", "Latin American and Caribbean States"
    WESTERN_EUROPEAN_OTHERS = "WESTERN_EUROPEAN_OTHERS", "Western European and other States"


class MemberState(models.Model):
    """A Member State or non-member observer State; loaded by a data migration."""

    class Status(models.TextChoices):
        MEMBER = "MEMBER", "Member State"
        OBSERVER = "OBSERVER", "Non-member observer State"

    iso3 = models.CharField(
        "ISO code", max_length=3, unique=True, help_text="ISO 3166-1 alpha-3 code, e.g. FRA."
    )
    short_name = models.CharField(max_length=100, unique=True)
    regional_group = models.CharField(max_length=32, choices=RegionalGroup.choices, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.MEMBER)

    class Meta:
        ordering = ["short_name"]
        verbose_name = "member state"

    def __str__(self):
        return self.short_name
