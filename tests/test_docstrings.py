"""What an IDE shows on hover and the reference docs print: every argument and field described from the spec."""

from __future__ import annotations

import ast
import inspect
import itertools
import re
from pathlib import Path

import kalshi_client
from kalshi_client.api.market import get_markets
from kalshi_client.api.orders import amend_order_v2
from kalshi_client.api.portfolio import create_subaccount
from kalshi_client.models import amend_order_v2_request

PACKAGE = Path(kalshi_client.__file__).parent
ARGS = re.compile(r"\n( +)Args:\n((?:\1    .*\n)+)")
ENTRY = re.compile(r"^ +(\w+) \((.*)\):(.*)$")


def empty_args_entries() -> list[str]:
    """``module: name`` of each ``Args:`` entry that says nothing after its type."""
    empty = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for block in ARGS.finditer(path.read_text()):
            for line in block.group(2).splitlines():
                entry = ENTRY.match(line)
                if entry and not entry.group(3).strip():
                    empty.append(f"{path.relative_to(PACKAGE)}: {entry.group(1)}")
    return empty


def attribute_docs(module: object) -> dict[str, str]:
    """Attribute name -> the docstring written under it in the model class."""
    docs: dict[str, str] = {}
    for node in ast.walk(ast.parse(inspect.getsource(module))):  # type: ignore[arg-type]
        if isinstance(node, ast.ClassDef):
            for field, doc in itertools.pairwise(node.body):
                target = field.target if isinstance(field, ast.AnnAssign) else None
                if isinstance(target, ast.Name) and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                    docs[target.id] = " ".join(str(doc.value.value).split())
    return docs


def test_no_argument_anywhere_goes_undescribed() -> None:
    assert empty_args_entries() == []


def test_a_parameter_shows_the_spec_text() -> None:
    doc = get_markets.sync.__doc__ or ""

    assert re.search(r"limit \(int \| Unset\): Page size, \d+ to 1000", doc)
    assert re.search(r"status \(GetMarketsStatus \| Unset\): Only markets in this status", doc)


def test_a_field_own_description_beside_allof_wins_over_the_referenced_schema() -> None:
    docs = attribute_docs(amend_order_v2_request)

    assert docs["count"].startswith("New total size: contracts already filled")
    assert "decimal string" in docs["price"]  # a plain $ref: the schema's own text


def test_a_request_body_names_its_model() -> None:
    assert "body (CreateOrderV2Request" not in (create_subaccount.sync.__doc__ or "")
    assert "The request: a CreateSubaccountRequest" in (create_subaccount.sync.__doc__ or "")
    assert re.search(r"body \(AmendOrderV2Request\): \S", amend_order_v2.sync.__doc__ or "")
