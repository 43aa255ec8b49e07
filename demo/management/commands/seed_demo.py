"""manage.py seed_demo [--port 8000]: demo missions, content and accounts (never in production)."""

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.seed import seed_demo, select_demo_missions
from missions.provisioning import ProvisioningError


class Command(BaseCommand):
    help = (
        "Fill the database with demo missions (sites, pages in several languages, images, "
        "documents) and demo accounts with well-known passwords. Safe to run again: it "
        "only adds what is missing. For demos and development only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="Port the demo server listens on; the sites are <name>.localhost:<port>.",
        )
        parser.add_argument(
            "--mission",
            action="append",
            dest="missions",
            metavar="ISO3",
            help="Seed only this demo mission (repeatable), e.g. --mission FRA. Default: all.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Run even though DEBUG is off (tests, a throwaway demo server). Never on a "
                "production database: the demo accounts have well-known passwords."
            ),
        )

    def handle(self, *args, port, force, missions=None, **options):
        if not (settings.DEBUG or force):
            raise CommandError(
                "seed_demo creates accounts with well-known passwords, so it only runs with "
                "DEBUG on. On a throwaway database, add --force."
            )
        try:
            demos = select_demo_missions(missions)
        except ValueError as error:
            raise CommandError(str(error)) from error
        try:
            report = seed_demo(port, only=[demo.iso3 for demo in demos])
        except ProvisioningError as error:
            raise CommandError(f"Could not set up a demo mission: {error}") from error

        if report.changed:
            self._summarise(report.changes, verbose=options["verbosity"] > 1)
        else:
            self.stdout.write("Nothing to do: the demo content is already in place.")
        self._print_access(report, port)

    def _summarise(self, changes, verbose):
        if verbose:
            for scope, what in changes:
                self.stdout.write(f"  {scope}: {what}")
        else:
            for scope, count in Counter(scope for scope, _what in changes).items():
                self.stdout.write(f"  {scope}: {count} change(s)")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(changes)} changes)."))

    def _print_access(self, report, port):
        self.stdout.write("")
        self.stdout.write("Demo sites:")
        for language, site in report.sites:
            self.stdout.write(f"  http://{site.hostname}:{port}/{language}/  {site.site_name}")
        self.stdout.write(f"  http://127.0.0.1:{port}/  (Wagtail's default site)")
        self.stdout.write(f"Admin: http://127.0.0.1:{port}/admin/")
        self.stdout.write("")
        self.stdout.write(
            self.style.WARNING("DEMO ONLY - well-known passwords, never use them on a real server:")
        )
        for username, password, role in report.accounts:
            self.stdout.write(f"  {username} / {password}  ({role})")
