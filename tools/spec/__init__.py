"""The spec tools: read OpenAPI files, compare them, and take a new one from Kalshi.

One module per job, so each can be read and tested alone:

- ``load``: read a file as YAML 1.2 (what OpenAPI and the generator use) and refuse, in one
  line naming the file, what cannot be used (unreadable, not a mapping, a ``$ref`` to nothing or
  to anything outside the file);
- ``walk``: the helpers that walk a spec (``$ref``, operations, fields), shared with tests/contract;
- ``change``: ``Change`` and ``Report``, the vocabulary every differ speaks;
- ``operations``, ``schemas``, ``python_api``: the three differs, each ``changes(old, new)``;
- ``render``: a report as plain text or as a CHANGELOG.md entry;
- ``overlay``: OpenAPI Overlay 1.0 documents (``overlays/*.yaml``), our deliberate deviations;
- ``wording``: keep our descriptions over Kalshi's, list new ones, repair mojibake;
- ``update``: the ``report`` and ``update`` workflows; ``swap``: put what ``update`` made in place,
  all or nothing; ``__main__``: their command line.

    .venv/bin/python -m tools.spec report OLD NEW     # exit 0 no breaking change, 1 breaking, 2 unusable input
    .venv/bin/python -m tools.spec update SPEC        # the same codes; writes only when it exits 0
"""
