"""One load-test scenario for Locust, started by bench/load.py.

LOAD_SCENARIO names the scenario and LOAD_PATHS lists its URLs (JSON); every simulated user
requests them at random, back to back without think time. Anything but a 200 is a failure.
"""

import json
import os
import random

from locust import FastHttpUser, constant, task

SCENARIO = os.environ["LOAD_SCENARIO"]
PATHS = json.loads(os.environ["LOAD_PATHS"])


class Visitor(FastHttpUser):
    wait_time = constant(0)

    @task
    def visit(self):
        with self.client.get(random.choice(PATHS), name=SCENARIO, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
