"""In a real browser: the read API's interactive docs (/api/v2/docs/) load from the
project's own files under the public sites' Content-Security-Policy, with no violation,
and show every endpoint of the OpenAPI document.

Swagger UI's page is drf-spectacular's "split" view: its start-up script is a file of
its own (``script-src 'self'`` holds) and the page has no inline style (api/templates/
api/docs.html); only its images may also be ``data:`` URIs (its icons). Every file
comes from the server itself (drf-spectacular-sidecar): a CDN would be a request to
another origin, which the test would see.
"""

import pytest

from api.urls import router

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
});
"""


def test_the_api_docs_load_under_the_policy_and_show_every_endpoint(page, live_port):
    origin = f"http://localhost:{live_port}"
    requested, console = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)

    response = page.goto(f"{origin}/api/v2/docs/")
    # Swagger UI lists the operations by tag once it has read the document.
    page.wait_for_selector(".opblock-tag-section")

    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    policy = response.headers["content-security-policy"]
    assert "style-src 'self';" in policy or policy.endswith("style-src 'self'")
    # The one relaxation: Swagger UI's icons are data: images (api.schema_views).
    assert "img-src 'self' data:" in policy
    tags = {text.strip().split("\n")[0] for text in page.locator(".opblock-tag").all_inner_texts()}
    assert set(router._endpoints) | {"changes"} <= tags
    # Each endpoint's operations are listed (Swagger UI shows every tag open).
    for name in router._endpoints:
        for action in ("list", "retrieve", "find"):
            assert page.locator(f"#operations-{name}-{name}_{action}").count() == 1, (name, action)
    assert page.evaluate("window.cspViolations") == []
    assert not [text for text in console if "Content Security Policy" in text], console
    # Everything from the server itself: no CDN.
    assert requested
    assert all(url.startswith(origin) or url.startswith("data:") for url in requested), requested
