"""The pinned openapi-python-client's own command line, with what our templates need added.

Run by ``tools/generate.py`` as a script: ``python tools/run_generator.py generate ...``.
Everything else is the generator's own CLI; each addition is one wrapped function:

- **operationId**: the generator keeps only a snake_case name per operation (``GetFCMFills``
  becomes ``get_fcm_fills``), yet every generated request must carry the operationId itself
  (``extensions={"kalshi_operation": "GetFCMFills"}``), which transports and the rate limiter
  look operations up by. It is set as ``endpoint.operation_id``.
- **money**: a property whose schema is a ``$ref`` to one of ``MONEY_SCHEMAS`` (directly, or as
  the one member of an ``allOf``, nullable or not) becomes a ``MoneyProperty``: a string on the
  wire, ``decimal.Decimal`` in Python. The generator inlines string references, so without this
  the templates could not tell a price from a ticker. ``tests/test_money.py`` walks openapi.yaml
  and checks that exactly these properties are ``Decimal``.
- **descriptions**: the generator takes a property's text from its schema, so it drops what
  the spec says beside it: a parameter's ``description`` (the schema of ``limit`` has none),
  a request body's, and a property's own ``description`` next to an ``allOf`` reference (the
  referenced schema's generic text won). Here the nearer text wins, as in the spec.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attr
from openapi_python_client import schema as oai
from openapi_python_client.cli import app
from openapi_python_client.parser import bodies, openapi, properties
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties import schemas as shared
from openapi_python_client.parser.properties.schemas import parameter_from_reference
from openapi_python_client.parser.properties.string import StringProperty

#: The schemas that hold decimal strings: prices and amounts in dollars, and contract counts.
MONEY_SCHEMAS = frozenset({"FixedPointDollars", "FixedPointCount"})


@attr.define
class MoneyProperty(StringProperty):
    """A fixed-point decimal string on the wire, a ``decimal.Decimal`` in the generated models."""

    money: ClassVar[bool] = True  # what the templates test: `property.money is defined`
    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"

    def get_imports(self, *, prefix: str) -> set[str]:
        return {*super().get_imports(prefix=prefix), "from decimal import Decimal"}


def _described(prop: Any, source: Any) -> Any:
    """``prop`` with ``source``'s own description, where it has one."""
    text = getattr(source, "description", None)
    if text is None and source is not None:
        text = (getattr(source, "model_extra", None) or {}).get("description")  # beside a $ref (OpenAPI 3.1)
    return attr.evolve(prop, description=text) if text and not isinstance(prop, PropertyError) else prop


_from_ref = properties._property_from_ref


def _from_ref_with_money_and_text(*, data: Any, parent: Any, **kwargs: Any) -> Any:
    prop, schemas = _from_ref(data=data, parent=parent, **kwargs)
    if isinstance(prop, StringProperty) and data.ref.get_untrusted_value().rsplit("/", 1)[-1] in MONEY_SCHEMAS:
        prop = MoneyProperty(**{str(field.alias): getattr(prop, field.name) for field in attr.fields(StringProperty)})
    return _described(_described(prop, data), parent), schemas


properties._property_from_ref = _from_ref_with_money_and_text  # type: ignore[assignment]


_parameter_from_data = shared.parameter_from_data


def _parameter_keeping_text(*, data: Any, **kwargs: Any) -> Any:
    """A shared parameter (``components.parameters``) as the generator copies it, with its description."""
    param, parameters = _parameter_from_data(data=data, **kwargs)
    if isinstance(param, oai.Parameter) and not isinstance(data, oai.Reference):
        param.description = data.description
    return param, parameters


shared.parameter_from_data = _parameter_keeping_text

_add_parameters = openapi.Endpoint.add_parameters


def _add_parameters_with_text(*, endpoint: Any, data: Any, parameters: Any, **kwargs: Any) -> Any:
    result, schemas, parameters = _add_parameters(endpoint=endpoint, data=data, parameters=parameters, **kwargs)
    if not isinstance(result, openapi.Endpoint):
        return result, schemas, parameters
    where = {
        oai.ParameterLocation.QUERY: result.query_parameters,
        oai.ParameterLocation.PATH: result.path_parameters,
        oai.ParameterLocation.HEADER: result.header_parameters,
        oai.ParameterLocation.COOKIE: result.cookie_parameters,
    }
    for item in data.parameters or []:
        param = parameter_from_reference(param=item, parameters=parameters)
        if isinstance(param, oai.Parameter) and param.description:
            located = where[param.param_in]
            for index, prop in enumerate(located):
                if prop.name == param.name:
                    located[index] = attr.evolve(prop, description=param.description)
    return result, schemas, parameters


openapi.Endpoint.add_parameters = staticmethod(_add_parameters_with_text)  # type: ignore[method-assign]


def _bodies_with_text(*, data: Any, request_bodies: Any, **kwargs: Any) -> Any:
    found, schemas = bodies.body_from_data(data=data, request_bodies=request_bodies, **kwargs)
    body = bodies._resolve_reference(data.request_body, request_bodies)
    if getattr(body, "description", None):
        found = [
            attr.evolve(item, prop=_described(item.prop, body)) if isinstance(item, bodies.Body) else item
            for item in found
        ]
    return found, schemas


openapi.body_from_data = _bodies_with_text  # type: ignore[attr-defined]  # the name openapi.py calls


_from_data = openapi.Endpoint.from_data


def _from_data_keeping_the_id(*, data: Any, **kwargs: Any) -> Any:
    endpoint, *rest = _from_data(data=data, **kwargs)
    if isinstance(endpoint, openapi.Endpoint):
        endpoint.operation_id = data.operationId or str(endpoint.name)  # type: ignore[attr-defined]
    return (endpoint, *rest)


openapi.Endpoint.from_data = staticmethod(_from_data_keeping_the_id)  # type: ignore[method-assign]

if __name__ == "__main__":
    app()
