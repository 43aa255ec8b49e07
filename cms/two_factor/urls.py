"""Admin URLs of two-factor sign-in, under /admin/two-factor/ (see wagtail_hooks)."""

from django.urls import path

from cms.two_factor import views

urlpatterns = [
    path("", views.manage, name="two_factor_manage"),
    path("verify/", views.verify, name="two_factor_verify"),
    path("enrol/", views.enrol, name="two_factor_enrol"),
    path("recovery-codes/", views.recovery_codes, name="two_factor_recovery_codes"),
    path("reset/<int:user_id>/", views.reset, name="two_factor_reset"),
]
