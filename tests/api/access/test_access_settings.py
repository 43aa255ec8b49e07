"""The read API's access settings come from the environment and are checked when the
settings load: a wrong rate or origin stops the start, it is never guessed."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.settings.base import env_origins, env_rate


@pytest.mark.parametrize("value", ["120/min", "5/s", "1/second", "3000/hour", "10000/d"])
def test_a_rate_is_read_as_written(monkeypatch, value):
    monkeypatch.setenv("API_ANONYMOUS_RATE", value)

    assert env_rate("API_ANONYMOUS_RATE", "120/min") == value


def test_an_unset_rate_is_the_default(monkeypatch):
    monkeypatch.delenv("API_TOKEN_RATE", raising=False)

    assert env_rate("API_TOKEN_RATE", "1200/min") == "1200/min"


@pytest.mark.parametrize(
    "value", ["120", "0/min", "-1/min", "5/mango", "5/minutes", "1.5/s", "/min"]
)
def test_a_wrong_rate_stops_the_start(monkeypatch, value):
    monkeypatch.setenv("API_ANONYMOUS_RATE", value)

    with pytest.raises(ImproperlyConfigured, match="API_ANONYMOUS_RATE"):
        env_rate("API_ANONYMOUS_RATE", "120/min")


def test_allowed_origins_are_read_from_a_comma_list(monkeypatch):
    monkeypatch.setenv(
        "API_CORS_ALLOWED_ORIGINS", "https://portal.example.org, http://localhost:3000,"
    )

    assert env_origins("API_CORS_ALLOWED_ORIGINS") == [
        "https://portal.example.org",
        "http://localhost:3000",
    ]


def test_no_allowed_origin_by_default(monkeypatch):
    monkeypatch.delenv("API_CORS_ALLOWED_ORIGINS", raising=False)

    assert env_origins("API_CORS_ALLOWED_ORIGINS") == []


@pytest.mark.parametrize(
    "value",
    [
        "portal.example.org",
        "https://portal.example.org/",
        "https://portal.example.org/api",
        "https://Portal.example.org",
        "https://portal.example.org:443",
        "https://portal.example.org:port",
        "https://user@portal.example.org",
        "ftp://portal.example.org",
        "*",
        "null",
    ],
)
def test_something_else_than_an_origin_stops_the_start(monkeypatch, value):
    monkeypatch.setenv("API_CORS_ALLOWED_ORIGINS", value)

    with pytest.raises(ImproperlyConfigured, match="API_CORS_ALLOWED_ORIGINS"):
        env_origins("API_CORS_ALLOWED_ORIGINS")
