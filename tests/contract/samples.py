"""Sample JSON for a schema of openapi.yaml, in three variants.

Handwritten rather than a library (hypothesis-jsonschema, schemathesis): we want the
same bodies every run, OpenAPI 3.0's ``nullable``, and three deliberate shapes that a
random generator would only hit by chance:

- ``full``: every property, optional ones included, no nulls;
- ``nulls``: every property, and ``null`` wherever the schema allows it;
- ``minimal``: required properties only.
"""

from __future__ import annotations

from typing import Any, Literal, cast

from tools.spec.walk import resolve

Variant = Literal["full", "nulls", "minimal"]
VARIANTS: tuple[Variant, ...] = ("full", "nulls", "minimal")

_STRINGS_BY_FORMAT = {
    "date-time": "2026-01-02T03:04:05+00:00",
    "date": "2026-01-02",
    "uuid": "9b2f0d5e-2c1a-4a57-8a3e-6f1f4f5b1c2d",
}
_MAX_DEPTH = 24  # deeper than any schema nests; stops a recursive one


class Sampler:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        return cast(dict[str, Any], resolve(self.spec, schema))  # the spec's own node: callers compare by identity

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` with $ref and allOf folded into one plain schema."""
        schema = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        result: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in schema["allOf"]:
            part = self.merged(part)
            properties.update(part.get("properties", {}))
            required += part.get("required", [])
            result = {**part, **result}
        if properties:
            result["properties"] = {**properties, **schema.get("properties", {})}
        if required:
            result["required"] = required
        return result

    def sample(self, schema: dict[str, Any], variant: Variant = "full", depth: int = 0) -> Any:
        nullable = bool(schema.get("nullable")) or bool(self.resolve(schema).get("nullable"))
        schema = self.merged(schema)
        if variant == "nulls" and nullable and depth > 0:
            return None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.sample(schema[key][0], variant, depth)
        if "enum" in schema:
            return next(value for value in schema["enum"] if value is not None)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self._object(schema, variant, depth)
        if kind == "array":
            if depth >= _MAX_DEPTH:
                return []
            count = max(1, schema.get("minItems", 1))
            return [self.sample(schema.get("items", {}), variant, depth + 1) for _ in range(count)]
        if kind == "string":
            # A string's own example where it has one: money ("0.5600") must read as a number.
            example = schema.get("example")
            fallback = example if isinstance(example, str) else "sample"
            return _STRINGS_BY_FORMAT.get(schema.get("format", ""), fallback)
        if kind == "integer":
            return int(min(max(1, schema.get("minimum", 1)), schema.get("maximum", 1)))
        if kind == "number":
            return float(min(max(1.5, schema.get("minimum", 1.5)), schema.get("maximum", 1.5)))
        if kind == "boolean":
            return True
        return "sample"

    def _object(self, schema: dict[str, Any], variant: Variant, depth: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        if depth >= _MAX_DEPTH:
            return result
        for name, prop in schema.get("properties", {}).items():
            if variant == "minimal" and name not in required:
                continue
            result[name] = self.sample(prop, variant, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra and variant != "minimal" and not schema.get("properties"):
            result["key"] = self.sample(extra, variant, depth + 1)
        return result
