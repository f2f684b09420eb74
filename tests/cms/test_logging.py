"""Production logs are JSON lines on stdout; Sentry reports errors when SENTRY_DSN is set."""

import json
import textwrap

from tests.cms.production import run_in_production

LOG_A_FAILED_REQUEST = textwrap.dedent("""
    import logging
    from django.http import HttpResponseServerError
    from django.test import RequestFactory
    from django.utils.log import log_response

    request = RequestFactory().get("/en/case-studies/?topic=7", HTTP_HOST="iscn.example.org")
    try:
        raise ValueError("broken")
    except ValueError as error:
        log_response("Internal Server Error: %s", request.path, response=HttpResponseServerError(),
                     request=request, exception=error)
    logging.getLogger("home").info("Imported %d pages", 3)
""")

SENTRY_STATE = textwrap.dedent("""
    import json, sentry_sdk
    client = sentry_sdk.get_client()
    print(json.dumps({"active": client.is_active(), "pii": client.options["send_default_pii"],
                      "traces": client.options["traces_sample_rate"],
                      "integrations": sorted(client.integrations)}))
""")


def test_each_log_line_is_a_json_object_with_the_failed_request():
    result = run_in_production(LOG_A_FAILED_REQUEST)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    error, info = records
    assert error["level"] == "ERROR"
    assert error["logger"] == "django.request"
    assert error["message"] == "Internal Server Error: /en/case-studies/"
    assert error["status_code"] == 500
    assert (error["http_method"], error["http_path"]) == ("GET", "/en/case-studies/")
    assert "ValueError: broken" in error["exc_info"]
    assert "time" in error
    assert "request" not in error
    assert (info["level"], info["logger"], info["message"]) == ("INFO", "home", "Imported 3 pages")


def test_log_level_comes_from_the_environment():
    result = run_in_production(LOG_A_FAILED_REQUEST, LOG_LEVEL="WARNING")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["level"] for line in result.stdout.splitlines()] == ["ERROR"]


def test_sentry_is_off_without_a_dsn():
    result = run_in_production(SENTRY_STATE)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["active"] is False


def test_sentry_reports_without_personal_data_when_a_dsn_is_set():
    result = run_in_production(
        SENTRY_STATE,
        SENTRY_DSN="https://public-key@sentry.example.org/42",
        SENTRY_TRACES_SAMPLE_RATE="0.2",
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert state["active"] is True
    assert state["pii"] is False
    assert state["traces"] == 0.2
    assert "django" in state["integrations"]


def test_a_sample_rate_outside_zero_to_one_is_refused():
    result = run_in_production(
        SENTRY_STATE, SENTRY_DSN="https://k@sentry.example.org/1", SENTRY_TRACES_SAMPLE_RATE="5"
    )
    assert "SENTRY_TRACES_SAMPLE_RATE must be between 0 and 1" in result.stderr
