"""The demo stays out of production: its accounts have well-known passwords.

Production settings do not install the ``demo`` app, so ``seed_demo`` is not even a
command there; the development settings (``make demo``) still have it. Where it is
installed, it keeps refusing to run without DEBUG unless forced (test_seed_demo.py).
"""

from tests.cms.test_settings import PRODUCTION_ENV, manage, printed_by_django

DEV_ENV = {"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DATABASE_URL": "sqlite:///:memory:"}


def commands(env):
    result = manage("help", "--commands", env=env)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_production_settings_do_not_install_the_demo_app():
    code = (
        "from django.apps import apps; from django.conf import settings; "
        "print('demo' in settings.INSTALLED_APPS, apps.is_installed('demo'))"
    )

    assert printed_by_django(code, PRODUCTION_ENV) == ["False", "False"]


def test_seed_demo_is_not_a_command_in_production():
    available = commands(PRODUCTION_ENV)

    assert "create_mission" in available
    assert "seed_demo" not in available


def test_seed_demo_cannot_be_forced_to_run_in_production():
    result = manage("seed_demo", "--force", env=PRODUCTION_ENV)

    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr


def test_seed_demo_is_a_command_with_the_development_settings():
    assert "seed_demo" in commands(DEV_ENV)
