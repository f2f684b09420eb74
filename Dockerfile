# The site's image. One image runs every role of docker-compose.yml: gunicorn (web, the
# default command), `manage.py db_worker` (worker), `manage.py run_scheduler` (scheduler).
# Configured by environment variables only: README, "Deployment".
#
#   docker build -t iscn-platform .

ARG PYTHON_VERSION=3.11

# --- build: dependencies, compiled catalogues, collected static files ---------------------
FROM python:${PYTHON_VERSION}-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH

# gettext for compilemessages; it is not needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
WORKDIR /app

# The dependencies first, so that this layer is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN pip install .

COPY . .
RUN python manage.py compilemessages --ignore=.venv -v 0
# Hashed, compressed static files need the production settings. The key exists for this
# one step so that the settings load; it is no secret and never used at run time.
RUN DJANGO_SETTINGS_MODULE=cms.settings.production \
    SECRET_KEY=build-only-collectstatic-key-never-used-at-run-time-0123456789 \
    ALLOWED_HOSTS=build.invalid \
    STATIC_ROOT=/app/staticfiles \
    python manage.py collectstatic --noinput -v 0

# --- runtime -----------------------------------------------------------------------------
FROM python:${PYTHON_VERSION}-slim AS runtime

# Pango (and a font) for the case-study PDFs that WeasyPrint renders.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin iscn \
    && mkdir -p /data/media \
    && chown iscn:iscn /data/media

COPY --from=build /opt/venv /opt/venv
# The code belongs to root: the site's processes can read it but not change it.
COPY --from=build /app /app

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/data/media \
    PORT=8000

WORKDIR /app
USER iscn
EXPOSE 8000

# Liveness only (/healthz needs no database); the load balancer should ask /readyz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

# gunicorn.conf.py: bind, WEB_CONCURRENCY workers, GUNICORN_THREADS threads, timeouts.
CMD ["gunicorn", "--config", "gunicorn.conf.py", "cms.wsgi:application"]
