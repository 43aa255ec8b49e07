"""Who is calling the read API: a Wagtail API token, a session, or nobody.

A consumer sends a token made by ``manage.py api_tokens create --user U --name N``
(Wagtail 8's ``APIToken``) as ``Authorization: Bearer <token>``. The token is resolved
by Wagtail's own ``BearerTokenAuth`` (wagtail.api.v3.auth: the digests for the current
and fallback secret keys, not revoked, its user active, ``last_used_at`` written at most
every ``WAGTAILAPI_TOKEN_LAST_USED_INTERVAL`` seconds), so the API reads tokens exactly
as Wagtail does and hashes nothing itself.

Wagtail's class treats a bad token as anonymous; this API does not. A consumer whose
token is malformed, unknown, revoked or whose user was deactivated must learn it at once,
not receive the anonymous view and think the content is gone: every ``Authorization``
header that does not carry a usable token is a 401 with ``WWW-Authenticate: Bearer`` and
``{"message": "...", "parameter": "Authorization"}`` naming the problem. No header at
all is an anonymous caller, or the session's user (``SessionAuthentication`` after this
class, for an editor trying the API in the browser).

What a token lets its user see is decided elsewhere (api.visibility): a token stands for
its user and never widens that.
"""

from django.conf import settings
from rest_framework import authentication, exceptions
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

PARAMETER = "Authorization"


class InvalidToken(exceptions.AuthenticationFailed):
    """401 naming the ``Authorization`` header: the endpoints' ``handle_exception``
    (api.views.base) answers ``{"message": detail, "parameter": parameter}``."""

    parameter = PARAMETER


class APITokenAuthentication(authentication.BaseAuthentication):
    """DRF authentication by ``Authorization: Bearer <Wagtail API token>``.

    ``request.user`` is the token's user and ``request.auth`` the ``APIToken``.
    """

    keyword = "Bearer"
    resolver = BearerTokenAuth()

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header:
            return None
        if header[0].lower() != self.keyword.lower().encode():
            raise InvalidToken(
                'The Authorization header must be "Bearer <token>", with an API token.'
            )
        if len(header) != 2:
            raise InvalidToken(
                'The Authorization header must be "Bearer <token>": one token, no spaces.'
            )
        try:
            token = header[1].decode("ascii")
        except UnicodeDecodeError:
            token = ""
        # Wagtail's offline check (prefix, length, alphabet, checksum): a mistyped or
        # truncated token is told apart from a revoked one without a database query.
        if not APIToken.validate_token_format(token):
            raise InvalidToken("The API token in the Authorization header is malformed.")
        api_token = self.resolver.authenticate(request._request, token)
        if api_token is None:
            raise InvalidToken(self.why_refused(token))
        return (api_token.user, api_token)

    def why_refused(self, token):
        """Why Wagtail refused a well-formed token, in words for the consumer.

        One more query, on the refusal only. Telling "revoked" from "unknown" reveals
        nothing to a caller who does not already hold the token.
        """
        api_token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(token))
            .first()
        )
        if api_token is None:
            return "The API token in the Authorization header is unknown."
        if api_token.revoked_at is not None:
            return "The API token in the Authorization header has been revoked."
        return "The API token in the Authorization header belongs to an inactive user."

    def authenticate_header(self, request):
        return self.keyword


class SessionCookieAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication, for a request that carries a session cookie only.

    Reading the session of a request without one finds nobody anyway, but marks the
    response ``Vary: Cookie``, and a CDN then keeps one copy of every public response
    per visitor's cookies (the mission sites' analytics cookies included).
    """

    def authenticate(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        return super().authenticate(request)


#: What every public endpoint sets as ``authentication_classes``: a token first (its
#: ``WWW-Authenticate`` is the one a 401 carries), then the session.
AUTHENTICATION_CLASSES = [APITokenAuthentication, SessionCookieAuthentication]
