"""Security wiring: the admin's own Content-Security-Policy; sign-in throttling with django-axes
(its lock-out page, the client address, the limit per address, its authentication backend); the
admin's sign-out by POST only (settings: cms/settings/base.py, "Security headers" and "Sign-in
throttling")."""

import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.backends import AxesBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth.models import Permission
from django.db.models import Q, Sum
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from wagtail.admin.views.account import LogoutView


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
    the right. Entries further left come from the client itself and could be forged. With fewer
    entries than proxies, or no address where the client should be, the nearest proxy's address
    counts: shared by everyone, but never one the client chose.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= proxies and _is_ip_address(addresses[-proxies]):
            return addresses[-proxies]
    return request.META.get("REMOTE_ADDR")


def _is_ip_address(text):
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class SignInThrottle(AxesDatabaseHandler):
    """django-axes' database handler (AXES_HANDLER) with a second limit, per address.

    AXES_FAILURE_LIMIT failures for one user name from one address lock that pair out;
    ISCN_SIGN_IN_FAILURES_PER_ADDRESS failures from one address, whatever the user names, lock
    the address out (password spraying: a few passwords tried on many names). Both last
    AXES_COOLOFF_TIME. A successful sign-in clears only its own user name's count, so signing in
    to an account of one's own does not clear the address's.
    """

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        if self._failures_from_address(request) >= settings.ISCN_SIGN_IN_FAILURES_PER_ADDRESS:
            # django-axes compares one count with AXES_FAILURE_LIMIT: a locked address reaches it.
            return max(failures, get_failure_limit(request, credentials))
        return failures

    def _failures_from_address(self, request):
        recent = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        )
        return recent.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AdminSignOutView(LogoutView):
    """The admin's sign-out (/admin/logout/), by POST only.

    Wagtail's view answers a GET with 405 but deletes the session cookie all the same, so a link
    or an image on any other site could sign an editor out.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return super().dispatch(request, *args, **kwargs)


class SignInThrottleBackend(AxesBackend):
    """django-axes' backend (ModelBackend's permissions), with a user's own permissions and
    those of their groups in one query, not two: every page a signed-in person sees asks (the
    Wagtail user bar)."""

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        # The cache ModelBackend keeps on the user, so that it finds them there too.
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                own_or_groups = Q(user=user_obj) | Q(group__user=user_obj)
                permissions = permissions.filter(own_or_groups).distinct()
            names = permissions.values_list("content_type__app_label", "codename")
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in names}
        return user_obj._perm_cache
