"""The Mission record (Secretariat-owned) and the mission's own site settings."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from missions.isolation.forms import MissionSettingsForm


class Mission(models.Model):
    """Ties one State to its Wagtail Site, groups and media collection.

    Created by ``manage.py create_mission``; only the Secretariat (superusers) may change
    it. What the mission edits itself lives in :class:`MissionSettings`.
    """

    member_state = models.OneToOneField(
        "missions.MemberState",
        on_delete=models.PROTECT,
        related_name="mission",
        verbose_name=_("member state"),
    )
    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.PROTECT, related_name="mission", verbose_name=_("site")
    )
    editors_group = models.OneToOneField(
        "auth.Group",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        verbose_name=_("editors group"),
    )
    moderators_group = models.OneToOneField(
        "auth.Group",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        verbose_name=_("moderators group"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.PROTECT,
        related_name="mission",
        null=True,
        verbose_name=_("collection"),
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow",
        on_delete=models.PROTECT,
        related_name="mission",
        null=True,
        verbose_name=_("workflow"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["member_state__short_name"]
        verbose_name = _("mission")
        verbose_name_plural = _("missions")

    def __str__(self):
        return _("Permanent Mission of %(state)s") % {"state": self.member_state}

    @property
    def groups(self):
        return [g for g in (self.editors_group, self.moderators_group) if g is not None]


def validate_readable_on_white_text(value):
    """Refuse a brand colour too light to carry white text (WCAG AA needs 4.5:1)."""
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    ratio = 1.05 / (luminance + 0.05)
    if ratio < 4.5:
        raise ValidationError(
            _(
                "This colour is too light: white text on it would be hard to read "
                "(contrast %(ratio)s:1, at least 4.5:1 is needed). Choose a darker shade."
            )
            % {"ratio": f"{ratio:.1f}"}
        )


hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hex digits, e.g. #1f4e79.")
)


@register_setting(icon="site")
class MissionSettings(BaseSiteSetting):
    """What the mission's site shows on every page: contact details, links and branding.

    Only what reads the same in every language: the site's name and footer line are
    fields of :class:`~missions.models.pages.MissionHomePage`, translated with it.
    """

    # Refuses a logo image of another mission's collection typed into the form data.
    base_form_class = MissionSettingsForm
    # Every public page shows the logo: fetch it with the settings, not in a second query.
    select_related = ["logo"]

    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Postal address of the mission, shown in the footer."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("e.g. +1 212 000 0000")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("The public contact address."))
    x_url = models.URLField(_("X (Twitter) address"), blank=True)
    facebook_url = models.URLField(_("Facebook address"), blank=True)
    instagram_url = models.URLField(_("Instagram address"), blank=True)
    youtube_url = models.URLField(_("YouTube address"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn address"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("The flag or emblem shown beside the mission's name."),
    )
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#1f4e79",
        validators=[hex_colour, validate_readable_on_white_text],
        help_text=_("Colour of the header bar, e.g. #1f4e79. Must be dark enough for white text."),
    )

    # The site's name and footer line are on the home page, where they are translated.
    panels = [
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], _("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("x_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            _("Social media"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("brand_colour")],
            _("Branding"),
        ),
    ]

    class Meta:
        verbose_name = _("mission settings")
        verbose_name_plural = _("mission settings")

    @property
    def social_links(self):
        """(label, url) pairs of the social accounts that are filled in."""
        labels = [
            ("X", self.x_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in labels if url]
