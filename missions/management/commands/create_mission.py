"""manage.py create_mission ISO3 --hostname HOST [--port PORT] [--languages fr,en]"""

from django.core.management.base import BaseCommand, CommandError

from missions.provisioning import ProvisioningError, provision_mission


class Command(BaseCommand):
    help = (
        "Create the website of a permanent mission: site, home page and sections, "
        "translations, editor and moderator groups, media collection and moderation "
        "workflow. Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("iso3", help="ISO 3166-1 alpha-3 code of the State, e.g. FRA.")
        parser.add_argument("--hostname", required=True, help="e.g. france.localhost")
        parser.add_argument("--port", type=int, default=80, help="Default: 80.")
        parser.add_argument(
            "--languages",
            default="en",
            help="Comma-separated language codes; the first is the site's default. Default: en.",
        )

    def handle(self, *args, iso3, hostname, port, languages, **options):
        try:
            report = provision_mission(
                iso3, hostname=hostname, port=port, languages=languages.split(",")
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        site = report.mission.site
        if not report.changed:
            self.stdout.write(
                f"Nothing to do: {report.mission} is already provisioned at "
                f"{site.hostname}:{site.port}."
            )
            return
        self.stdout.write(f"Provisioned {report.mission} at {site.hostname}:{site.port}:")
        for line in report.created:
            self.stdout.write(f"  created {line}")
        self.stdout.write(self.style.SUCCESS("Done."))
