"""API tokens in the admin: only the Secretariat makes them (``manage.py api_tokens``).

Wagtail 8 has token screens (wagtail/users/views/api_tokens.py, Settings -> API tokens),
registered only when ``wagtail.api.v3`` is installed, which this project does not do: a
mission webmaster (and anyone) finds no such screen (the address is no admin view, and
its language-prefixed twin no page: 404), so cannot list, see or revoke another user's
token. Were the screens switched on, Wagtail's own rules
(wagtail.users.utils) would still refuse a webmaster: it has no APIToken permission (not
even for itself) and no permission on users (which gates other users' tokens).
"""

import pytest
from wagtail.models import APIToken
from wagtail.users.utils import get_manageable_token_owners, user_can_manage_token


@pytest.fixture
def token_of_b(webmaster_b):
    instance, _plaintext = APIToken.create_token(user=webmaster_b, name="Kenya's portal")
    return instance


@pytest.mark.parametrize("path", ["/admin/api-tokens/", "/admin/api-tokens/edit/{pk}/"])
def test_a_webmaster_cannot_see_another_users_token(client, webmaster_a, token_of_b, path):
    client.force_login(webmaster_a)

    response = client.get(path.format(pk=token_of_b.pk), follow=True)

    assert response.status_code == 404
    assert token_of_b.prefix not in response.content.decode()


def test_a_webmaster_cannot_revoke_another_users_token(client, webmaster_a, token_of_b):
    client.force_login(webmaster_a)

    response = client.post(f"/admin/api-tokens/delete/{token_of_b.pk}/", follow=True)

    assert response.status_code == 404
    token_of_b.refresh_from_db()
    assert token_of_b.revoked_at is None


def test_the_admin_has_no_token_screens_at_all(client, superuser):
    client.force_login(superuser)

    assert client.get("/admin/api-tokens/", follow=True).status_code == 404
    assert "api-tokens" not in client.get("/admin/").content.decode()


def test_were_the_screens_on_wagtail_would_refuse_a_webmaster_every_token_action(
    webmaster_a, webmaster_b
):
    assert list(get_manageable_token_owners(webmaster_a)) == [webmaster_a]
    for permission in ("add", "change", "delete"):
        perm = f"wagtailcore.{permission}_apitoken"
        assert not user_can_manage_token(webmaster_a, webmaster_a, perm), perm
        assert not user_can_manage_token(webmaster_a, webmaster_b, perm), perm
