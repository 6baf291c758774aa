"""Write the API reference pages while `mkdocs build` runs (mkdocs-gen-files executes this file).

Generated rather than written because the reference follows openapi.yaml: 117 operations in
17 areas and some 270 models today, and `make generate` may add, move or drop any of them.
The pages are short stubs (``::: module.object``); mkdocstrings renders each object from its
docstrings, which the generator fills from the spec.

Layout, one page per:
- API area (``reference/operations/<area>.md``): each operation's ``sync`` and ``asyncio``;
- group of models (``reference/models/<area>.md``): the models only that area's operations
  reach, plus a page for models several areas share and one for models no operation uses;
- public module of ``kalshi_auth`` (``reference/kalshi_auth/<module>.md``), and one page for
  the generated client classes and types;
- channel of the WebSocket (``reference/ws/<channel>.md``): the message models generated from
  asyncapi.yaml (``kalshi_client.ws.models``) that only that channel's messages reach, grouped
  the same way as the REST models, with a page of message types and their models.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import mkdocs_gen_files
import yaml

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "kalshi_client" / "api"
MODELS = ROOT / "kalshi_client" / "models"
WS_MODELS = ROOT / "kalshi_client" / "ws" / "models"
AUTH = ROOT / "auth"
SPEC = ROOT / "openapi.yaml"
ASYNC_SPEC = ROOT / "asyncapi.yaml"
SHARED = "shared"
UNUSED = "unused"
#: WebSocket model groups whose description is not their channel's first sentence.
WS_DESCRIPTIONS = {
    "root": "What a client sends (subscribe, unsubscribe, update_subscription, list_subscriptions) and the answers.",
    SHARED: "Models that the messages of several channels use.",
    UNUSED: "Models no message uses.",
}


def modules(folder: Path) -> list[str]:
    """Public module names in a folder, in sorted order."""
    return sorted(path.stem for path in folder.glob("*.py") if not path.stem.startswith("_"))


def areas() -> dict[str, list[str]]:
    """Each area of the generated API with its operation modules."""
    folders = sorted(path for path in API.iterdir() if (path / "__init__.py").exists())
    return {folder.name: modules(folder) for folder in folders}


def area_descriptions() -> dict[str, str]:
    """Each area's one-line description: its tag's, in openapi.yaml (tag ``order-groups`` is area ``order_groups``)."""
    tags = yaml.safe_load(SPEC.read_text()).get("tags", [])
    return {tag["name"].replace("-", "_"): tag.get("description", "") for tag in tags}


def imported_models(path: Path) -> set[str]:
    """The model modules a generated file imports (``from ...models.market import Market``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models."):
            found.add(node.module.split(".", 1)[1])
    return found


def reach(starts: dict[str, set[str]], folder: Path) -> dict[str, list[str]]:
    """Models of ``folder`` grouped by the one group whose starting models reach them, directly or
    through other models; models several groups reach are SHARED, models none reach UNUSED."""
    uses = {name: imported_models(folder / f"{name}.py") for name in modules(folder)}
    reached_from: dict[str, set[str]] = defaultdict(set)
    for group, first in starts.items():
        todo = list(first)
        while todo:
            model = todo.pop()
            if group not in reached_from[model]:
                reached_from[model].add(group)
                todo += uses.get(model, ())
    groups: dict[str, list[str]] = defaultdict(list)
    for model in uses:
        owners = reached_from.get(model, set())
        groups[owners.pop() if len(owners) == 1 else SHARED if owners else UNUSED].append(model)
    return dict(groups)


def model_groups(api: dict[str, list[str]]) -> dict[str, list[str]]:
    """REST models grouped by the area whose operations reach them."""
    starts = {
        area: {model for operation in operations for model in imported_models(API / area / f"{operation}.py")}
        for area, operations in api.items()
    }
    return reach(starts, MODELS)


def class_name(model: str, folder: Path = MODELS) -> str:
    """The class a generated model module defines (``book_side`` -> ``BookSide``)."""
    tree = ast.parse((folder / f"{model}.py").read_text())
    return next(node.name for node in tree.body if isinstance(node, ast.ClassDef))


def stubs(paths: Iterable[str], options: str = "") -> str:
    return "\n".join(f"::: {path}\n{options}" for path in paths)


def write(page: str, text: str) -> None:
    with mkdocs_gen_files.open(f"reference/{page}", "w") as out:
        out.write(text)


def operation_pages(api: dict[str, list[str]], descriptions: dict[str, str]) -> None:
    members = "    options:\n      members: [sync, asyncio]\n"
    for area, operations in api.items():
        intro = (
            f"{descriptions.get(area, '')}\n\n"
            f"Import an operation as `from kalshi_client.api.{area} import {operations[0]}`. Each module "
            "also has `sync_detailed` and `asyncio_detailed`, with the same arguments, which return the "
            "whole `Response` (status, headers, content, parsed model) and raise for no status.\n\n"
        )
        paths = (f"kalshi_client.api.{area}.{operation}" for operation in operations)
        write(f"operations/{area}.md", f"# `{area}`\n\n{intro}{stubs(paths, members)}")


def model_pages(groups: dict[str, list[str]]) -> None:
    titles = {SHARED: "Shared by several areas", UNUSED: "Used by no operation"}
    whose = {SHARED: "Models that operations of several areas use", UNUSED: "Models no operation uses"}
    for group, names in sorted(groups.items()):
        title = titles.get(group, f"`{group}`")
        reached = whose.get(group, f"Models that only `{group}` operations use")
        intro = f"{reached}, directly or inside other models. Import them from `kalshi_client.models`.\n\n"
        paths = (f"kalshi_client.models.{name}.{class_name(name)}" for name in sorted(names, key=class_name))
        write(f"models/{group}.md", f"# {title}\n\n{intro}{stubs(paths)}")


def auth_pages() -> None:
    for module in modules(AUTH):
        write(f"kalshi_auth/{module}.md", f"# `kalshi_auth.{module}`\n\n::: kalshi_auth.{module}\n")
    packages = sorted(path.name for path in AUTH.iterdir() if (path / "__init__.py").exists())
    for package in packages:
        write(f"kalshi_auth/{package}.md", f"# `kalshi_auth.{package}`\n\n::: kalshi_auth.{package}\n")
    core = ("kalshi_client.client", "kalshi_client.types")
    write("kalshi_client.md", "# The generated client\n\n" + stubs(core, "    options:\n      heading_level: 2\n"))


def ws_channels() -> dict[str, tuple[str, list[str]]]:
    """Each channel of asyncapi.yaml: its one-line description and its messages' payload schemas."""
    spec = yaml.safe_load(ASYNC_SPEC.read_text())
    messages = spec["components"]["messages"]
    channels = {}
    for name, channel in spec["channels"].items():
        payloads = []
        for ref in channel.get("messages", {}).values():
            payload = messages[ref["$ref"].rsplit("/", 1)[1]].get("payload", {}).get("$ref")
            if payload and payload.rsplit("/", 1)[1] not in payloads:
                payloads.append(payload.rsplit("/", 1)[1])
        first_line = " ".join(channel.get("description", "").split(". ")[0].split())
        channels[name] = (first_line.rstrip(".") + ".", payloads)
    return channels


def ws_pages() -> None:
    """A page per channel of its message models, one of models channels share, and an index."""
    modules_by_class = {class_name(name, WS_MODELS): name for name in modules(WS_MODELS)}
    channels = ws_channels()
    starts = {}
    for channel, (_, payloads) in channels.items():
        # Schema tickerPayload is the generated class TickerPayload.
        starts[channel] = {
            modules_by_class[p[0].upper() + p[1:]] for p in payloads if p[0].upper() + p[1:] in modules_by_class
        }
    groups = reach(starts, WS_MODELS)
    titles = {"root": "Commands and their answers", SHARED: "Shared by several channels", UNUSED: "Used by no message"}
    rows, pages = [], []
    for group in [*channels, SHARED, UNUSED]:
        if group not in groups:
            continue
        names = sorted(groups[group], key=lambda name: class_name(name, WS_MODELS))
        what = WS_DESCRIPTIONS.get(group) or channels[group][0]
        title = titles.get(group, f"`{group}`")
        rows.append(f"| [{title}]({group}.md) | {what} | {len(names)} |")
        paths = (f"kalshi_client.ws.models.{name}.{class_name(name, WS_MODELS)}" for name in names)
        intro = f"{what}\n\nImport them from `kalshi_client.ws.models`.\n\n"
        write(f"ws/{group}.md", f"# {title}\n\n{intro}{stubs(paths)}")
        pages.append(f"  - {group}.md\n")
    text = f"""# WebSocket messages

The models of the messages Kalshi's WebSocket sends, generated from `asyncapi.yaml` into
`kalshi_client.ws.models` ({sum(len(names) for names in groups.values())} models). A
[`Message`][kalshi_auth.ws.Message] from a subscription carries one of them as `msg`; the
[streaming guide](../../guide/streaming.md) shows how to subscribe, and the client side is
[`kalshi_auth.ws`](../kalshi_auth/ws.md).

| channel | what | models |
| --- | --- | --- |
{chr(10).join(rows)}
"""
    write("ws/index.md", text)
    write("ws/.nav.yml", "nav:\n  - index.md\n" + "".join(pages))


def index_page(api: dict[str, list[str]], groups: dict[str, list[str]], descriptions: dict[str, str]) -> None:
    def models_of(group: str) -> str:
        return f"[{len(groups[group])}](models/{group}.md)" if group in groups else "0"

    rows = [
        f"| [`{area}`](operations/{area}.md) | {descriptions.get(area, '')} | {len(operations)} | {models_of(area)} |"
        for area, operations in api.items()
    ]
    total = sum(len(operations) for operations in api.values())
    text = f"""# API reference

Generated from the code at build time: {total} operations in {len(api)} areas, and
{sum(len(names) for names in groups.values())} models.

| area | what | operations | models |
| --- | --- | --- | --- |
{chr(10).join(rows)}

Besides those, {models_of(SHARED)} models are shared by several areas and {models_of(UNUSED)} are used by
no operation. Each area is a package `kalshi_client.api.<area>`. The handwritten package is
[`kalshi_auth`](kalshi_auth/client.md) (the client, errors, pagination, rate limits,
signing, and [`kalshi_auth.ws`](kalshi_auth/ws.md) for the WebSocket); the generated client
classes and response types are on [one page](kalshi_client.md), and the WebSocket's message
models on [pages of their own](ws/index.md).
"""
    write("index.md", text)


def nav_file() -> None:
    """The reference's order in the nav (awesome-nav reads .nav.yml files, generated ones too)."""
    sections = (
        "  - Operations: operations\n  - Models: models\n  - WebSocket messages: ws\n  - kalshi_auth: kalshi_auth\n"
    )
    write(".nav.yml", f"nav:\n  - index.md\n{sections}  - kalshi_client.md\n")


def main() -> None:
    nav_file()
    api, descriptions = areas(), area_descriptions()
    groups = model_groups(api)
    index_page(api, groups, descriptions)
    operation_pages(api, descriptions)
    model_pages(groups)
    auth_pages()
    ws_pages()


main()
