"""Production settings: secure by default, and loud when a secret is missing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k2#9Lm!pQ4$zR8@wT1^vX6&bN3*cF7(hJ0)dG5-sA" * 2,
    "ALLOWED_HOSTS": "admin.example.org,france.example.org,kenya.example.org",
    "WAGTAILADMIN_BASE_URL": "https://admin.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
}


# Only what a shell needs: nothing of the test run (database, cache, async-safety
# switches of the browser tests) may leak into the production settings under check.
BASE_ENV = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TMPDIR") if k in os.environ}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**BASE_ENV, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def printed_by_django(code, env):
    """What ``code`` prints once Django is set up with ``env``'s settings, split in words."""
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**BASE_ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_production_settings_pass_check_deploy_with_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {**PRODUCTION_ENV, "ALLOWED_HOSTS": ""}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


def test_production_keeps_database_connections_open_with_health_checks():
    code = (
        "from django.conf import settings; db = settings.DATABASES['default']; "
        "print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    )

    assert printed_by_django(code, PRODUCTION_ENV) == ["600", "True"]


def test_a_typo_in_a_boolean_variable_is_an_error_not_a_guess():
    result = manage("check", env={**PRODUCTION_ENV, "SECURE_SSL_REDIRECT": "ture"})

    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT must be true or false" in result.stderr
