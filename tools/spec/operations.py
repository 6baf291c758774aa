"""Operations: added, removed, renamed, moved between modules; their parameters, request
bodies and success responses, rated by whose code each change breaks.

An operation is known to SDK users by the Python name of its operationId (``GetMarkets``
and ``getMarkets`` are both ``get_markets``) and its first tag (the module
``kalshi_client.api.<tag>``); its method and path can change under it without breaking
anyone's code, so those are reported but not rated.
"""

from __future__ import annotations

from collections.abc import Iterator

from openapi_python_client.strings import snake_case

from tools.spec.change import Change
from tools.spec.schemas import Event, Pair, Side, describe, object_changes, rate, site_changes
from tools.spec.walk import Node, Operation, json_schema, operations, resolve, success

SENT: frozenset[Side] = frozenset({"sent"})
READ: frozenset[Side] = frozenset({"read"})


def module(operation: Operation) -> str:
    return f"kalshi_client.api.{snake_case(operation.tag)}.{snake_case(operation.operation_id)}"


def python_name(operation: Operation) -> str:
    """The function's name: what users' code calls, whatever the case of the operationId."""
    return snake_case(operation.operation_id)


def changes(pair: Pair) -> Iterator[Change]:
    old = {python_name(operation): operation for operation in operations(pair.old)}
    new = {python_name(operation): operation for operation in operations(pair.new)}
    added, removed = new.keys() - old.keys(), old.keys() - new.keys()
    renamed = {key: other for key in removed for other in added if old[key].route == new[other].route}
    for key in added - set(renamed.values()):
        name = new[key].operation_id
        yield Change("operation", name, f"new operation ({new[key].route}, {module(new[key])})", None, "added")
    for key in removed:
        name = old[key].operation_id
        if key in renamed:
            after = new[renamed[key]]
            yield Change("operation", name, f"renamed {after.operation_id} ({module(after)})", "callers")
        else:
            yield Change("operation", name, f"operation removed (was {old[key].route})", "callers", "removed")
    pairs = [(old[key], new[key]) for key in old.keys() & new.keys()]
    pairs += [(old[key], new[other]) for key, other in renamed.items()]
    for before, after in pairs:
        yield from _route_changes(before, after)
        yield from _parameter_changes(pair, before, after)
        yield from _body_changes(pair, before, after)
        yield from _response_changes(pair, before, after)
    yield from _tag_changes(pair)


def _route_changes(old: Operation, new: Operation) -> Iterator[Change]:
    """A new route keeps the function; a new first tag moves its module, which breaks imports."""
    if old.route != new.route:
        yield Change("operation", new.operation_id, f"route changed from {old.route} to {new.route}")
    if old.operation_id != new.operation_id and python_name(old) == python_name(new):
        yield Change("operation", old.operation_id, f"operationId now {new.operation_id} (same Python name)")
    if module(old) != module(new) and python_name(old) == python_name(new):
        yield Change("operation", new.operation_id, f"moved from {module(old)} to {module(new)}", "callers")
    if bool(new.definition.get("deprecated")) != bool(old.definition.get("deprecated")):
        state = "deprecated" if new.definition.get("deprecated") else "no longer deprecated"
        yield Change("operation", new.operation_id, state)


def _parameter_changes(pair: Pair, old: Operation, new: Operation) -> Iterator[Change]:
    before = {(str(p.get("in")), str(p.get("name"))): p for p in old.parameters}
    after = {(str(p.get("in")), str(p.get("name"))): p for p in new.parameters}
    for place in after.keys() - before.keys():
        required = _required(after[place])
        description = f"new {'required' if required else 'optional'} {place[0]} parameter"
        yield Change(
            "parameter",
            f"{new.operation_id}.{place[1]}",
            description,
            rate("added required", SENT) if required else None,
            "added",
        )
    for place in before.keys() - after.keys():
        what = f"{new.operation_id}.{place[1]}"
        yield Change("parameter", what, f"{place[0]} parameter removed", "callers", "removed")
    for place in before.keys() & after.keys():
        what = f"{new.operation_id}.{place[1]}"
        if _required(after[place]) != _required(before[place]):
            event: Event = "made required" if _required(after[place]) else "made optional"
            yield Change("parameter", what, f"parameter {event}", rate(event, SENT))
        yield from site_changes(
            pair, "parameter", what, before[place].get("schema") or {}, after[place].get("schema") or {}, SENT
        )


def _required(parameter: Node) -> bool:
    return parameter.get("in") == "path" or parameter.get("required") is True


def _body_changes(pair: Pair, old: Operation, new: Operation) -> Iterator[Change]:
    """The request body is the ``body`` argument: adding it as required, removing or
    retyping it breaks calls written for the old spec."""
    before, after = old.definition.get("requestBody"), new.definition.get("requestBody")
    what = new.operation_id
    if before is None and after is not None:
        required = resolve(pair.new, after).get("required") is True
        yield Change(
            "body",
            what,
            f"new {'required' if required else 'optional'} request body",
            "callers" if required else None,
            "added",
        )
    elif before is not None and after is None:
        yield Change("body", what, "request body removed", "callers", "removed")
    elif before is not None and after is not None:
        was, now = resolve(pair.old, before).get("required") is True, resolve(pair.new, after).get("required") is True
        if was != now:
            yield Change(
                "body", what, f"request body made {'required' if now else 'optional'}", "callers" if now else None
            )
        yield from _schema_changes(
            pair, "body", what, json_schema(pair.old, before), json_schema(pair.new, after), SENT
        )


def _response_changes(pair: Pair, old: Operation, new: Operation) -> Iterator[Change]:
    """The success answer is what ``sync``/``asyncio`` return: a new schema breaks readers."""
    before, after = success(pair.old, old), success(pair.new, new)
    what = new.operation_id
    if before is None or after is None:
        if before != after:
            yield Change("response", what, "success response " + ("removed" if after is None else "added"), "readers")
        return
    if before[0] != after[0]:
        yield Change("response", what, f"success status changed from {before[0]} to {after[0]}")
    yield from _schema_changes(pair, "response", what, before[1], after[1], READ)


def _schema_changes(
    pair: Pair, kind: str, what: str, old: Node | None, new: Node | None, sides: frozenset[Side]
) -> Iterator[Change]:
    noun = "request body" if kind == "body" else "success response"
    if old is None or new is None:
        if old is not new:
            state = "now has no schema" if new is None else f"now has a schema ({describe(pair.new, new)})"
            yield Change("response" if kind == "response" else "body", what, f"{noun} {state}", rate("retyped", sides))
        return
    old_type, new_type = describe(pair.old, old), describe(pair.new, new)
    if old_type != new_type:
        description = f"{noun} type changed from {old_type} to {new_type}"
        yield Change("response" if kind == "response" else "body", what, description, rate("retyped", sides))
    elif old_type == "object":
        yield from object_changes(pair, f"{what}.{kind}", resolve(pair.old, old), resolve(pair.new, new), sides)
    else:
        yield from site_changes(pair, "response" if kind == "response" else "body", what, old, new, sides)


def _tag_changes(pair: Pair) -> Iterator[Change]:
    """Modules (``kalshi_client.api.<tag>``) that appear or disappear."""
    before = {snake_case(operation.tag) for operation in operations(pair.old)}
    after = {snake_case(operation.tag) for operation in operations(pair.new)}
    for tag in after - before:
        yield Change("operation", f"kalshi_client.api.{tag}", "new module", None, "added")
    for tag in before - after:
        yield Change("operation", f"kalshi_client.api.{tag}", "module removed", "code naming it", "removed")
