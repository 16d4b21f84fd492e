"""The import rules of the code, checked from the source (every import, at module level or inside a
function): the layers, no import cycle, and no function-level import without a ``# lazy:`` reason.

Layers, lowest first (a module imports its own package, or a package of a LOWER layer):

0. the base: counter itself and its top-level modules (errors, paths, clock, files, logs, secrets,
   console, transport…) — anything not named below;
1. counter.domain — the pure rules;
2. counter.store (database, migrations), counter.documents (the printed forms: they read only the
   domain) and counter.signing (PAdES) — the libraries services use, independent of each other;
3. counter.services;
4. counter.sync (with the provincial hub);
5. counter.ui;
6. counter.cli (with its signing commands), counter.__main__.

The issue states domain ← store ← services ← {documents, sync, ui, cli}; documents sit below
services here because services render the forms (book, receipts) while the forms import nothing
but the domain.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

LAYERS: list[tuple[str, ...]] = [
    (),  # 0: the base (everything not listed)
    ("domain",),
    ("store", "documents", "signing"),
    ("services",),
    ("sync",),
    ("ui",),
    ("cli", "__main__"),
]


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (the longest name that is a module of the package)
    path: Path
    line: int
    in_function: bool
    lazy_reason: str  # the text after "# lazy:" on the import's first line, "" if none
    type_checking: bool  # under `if TYPE_CHECKING:` (no import at run time)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root`` (migrations excluded: Alembic loads them by path)."""
    return {module_name(p, root): p for p in sorted(root.rglob("*.py")) if "migrations" not in p.parts}


def imports(root: Path) -> list[Import]:
    found = modules(root)
    out = []
    for name, path in found.items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source, str(path))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            in_function = type_checking = False
            up = parents.get(node)
            while up is not None:
                in_function |= isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                type_checking |= isinstance(up, ast.If) and "TYPE_CHECKING" in ast.unparse(up.test)
                up = parents.get(up)
            comment = lines[node.lineno - 1].partition("# lazy:")
            reason = comment[2].strip() if comment[1] else ""
            targets = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    stem = ".".join(base + ([node.module] if node.module else []))
                else:
                    stem = node.module or ""
                targets = [f"{stem}.{a.name}" if f"{stem}.{a.name}" in found else stem for a in node.names]
            else:
                targets = [a.name for a in node.names]
            for target in targets:
                while target and target not in found:
                    target = target.rpartition(".")[0]
                out.append(Import(name, target, path, node.lineno, in_function, reason, type_checking))
    return out


def layer_of(module: str, root_name: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    for level, names in enumerate(LAYERS):
        if top in names:
            return level
    return 0


def component(module: str) -> str:
    return ".".join(module.split(".")[:2])


def upward(found: list[Import], root_name: str) -> list[str]:
    """Imports of a higher layer, or of another package of the same layer (base modules may use
    each other, and so may the command-line entry points)."""
    bad = []
    for imp in found:
        if not imp.target or imp.target == root_name or component(imp.module) == component(imp.target):
            continue
        mine, theirs = layer_of(imp.module, root_name), layer_of(imp.target, root_name)
        if theirs > mine or (theirs == mine and mine not in (0, len(LAYERS) - 1)):
            bad.append(f"{imp.path}:{imp.line}: {imp.module} (layer {mine}) imports {imp.target} (layer {theirs})")
    return bad


def cycles(found: list[Import], root_name: str) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan), counting
    function-level imports too: an import moved into a function still makes the cycle."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        graph.setdefault(imp.module, set())
        if imp.target and imp.target != imp.module and imp.target != root_name and not imp.type_checking:
            graph[imp.module].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def hidden(found: list[Import]) -> list[str]:
    """Imports inside a function without a ``# lazy: <why>`` reason on their line."""
    return [f"{imp.path}:{imp.line}: {imp.module} imports {imp.target or '?'} inside a function"
            for imp in found if imp.in_function and not imp.lazy_reason]
