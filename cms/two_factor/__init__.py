"""Two-factor sign-in for the Wagtail admin: TOTP apps, with single-use recovery codes.

Who must use it
    Superusers (the Secretariat) and anyone who can publish: a ``GroupPagePermission``
    with the publish permission on any page (Wagtail's page permission policy), a
    ``publish_*`` model permission (snippets with draft state), or the right to manage
    user accounts and groups (who could otherwise grant themselves the others). Every
    other admin user may turn it on from their account page. ``TWO_FACTOR_REQUIRED``
    switches the whole check: off (the default when ``DEBUG`` is on, and in the test
    settings) nobody is asked for a code; production refuses to start with it off.

The flow
    After the password login, ``TwoFactorMiddleware`` answers every URL under the admin
    prefix (pages, the admin API, choosers, wagtail-localize's JSON endpoints) with a
    redirect: to ``verify`` for a user with a confirmed device whose session is not yet
    verified, to ``enrol`` for a user who must use two-factor sign-in and has no device.
    Only those pages, logout and the admin's script catalogue and icon sprite are let
    through. Enrolment shows the secret as a QR code (inline SVG from segno) and as text,
    confirms it with a code, and shows 10 single-use recovery codes once. Codes are
    checked by django-otp's devices, whose ``ThrottlingMixin`` makes each wrong code
    double the wait before the next attempt. The Secretariat resets a user who lost
    their phone (``reset``: all of the user's devices deleted, the user enrols again at
    the next request).

Why django-otp directly, and not wagtail-2fa
    wagtail-2fa 1.8.0, the current release, installs beside Wagtail 8.0.1 (it requires
    ``Wagtail>=7.0``, ``Django>=5.2``, with no upper bound; its classifiers still name
    Wagtail 2-4 and Django 3.2-4.2) but does not start: its ``wagtail_hooks`` imports
    ``wagtail.users.widgets.UserListingButton``, deprecated in Wagtail 7.1 and removed
    in 8, so Django's start-up fails with ``ModuleNotFoundError: No module named
    'wagtail.users.widgets'`` (tried in a throwaway virtual environment; upstream issue
    labd/wagtail-2fa#283, open). Beyond that it has no recovery codes, its policy is "all
    admin users" or a custom permission rather than "whoever can publish", it draws the
    QR code with the ``qrcode`` package (and ``six``), and its templates use markup of
    older admins. The flow here is a few small views on django-otp (TOTP, static
    tokens for recovery codes, ``OTPMiddleware``), which django-otp's own maintainers
    keep current. WebAuthn (django-otp-webauthn, still 0.x, with its own JavaScript
    bundle) is left for later.
"""
