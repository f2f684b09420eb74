"""Logging filters of the production log format (cms/settings/production.py)."""

import logging


class RequestFieldsFilter(logging.Filter):
    """Adds the method and path of the request that Django's loggers pass along (django.request,
    django.security) as plain fields, so JSON logs show which request failed. No addresses, no
    user: the logs hold no personal data."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            record.http_method = request.method
            record.http_path = request.path
        return True
