"""gunicorn settings for the web service; gunicorn reads this file from the working directory.

Every value comes from the environment (docs/configuration.md). Each process runs
WEB_CONCURRENCY workers with GUNICORN_THREADS threads each; scale out with more containers
or machines behind the load balancer rather than ever larger processes.
"""

import multiprocessing
import os

bind = f"{os.environ.get('GUNICORN_BIND_HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104 - in a container, behind the load balancer

workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8)))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
keepalive = 5
# A fresh worker now and then keeps slow memory growth in check; the jitter keeps the
# workers from restarting all at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10

# Logs to the console, where the container runtime collects them. Access lines carry the
# client address from the proxy and the time taken (microseconds).
accesslog = "-"
errorlog = "-"
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(b)s %(D)s "%(a)s"'
# Temporary files of worker heartbeats in memory, not on a container's overlay disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108


def post_worker_init(worker):
    """Each worker loads WeasyPrint and the PDF fonts as it starts, not in its first request for
    a case study's PDF (which took seconds). Imported here: gunicorn reads this file before the
    application and Django's settings are loaded."""
    from casestudies.pdf import warm_up

    warm_up()
