"""Move the site name and footer line from MissionSettings onto the mission home page.

Settings cannot be translated; page fields are, by wagtail-localize, with the rest of
the home page. Every language of a mission's home page gets the value its settings
held (the translators then translate it). The latest revision of each home page and
wagtail-localize's copy of the source home page are given the value too, so neither
the next edit in the admin nor the next translation sync brings back an empty field.
The old fields are removed by the next migration.
"""

import json

from django.db import migrations, models

FIELDS = ("display_name", "footer_text")


def copy_settings_to_home_pages(apps, schema_editor):
    MissionSettings = apps.get_model("missions", "MissionSettings")
    MissionHomePage = apps.get_model("missions", "MissionHomePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")

    for settings in MissionSettings.objects.select_related("site__root_page"):
        values = {name: getattr(settings, name) for name in FIELDS}
        if not any(values.values()):
            continue
        translation_key = settings.site.root_page.translation_key
        homes = MissionHomePage.objects.filter(translation_key=translation_key)
        homes.update(**values)
        for revision_id in homes.exclude(latest_revision=None).values_list(
            "latest_revision_id", flat=True
        ):
            revision = Revision.objects.get(pk=revision_id)
            revision.content = {**revision.content, **values}
            revision.save(update_fields=["content"])
        for source in TranslationSource.objects.filter(object_id=translation_key):
            content = json.loads(source.content_json)
            content.update(values)
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])


def copy_home_pages_to_settings(apps, schema_editor):
    MissionSettings = apps.get_model("missions", "MissionSettings")
    MissionHomePage = apps.get_model("missions", "MissionHomePage")

    for settings in MissionSettings.objects.select_related("site__root_page"):
        home = MissionHomePage.objects.filter(pk=settings.site.root_page_id).first()
        if home is not None:
            for name in FIELDS:
                setattr(settings, name, getattr(home, name))
            settings.save(update_fields=list(FIELDS))


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0003_remove_wagtail_default_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="missionhomepage",
            name="display_name",
            field=models.CharField(
                blank=True,
                help_text=(
                    "The name of the mission shown at the top and bottom of every page of the "
                    "site, e.g. 'Permanent Mission of France to the United Nations in New "
                    "York'. Translate it with this page. Leave empty to use the standard name."
                ),
                max_length=150,
                verbose_name="site name",
            ),
        ),
        migrations.AddField(
            model_name="missionhomepage",
            name="footer_text",
            field=models.TextField(
                blank=True,
                help_text=(
                    "A short line shown at the bottom of every page of the site, in the "
                    "language of the page. Optional."
                ),
            ),
        ),
        migrations.RunPython(copy_settings_to_home_pages, copy_home_pages_to_settings),
    ]
