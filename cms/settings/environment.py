"""Reading the environment: typed values, and the settings that depend on several variables.

Used by base.py, dev.py and production.py; every variable is listed in docs/configuration.md.
"""

import os

from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def build_caches(redis_url: str) -> dict:
    """Redis, shared by every process, when a URL is given; memory of this process otherwise.

    "renditions" is Wagtail's cache of image renditions (found without a query once made).
    """
    if not redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "iscn",
            },
            "renditions": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "renditions",
            },
        }
    redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": redis_url,
        # An unreachable Redis fails fast, and /readyz reports it.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
    return {
        "default": {**redis, "KEY_PREFIX": "iscn"},
        "renditions": {**redis, "KEY_PREFIX": "iscn-renditions", "TIMEOUT": 60 * 60 * 24 * 7},
    }


def machine_translator(environ) -> dict:
    """wagtail-localize's machine translator, which pre-fills translations for review.

    DeepL when a key is configured, a self-hosted LibreTranslate when its URL is,
    a dummy translator otherwise.
    """
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
