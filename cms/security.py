"""Security wiring: the admin's own Content-Security-Policy, and django-axes' lock-out page and
client address (settings: cms/settings/base.py, "Security headers" and "Sign-in throttling")."""

from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ADMIN_CONTENT_SECURITY_POLICY for paths under its
    URL_PREFIXES (the Wagtail admin) and CONTENT_SECURITY_POLICY everywhere else.

    A view's own @csp/@csp_replace/@csp_update decorators still win, as in django-csp.
    """

    def process_response(self, request, response):
        # Wagtail renders a preview by passing a dummy request for the page's public URL through
        # the middleware; the admin request around it sets the policy (the admin's).
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = settings.ADMIN_CONTENT_SECURITY_POLICY
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(tuple(admin_policy["URL_PREFIXES"]))
        ):
            parts.config = default_config(admin_policy["DIRECTIVES"])
        return parts


def locked_out(request, original_response=None, credentials=None):
    """The page shown instead of a sign-in after too many failed attempts (AXES_LOCKOUT_CALLABLE):
    in the site's style and the visitor's language, 429 with Retry-After."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60)
    response = render(
        request,
        "registration/locked_out.html",
        {"cool_off_minutes": minutes},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


def client_ip_address(request):
    """The visitor's address for sign-in throttling (AXES_CLIENT_IP_CALLABLE).

    REMOTE_ADDR, unless TRUSTED_PROXY_COUNT reverse proxies stand in front of the site: each of
    them appends the address it saw to X-Forwarded-For, so the client is that many entries from
    the right. Entries further left come from the client itself and could be forged.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= proxies:
            return addresses[-proxies]
    return request.META.get("REMOTE_ADDR")
