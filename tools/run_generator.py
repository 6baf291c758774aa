"""The pinned openapi-python-client's own command line, with each endpoint's operationId kept.

The generator keeps only a snake_case name per operation (``GetFCMFills`` becomes
``get_fcm_fills``), yet every generated request must carry the operationId itself
(``extensions={"kalshi_operation": "GetFCMFills"}``), which transports and the rate
limiter look operations up by. This wraps ``Endpoint.from_data`` to set it as
``endpoint.operation_id`` for the templates; everything else is the generator's own CLI.
Run by ``tools/generate.py`` as a script: ``python tools/run_generator.py generate ...``.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.cli import app
from openapi_python_client.parser import openapi

_from_data = openapi.Endpoint.from_data


def _from_data_keeping_the_id(*, data: Any, **kwargs: Any) -> Any:
    endpoint, *rest = _from_data(data=data, **kwargs)
    if isinstance(endpoint, openapi.Endpoint):
        endpoint.operation_id = data.operationId or str(endpoint.name)  # type: ignore[attr-defined]
    return (endpoint, *rest)


openapi.Endpoint.from_data = staticmethod(_from_data_keeping_the_id)  # type: ignore[method-assign]

if __name__ == "__main__":
    app()
