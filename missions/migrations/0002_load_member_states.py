"""Load the 193 Member States and 2 observer States from missions/data/member_states.csv."""

import csv
from pathlib import Path

from django.db import migrations

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "member_states.csv"


def load_member_states(apps, schema_editor):
    MemberState = apps.get_model("missions", "MemberState")
    with DATA_FILE.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            MemberState.objects.update_or_create(
                iso3=row["iso3"],
                defaults={
                    "short_name": row["short_name"],
                    "regional_group": row["regional_group"],
                    "status": row["status"],
                },
            )


class Migration(migrations.Migration):
    dependencies = [("missions", "0001_initial")]

    operations = [migrations.RunPython(load_member_states, migrations.RunPython.noop)]
