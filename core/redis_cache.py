"""Django's Redis cache, for which an unreachable server is an empty cache, not an error.

Redis holds only copies (pages, the content generation token, image renditions, Wagtail's site
root paths), so while it is down or slow to answer every read is a miss and every write is
dropped: pages are rendered afresh, publishing and saving go on. The first failure is logged as a
warning (again at most once a minute while it lasts); after that the process leaves Redis alone
and tries again every RETRY_INTERVAL seconds, so no request waits for a dead server's timeout.

When the server answers again it is emptied before anything is read from it: invalidations made
meanwhile (a publish replacing the generation token, Wagtail deleting a cached entry) were lost,
so nothing it kept from before can be trusted. Redis is this site's cache only (REDIS_URL names a
database of its own; docs/configuration.md).
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# Seconds between attempts to reach a server that failed; the cache's OPTIONS may set another.
RETRY_INTERVAL = 5.0
WARN_AGAIN_AFTER = 60.0
_NOT_FOUND = object()


class ServerState:
    """Whether one Redis server answers, as this process last saw it: shared by every thread
    and every cache alias on that server."""

    def __init__(self, name):
        self.name = name
        self.down_since = None
        self._next_attempt = 0.0
        self._last_warning = 0.0
        self._lock = threading.Lock()

    def claim_attempt(self, retry_interval):
        """True for the one caller that may try the server now that it is down."""
        with self._lock:
            now = time.monotonic()
            if now < self._next_attempt:
                return False
            self._next_attempt = now + retry_interval
            return True

    def failed(self, error, retry_interval):
        with self._lock:
            now = time.monotonic()
            self._next_attempt = now + retry_interval
            if self.down_since is None:
                self.down_since = now
                self._last_warning = now
                logger.warning(
                    "Redis at %s is unreachable (%s); serving without the cache, "
                    "trying again every %s s",
                    self.name,
                    error,
                    retry_interval,
                )
            elif now - self._last_warning >= WARN_AGAIN_AFTER:
                self._last_warning = now
                logger.warning(
                    "Redis at %s still unreachable after %d s (%s)",
                    self.name,
                    now - self.down_since,
                    error,
                )

    def recovered(self):
        with self._lock:
            if self.down_since is None:
                return
            logger.info(
                "Redis at %s answers again after %d s; emptied it, since what it holds may be "
                "stale",
                self.name,
                time.monotonic() - self.down_since,
            )
            self.down_since = None


_states = {}
_states_lock = threading.Lock()


def server_state(servers):
    # Host and port only: a URL may carry a password.
    name = ",".join(urlsplit(server).netloc.rpartition("@")[2] for server in servers)
    with _states_lock:
        return _states.setdefault(name, ServerState(name))


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation answers as an empty cache would while Redis is down."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_interval = float(options.pop("RETRY_INTERVAL", RETRY_INTERVAL))
        super().__init__(server, {**params, "OPTIONS": options})
        self.state = server_state(self._servers)

    def _guarded(self, fallback, operation, *args):
        if self.state.down_since is not None:
            if not self.state.claim_attempt(self.retry_interval):
                return fallback
            try:
                # Asynchronously: Redis frees the memory in the background, answering at once.
                self._cache.get_client(write=True).flushdb(asynchronous=True)
            except UNREACHABLE as error:
                self.state.failed(error, self.retry_interval)
                return fallback
            self.state.recovered()
        try:
            return operation(*args)
        except UNREACHABLE as error:
            self.state.failed(error, self.retry_interval)
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guarded(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guarded({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        value = self._guarded(_NOT_FOUND, super().incr, key, delta, version)
        if value is _NOT_FOUND:
            # What incr says of a key that is not there: an unreachable cache holds none.
            raise ValueError(f"Key '{key}' not found.")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that could not be stored: all of them.
        return self._guarded(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guarded(None, super().delete_many, keys, version)

    def clear(self):
        return self._guarded(False, super().clear)
