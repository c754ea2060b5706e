"""Property tests of the HTTP API from its own /openapi.json: no generated request may get a 5xx.

schemathesis builds requests (valid ones and, in negative mode, invalid ones) for every operation the schema
lists and sends them to the in-process app over a private copy of the ingested examples; POST /articles is
fuzzed with and without the bearer token, so both the 401 path and the real ingestion path are covered.

(schemathesis.pytest.from_fixture does not run under pytest 9, so each operation's strategy is driven by
Hypothesis directly, and every operation's first failure is reported together.)
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from .conftest import TOKEN, make_app

FUZZ = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]


@pytest.fixture(scope="module")
def api_schema(store, pipeline, session_settings) -> schemathesis.BaseSchema:
    """The app's own OpenAPI document, loaded through the app (ASGI, no socket)."""
    return schemathesis.openapi.from_asgi("/openapi.json", make_app(store, pipeline, session_settings))


def server_errors(schema: schemathesis.BaseSchema, mode: GenerationMode, headers: dict[str, str] | None = None,
                  only: tuple[str, str] | None = None) -> tuple[int, list[str]]:
    """Fuzz each operation (or only the (METHOD, path) one): how many were fuzzed, and each one's first 5xx."""
    fuzzed, failures = 0, []
    for result in schema.get_all_operations():
        operation = result.ok()
        if only and (operation.method.upper(), operation.path) != only:
            continue

        @FUZZ
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        try:
            run()
        except Unsatisfiable:
            if mode is GenerationMode.POSITIVE:
                raise
            continue                         # nothing invalid to send: e.g. a lone free-form path parameter
        except Exception as exc:             # a failed check, with the request that shows it
            failures.append(f"{operation.label}: {type(exc).__name__}: {exc}")
        fuzzed += 1
    return fuzzed, failures


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_no_operation_answers_5xx(api_schema, mode):
    fuzzed, failures = server_errors(api_schema, mode)
    assert fuzzed >= (10 if mode is GenerationMode.POSITIVE else 5), "the schema lost its operations"
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_authenticated_post_never_answers_5xx(api_schema, mode):
    fuzzed, failures = server_errors(api_schema, mode, {"Authorization": f"Bearer {TOKEN}"}, ("POST", "/articles"))
    assert fuzzed == 1
    assert not failures, "\n\n".join(failures)


# Found by the fuzzing above, kept as plain cases: an offset past SQLite's 64-bit integers was a 500.
@pytest.mark.parametrize("path", ["/api/articles", "/api/incidents", "/api/events", "/incidents"])
def test_an_offset_too_large_for_sqlite_is_422(client, path):
    assert client.get(f"{path}?offset={2 ** 63}").status_code == 422
    assert client.get(f"{path}?offset=1000000").status_code == 200
