"""The RSS feed of a mission's news, built on Django's syndication framework."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from missions import selectors

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The 20 latest live, public news items under one news index page."""

    feed_type = Rss201rev2Feed

    def __init__(self, news_index):
        super().__init__()
        self.news_index = news_index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        # Each language's news index has its own feed; say which language it is in, so
        # feed readers show it (and its right-to-left text) properly.
        self.language = self.news_index.locale.language_code
        return self.news_index

    def title(self, obj):
        return obj.get_site().site_name or obj.title

    def link(self, obj):
        return obj.get_url(request=self.request)

    def description(self, obj):
        return obj.introduction or obj.title

    def items(self, obj):
        return selectors.news_items(obj)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        # The date the webmaster gave the news, not the day it happened to be published.
        midnight = datetime.datetime.combine(item.publication_date, datetime.time())
        return timezone.make_aware(midnight)

    def item_categories(self, item):
        # Read through the tags the selector prefetched: no query per item.
        return [tagged.tag.name for tagged in item.tagged_items.all()]
