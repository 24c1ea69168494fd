"""`manage.py check` refuses security settings that break the law or the portal's rules."""

from django.test import override_settings

from network.checks import check_security_settings


def error_ids():
    return [error.id for error in check_security_settings(None)]


def test_the_shipped_settings_pass():
    assert error_ids() == []


@override_settings(TRAFFIC_RETENTION_DAYS=89)
def test_retention_under_ninety_days_is_refused():
    assert error_ids() == ["network.E001"]


@override_settings(PORTAL_REQUIRE_2FA_FOR_ROLES=["moderator", "admin"])
def test_an_unknown_role_for_the_second_factor_is_refused():
    assert error_ids() == ["network.E002"]


@override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.0/8", "proxy.example"])
def test_a_trusted_proxy_must_be_an_address_or_range():
    assert error_ids() == ["network.E003"]


@override_settings(WAGTAILDOCS_EXTENSIONS=["pdf", "html"])
def test_every_allowed_document_type_needs_a_content_check():
    assert error_ids() == ["network.E004"]
