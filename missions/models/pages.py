"""The page types of a mission site, in the order a webmaster meets them.

Tree rules (``parent_page_types`` / ``subpage_types``) keep every site the same shape:
Home -> About/standard pages, News -> news items, Statements -> statements,
Events -> events, the Permanent Representative and Contact.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, route
from wagtail.search import index

from cms.models import BasePage
from cms.selectors import paginate
from missions import selectors
from missions.content_rules import validate_page_content
from missions.isolation.forms import MissionPageForm
from missions.isolation.querysets import mission_of_page

SECTION_PAGE_TYPES = [
    "missions.StandardPage",
    "missions.NewsIndexPage",
    "missions.StatementIndexPage",
    "missions.EventIndexPage",
    "missions.RepresentativePage",
    "missions.ContactPage",
]


class MissionPage(BasePage):
    """A page of a mission site.

    Its admin form refuses another mission's page, image or document typed into a
    chooser field, so the isolation promise holds even against forged form data.
    """

    base_form_class = MissionPageForm

    class Meta:
        abstract = True

    def clean(self):
        # Wagtail cleans a page on every save and on every revision saved or published,
        # whichever road the content came by (the editor, a translation, a script).
        super().clean()
        parent = getattr(self, "parent_for_content_rules", None)
        mission = mission_of_page(self) or (mission_of_page(parent) if parent else None)
        validate_page_content(self, mission)


class MissionHomePage(MissionPage):
    """The front page of a mission's website: latest news, statements and events."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_PAGE_TYPES
    page_description = _("The front page of a mission's website. Created when a mission is set up.")

    # The mission's own texts shown on every page of its site. They live on the home
    # page (not in MissionSettings) so they are translated with it, like any page text.
    display_name = models.CharField(
        _("site name"),
        max_length=150,
        blank=True,
        help_text=_(
            "The name of the mission shown at the top and bottom of every page of the site, "
            "e.g. 'Permanent Mission of France to the United Nations in New York'. Translate "
            "it with this page. Leave empty to use the standard name."
        ),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_(
            "A short line shown at the bottom of every page of the site, in the language of "
            "the page. Optional."
        ),
    )

    content_panels = [
        *MissionPage.content_panels,
        MultiFieldPanel([FieldPanel("display_name"), FieldPanel("footer_text")], _("Site")),
    ]
    api_fields = [*BasePage.api_fields, APIField("display_name"), APIField("footer_text")]

    class Meta:
        verbose_name = _("mission home page")
        verbose_name_plural = _("mission home pages")

    def latest_lists(self):
        """What the home page lists (see ``{% home_sections %}``, which renders them)."""
        return {
            "latest_news": selectors.latest_news(self, limit=3),
            "latest_statements": selectors.latest_statements(self, limit=3),
            "upcoming_events": selectors.upcoming_events(self, limit=3),
        }


class StandardPage(MissionPage):
    """A simple page of text and images, e.g. 'About the mission'."""

    parent_page_types = ["missions.MissionHomePage", "missions.StandardPage"]
    subpage_types = ["missions.StandardPage"]
    page_description = _("A simple page of text and images, such as 'About the mission'.")

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class NewsIndexPage(RoutablePageMixin, MissionPage):
    """Lists the mission's news and press releases, newest first, ten to a page.

    Also serves the RSS feed of that news at ``feed/``.
    """

    parent_page_types = ["missions.MissionHomePage"]
    subpage_types = ["missions.NewsItemPage"]
    max_count_per_parent = 1
    page_description = _("The list of your news and press releases. Add news items under it.")
    items_per_page = 10
    listing_role = "news"
    # The site's feed (cms.models.BasePage): its address is this page's followed by this.
    feed_route = "feed/"

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_items"] = paginate(request, selectors.news_items(self), self.items_per_page)
        return context

    @route(rf"^{feed_route}$")
    def feed(self, request):
        from missions.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsItemTag(TaggedItemBase):
    """Links a news item to its tags."""

    content_object = ParentalKey(
        "missions.NewsItemPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsItemPage(MissionPage):
    """A news item or press release."""

    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("The date of the news or press release. News is listed newest first."),
    )
    tags = ClusterTaggableManager(
        through=NewsItemTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Words that group related news, e.g. 'climate', 'Security Council'."),
    )

    parent_page_types = ["missions.NewsIndexPage"]
    subpage_types = []
    # A news item is an article to link previews (cms.models.BasePage).
    open_graph_type = "article"
    page_description = _("A news item or press release, with its date and a short summary.")

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("publication_date"),
        FieldPanel("introduction", heading=_("Summary")),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("publication_date")]
    api_fields = [*BasePage.api_fields, APIField("publication_date"), APIField("tags")]

    class Meta:
        verbose_name = _("news item page")
        verbose_name_plural = _("news item pages")
        # The read API's news of every site, newest first (api.views.pages), read in
        # this order from the index a few rows at a time instead of sorting them all.
        indexes = [
            models.Index(fields=["-publication_date", "-page_ptr"], name="news_newest_first")
        ]


class UNBody(models.TextChoices):
    """The UN organs and bodies at which a mission delivers statements.

    The names are shown to visitors in the language of the page (locale/).
    """

    GENERAL_ASSEMBLY = "GA", _("General Assembly (plenary)")
    FIRST_COMMITTEE = "C1", _("First Committee (Disarmament and International Security)")
    SECOND_COMMITTEE = "C2", _("Second Committee (Economic and Financial)")
    THIRD_COMMITTEE = "C3", _("Third Committee (Social, Humanitarian and Cultural)")
    FOURTH_COMMITTEE = "C4", _("Fourth Committee (Special Political and Decolonization)")
    FIFTH_COMMITTEE = "C5", _("Fifth Committee (Administrative and Budgetary)")
    SIXTH_COMMITTEE = "C6", _("Sixth Committee (Legal)")
    SECURITY_COUNCIL = "SC", _("Security Council")
    ECOSOC = "ECOSOC", _("Economic and Social Council")
    HUMAN_RIGHTS_COUNCIL = "HRC", _("Human Rights Council")
    OTHER = "OTHER", _("Other body or meeting")


class StatementIndexPage(RoutablePageMixin, MissionPage):
    """Lists the statements the mission delivered, filterable by UN body and year."""

    parent_page_types = ["missions.MissionHomePage"]
    subpage_types = ["missions.StatementPage"]
    max_count_per_parent = 1
    page_description = _(
        "The list of statements delivered by your mission. Add statements under it."
    )
    items_per_page = 20
    listing_role = "statements"

    class Meta:
        verbose_name = _("statement index page")
        verbose_name_plural = _("statement index pages")

    @route(r"^$")
    def statement_list(self, request):
        body = request.GET.get("body", "")
        if body not in UNBody.values:
            body = ""
        year = request.GET.get("year", "")
        year = int(year) if year.isdigit() and len(year) == 4 else None
        statements = selectors.statements(self, body=body or None, year=year)
        return self.render(
            request,
            context_overrides={
                "statements": paginate(request, statements, self.items_per_page),
                "bodies": UNBody.choices,
                "years": selectors.statement_years(self),
                "selected_body": body,
                "selected_year": year,
            },
        )


class StatementPage(MissionPage):
    """A statement delivered at a UN body, with the delivered PDF and its text."""

    un_body = models.CharField(
        _("UN body"),
        max_length=8,
        choices=UNBody.choices,
        help_text=_("Where the statement was delivered."),
    )
    session = models.CharField(
        _("session"),
        max_length=100,
        blank=True,
        help_text=_("e.g. '80th session' or 'Resumed session, March 2026'."),
    )
    agenda_item = models.CharField(
        _("agenda item"),
        max_length=250,
        blank=True,
        help_text=_("e.g. 'Item 73: Promotion and protection of human rights'."),
    )
    meeting_date = models.DateField(
        _("meeting date"), help_text=_("The day the statement was delivered.")
    )
    speaker = models.CharField(
        _("speaker"),
        max_length=200,
        blank=True,
        help_text=_("Who delivered it, e.g. 'H.E. Ms. Jane Doe, Permanent Representative'."),
    )
    delivered_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("delivered document"),
        help_text=_("The statement as delivered (usually a PDF). Visitors can download it."),
    )

    parent_page_types = ["missions.StatementIndexPage"]
    subpage_types = []
    page_description = _("A statement delivered at a UN body: where, when, by whom, and its text.")

    content_panels = [
        *BasePage.content_panels[:1],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("un_body"), FieldPanel("meeting_date")]),
                FieldRowPanel([FieldPanel("session"), FieldPanel("agenda_item")]),
                FieldPanel("speaker"),
            ],
            _("Where and when it was delivered"),
        ),
        FieldPanel("delivered_document"),
        FieldPanel("introduction", heading=_("Summary")),
        FieldPanel("body", heading=_("Text of the statement")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("speaker"),
        index.SearchField("agenda_item"),
        index.FilterField("un_body"),
        index.FilterField("meeting_date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("un_body"),
        APIField("session"),
        APIField("agenda_item"),
        APIField("meeting_date"),
        APIField("speaker"),
        APIField("delivered_document"),
    ]

    class Meta:
        verbose_name = _("statement page")
        verbose_name_plural = _("statement pages")
        # The read API's statements of every site, newest first (api.views.pages), read in
        # this order from the index a few rows at a time instead of sorting them all.
        indexes = [
            models.Index(fields=["-meeting_date", "-page_ptr"], name="statements_newest_first")
        ]


class EventIndexPage(MissionPage):
    """Lists the mission's upcoming events, then past ones."""

    parent_page_types = ["missions.MissionHomePage"]
    subpage_types = ["missions.EventPage"]
    max_count_per_parent = 1
    page_description = _("The list of your events. Add events under it.")
    listing_role = "events"

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = selectors.upcoming_events(self)
        context["past_events"] = paginate(request, selectors.past_events(self), 20)
        return context


class EventPage(MissionPage):
    """An event: a side event, a reception, a briefing, a national day..."""

    starts_at = models.DateTimeField(
        _("starts at"), help_text=_("When the event begins (New York time).")
    )
    ends_at = models.DateTimeField(
        _("ends at"), null=True, blank=True, help_text=_("When it ends. Leave empty if not known.")
    )
    location = models.CharField(
        _("location"),
        max_length=250,
        blank=True,
        help_text=_("e.g. 'Conference Room 4, UN Headquarters' or 'Online'."),
    )
    registration_url = models.URLField(
        _("registration url"),
        blank=True,
        help_text=_("Where visitors register, if they need to. Optional."),
    )

    parent_page_types = ["missions.EventIndexPage"]
    subpage_types = []
    page_description = _("An event with its date, time and place.")

    content_panels = [
        *BasePage.content_panels[:1],
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("location"),
        FieldPanel("registration_url"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("location"),
        APIField("registration_url"),
    ]

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        # The read API's events of every site, soonest first (api.views.pages), read in
        # this order from the index a few rows at a time instead of sorting them all.
        indexes = [models.Index(fields=["starts_at"], name="events_soonest_first")]

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event cannot end before it starts.")})


class RepresentativePage(MissionPage):
    """The profile of the Permanent Representative (the Ambassador)."""

    representative_name = models.CharField(
        _("representative name"),
        max_length=200,
        help_text=_("Full name with title, e.g. 'H.E. Mr. Jean Dupont'."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        default="Permanent Representative to the United Nations",
        help_text=_("The position as it should appear under the name."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("An official portrait."),
    )
    credentials_presented_on = models.DateField(
        _("credentials presented on"),
        null=True,
        blank=True,
        help_text=_("The day credentials were presented to the Secretary-General. Optional."),
    )

    parent_page_types = ["missions.MissionHomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _("The profile of the Permanent Representative.")

    def social_image(self):
        """The portrait, in link previews of this page (cms.models.BasePage)."""
        return self.photo or super().social_image()

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("representative_name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("credentials_presented_on"),
        FieldPanel("introduction"),
        FieldPanel("body", heading=_("Biography")),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("representative_name"),
        APIField("role"),
        APIField("photo"),
        APIField("credentials_presented_on"),
    ]

    class Meta:
        verbose_name = _("representative page")
        verbose_name_plural = _("representative pages")


class ContactPage(MissionPage):
    """How to reach the mission. Address, phone and e-mail come from the mission settings."""

    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("e.g. 'Monday to Friday, 9:30 to 17:30'. Optional."),
    )

    parent_page_types = ["missions.MissionHomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "How to reach the mission. The address, phone and e-mail come from your mission settings."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("opening_hours")]
    api_fields = [*BasePage.api_fields, APIField("opening_hours")]

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
