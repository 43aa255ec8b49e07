"""MissionSettings no longer holds the site name and footer line (see 0004)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0004_site_texts_on_mission_home_page"),
    ]

    operations = [
        migrations.RemoveField(model_name="missionsettings", name="display_name"),
        migrations.RemoveField(model_name="missionsettings", name="footer_text"),
    ]
