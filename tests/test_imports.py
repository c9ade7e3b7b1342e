"""The package's import structure: every module imports on its own, no cycle, no import up.

Generic on purpose: it walks `c5facts/` as it is, so modules added or moved are checked too.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "c5facts"


def module_name(path: Path) -> str:
    """Dotted name of a source file under the project root (`c5facts/io/__init__.py` -> io)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {
        module_name(path): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import that runs (at module level or in a function), not `if TYPE_CHECKING:` ones."""
    found: list[ast.Import | ast.ImportFrom] = []
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and _type_checking_only(node):
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return found


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The c5facts modules `name` imports (lazy imports included: they can cycle too).

    `from a.b import c` is an edge to the module `a.b.c` when there is one, else to `a.b`
    (a name defined in its `__init__`). Implicit imports of parent packages do not count.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    edges: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target:
                    edges.add(target)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        if base not in modules:
            continue
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            edges.add(sub if sub in modules else base)
    edges.discard(name)
    return edges


def import_graph() -> dict[str, set[str]]:
    """Module -> the c5facts modules it imports."""
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_graph_helpers_see_cycles_and_submodules() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
    graph = import_graph()
    assert "c5facts.about" in graph["c5facts"]
    assert graph["c5facts.about"] == set()  # the leaf


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_module_imports_from_a_package_init_above_it() -> None:
    # `from c5facts import Extractor` inside c5facts (or `from c5facts.batch import load`
    # inside c5facts/batch/) would run the package __init__ from within: import the
    # module that defines the name instead.
    offenders = sorted(
        f"{name} imports from {target}/__init__"
        for name, targets in import_graph().items()
        for target in targets
        if name.startswith(target + ".")
    )
    assert offenders == []


ISOLATED = """
import importlib, json, sys, traceback
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "c5facts" or m.startswith("c5facts.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failed[name] = traceback.format_exc(limit=-3)
print(json.dumps(failed))
"""


@pytest.mark.slow
def test_every_module_imports_on_its_own() -> None:
    # One fresh interpreter; before each module every c5facts module is forgotten, so each
    # import starts from nothing and meets any import-order problem (a cycle, a name used
    # before its module finished loading). `__main__` runs the CLI: it is tested by the
    # CLI's subprocess tests.
    names = [name for name in all_modules() if not name.endswith("__main__")]
    proc = subprocess.run(
        [sys.executable, "-c", ISOLATED, json.dumps(names)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    failed = json.loads(proc.stdout.strip().splitlines()[-1])
    assert failed == {}, "\n".join(failed.values())
