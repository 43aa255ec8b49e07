"""Content-Security-Policy: one policy for the public sites, another for the admin.

django-csp 4's middleware writes the policy of ``CONTENT_SECURITY_POLICY`` on every
response. The public sites get it as it is: scripts, styles and images from the site
itself only, so a script that got into a page (a pasted ``<script>``, an attribute a
template forgot to escape) does not run. The admin cannot be that strict yet: Wagtail 8
writes some inline scripts and style attributes of its own. Under ``/admin/`` (served on
the admin's hostname only, ``cms.admin_origin``) the response therefore gets
``ADMIN_CONTENT_SECURITY_POLICY``, enforcing everything Wagtail allows, and
``ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY``, the strict policy the admin should reach,
reported but not enforced. The settings say why each relaxation is there;
tests/cms/test_content_security_policy.py lists them, so a change shows up.

Previews: Wagtail renders a page's preview (and a draft, a revision, a moderation
preview) by sending a fake request for the page's own address through the middleware
again (``PreviewableMixin.make_preview_request``), inside the admin's request. That
response is a public page, draft content included, on the admin's origin: it gets the
public policy, with ``frame-ancestors 'self'`` so the editor's preview panel may frame
it. A response that already carries a policy (that preview, or a document Wagtail
serves with its own) keeps it alone: the admin's request adds nothing to it.

The server-error page (templates/500.html) needs nothing that may be broken, so its
style is inline; a 500 response of the public sites allows that one stylesheet by its
hash, nothing else.
"""

import base64
import hashlib
import re
from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY, SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.template.loader import get_template

from cms.admin_origin import is_admin_path

STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def _directives(setting_name, **replacements):
    policy = getattr(settings, setting_name, None) or {}
    directives = policy.get("DIRECTIVES")
    if directives is None:
        return None
    return default_config({**directives, **replacements})


@cache
def server_error_style_hashes():
    """The CSP hashes of the ``<style>`` elements of the server-error page."""
    html = get_template("500.html").render()
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'"
        for style in STYLE_ELEMENT.findall(html)
    ]


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by path; see the module docstring."""

    def process_response(self, request, response):
        if HEADER in response or HEADER_REPORT_ONLY in response:
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.config is not None:  # set by a view (csp_override)
            return parts
        if getattr(request, "is_preview", False):
            if not report_only:
                parts.config = _directives("CONTENT_SECURITY_POLICY", **{"frame-ancestors": [SELF]})
        elif is_admin_path(request.path_info):
            suffix = "_REPORT_ONLY" if report_only else ""
            parts.config = _directives("ADMIN_CONTENT_SECURITY_POLICY" + suffix)
        elif response.status_code == 500 and not report_only:
            parts.update = {"style-src": server_error_style_hashes(), **(parts.update or {})}
        return parts
