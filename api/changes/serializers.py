"""What a change looks like to a consumer, the same in the feed and in a webhook's body."""

from datetime import UTC

from rest_framework import serializers


class ChangedSiteSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="site_id")
    hostname = serializers.CharField(source="site_hostname")
    mission = serializers.CharField(
        allow_null=True,
        help_text="ISO 3166-1 alpha-3 code of the mission whose site it is, or null.",
    )


class ChangedPageSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="page_id")
    type = serializers.CharField(source="page_type", help_text="app_label.ModelName")
    locale = serializers.CharField()
    translation_key = serializers.UUIDField()
    html_url = serializers.URLField(
        help_text="The page's public address; for an unpublished or deleted page, its last one."
    )
    site = ChangedSiteSerializer(source="*")


class ChangeEventSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id", help_text="Opaque and stable.")
    type = serializers.ChoiceField(
        choices=["page.published", "page.unpublished", "page.moved", "page.deleted"]
    )
    occurred_at = serializers.DateTimeField(default_timezone=UTC)
    page = ChangedPageSerializer(source="*")


class ChangeFeedMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField(
        help_text="How many changes follow the cursor: this page's and those after it."
    )
    next_cursor = serializers.CharField(
        help_text="Pass as `since` to get the changes after this page (even when empty)."
    )
    has_more = serializers.BooleanField(help_text="More changes follow at once.")


class ChangeFeedSerializer(serializers.Serializer):
    meta = ChangeFeedMetaSerializer()
    items = ChangeEventSerializer(many=True)


class ChangeFeedErrorSerializer(serializers.Serializer):
    message = serializers.CharField()
    parameter = serializers.CharField()
