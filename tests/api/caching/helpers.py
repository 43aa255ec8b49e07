"""What the HTTP caching tests share."""

import secrets
import time

from django.core.cache import cache
from django.test import Client
from django.utils.http import http_date

from cms.serving.tokens import ANY_SITE_KEY, SITES_GENERATION_KEY, site_key

API_HOST = "api.localhost"


def get(path, client=None, host=API_HOST, **headers):
    """An anonymous GET (a client of its own: no cookie) unless ``client`` is given."""
    return (client or Client()).get(path, headers={"host": host, **headers})


def tokens_made_seconds_ago(seconds, *site_ids, everything=True):
    """Replace the version tokens of these sites (and, with ``everything``, the sites
    generation's and the any-site token) by tokens made ``seconds`` ago, as a change
    then would have. Returns that time as an HTTP date (what ``Last-Modified`` says)."""
    made = int(time.time()) - seconds
    keys = [site_key(pk) for pk in site_ids]
    if everything:
        keys += [SITES_GENERATION_KEY, ANY_SITE_KEY]
    cache.set_many({key: f"{made}-{secrets.token_hex(6)}" for key in keys}, timeout=None)
    return http_date(made)


def a_change_seconds_ago(seconds, site_id):
    """What a change on one site ``seconds`` ago left: its token and the any-site token."""
    made = int(time.time()) - seconds
    tokens = {site_key(site_id): f"{made}-{secrets.token_hex(6)}"}
    tokens[ANY_SITE_KEY] = f"{made}-{secrets.token_hex(6)}"
    cache.set_many(tokens, timeout=None)
    return http_date(made)


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
