"""Fixtures shared by the Python client tests: the URIs of the servers run.sh was given."""
import os

import pytest

# Statement text used by several tests: Ada's friends, by name.
FRIENDS_OF_ADA = (
    'query q() { match { $p: Person { slug: "ada" } $p knows $f } '
    "return { $f.name } order { $f.name } }"
)


@pytest.fixture(scope="session")
def uri():
    """The grpc:// URI of a server without authentication."""
    value = os.environ.get("OMNIGRAPH_FLIGHT_URI")
    if not value:
        pytest.skip("OMNIGRAPH_FLIGHT_URI is not set; run these tests through run.sh")
    return value


@pytest.fixture(scope="session")
def auth_uri():
    """The grpc:// URI of a server that accepts user ada, password lovelace."""
    value = os.environ.get("OMNIGRAPH_FLIGHT_AUTH_URI")
    if not value:
        pytest.skip("OMNIGRAPH_FLIGHT_AUTH_URI is not set; run.sh passes it as its second argument")
    return value
