"""The benchmarks' settings: the test settings on a throwaway database that bench/search.py names.

Like production, the database connection is kept between requests.
"""

import os

from cms.settings.test import *  # noqa: F403

DATABASES = {
    "default": database_settings(  # noqa: F405
        os.environ["ISCN_BENCH_DATABASE_URL"], conn_max_age=600, conn_health_checks=True
    )
}
