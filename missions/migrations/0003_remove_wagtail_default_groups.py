"""Remove Wagtail's stock 'Editors' and 'Moderators' groups.

Wagtail creates them with rights on the whole page tree and every collection. In an
install shared by ~200 missions such a group would cut through mission isolation, so
each mission gets its own groups from provisioning instead.
"""

from django.db import migrations


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0002_load_member_states"),
        # After every stock migration that hands those groups new rights.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
