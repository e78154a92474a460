"""The house's structure, checked on the source: imports run one way, no import circles, no import
hidden inside a function to dodge one, settings import no app and runtime code never the demo."""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each app and the apps it may import. home/ is the ground floor; operations/ stands beside it
# (infrastructure that knows no content); site_project/ wires everything; demo/ is development-only.
MAY_IMPORT = {
    "home": set(),
    "operations": set(),
    "engagement": {"home"},
    "articles": {"home", "engagement"},
    "magazine": {"home", "engagement", "articles"},
    "search": {"home", "engagement", "articles", "magazine"},
    "site_project": {"home", "engagement", "articles", "magazine", "search", "operations"},
    "demo": {"home", "engagement", "articles", "magazine", "search", "operations"},
}
APPS = set(MAY_IMPORT)


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files():
    for app in sorted(APPS):
        yield from sorted((ROOT / app).rglob("*.py"))


MODULES = {module_name(path): path for path in python_files()}


def imported_modules(path, node):
    """The project modules an import statement names (a ``from package import module`` names the module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module_name(path).split(".")
        if path.name != "__init__.py":
            package.pop()
        package = package[: len(package) - node.level + 1]
        base = ".".join(package + ([node.module] if node.module else []))
    else:
        base = node.module
    names = [f"{base}.{alias.name}" for alias in node.names]
    return [name for name in names if name in MODULES] or [base]


def imports(path):
    """(module imported, inside a function?) for every import statement of a file."""
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.extend((target, in_function) for target in imported_modules(path, child))
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(ast.parse(path.read_text()), False)
    return found


def project_module(target):
    """The longest project module a dotted import target refers to, or None for outside code."""
    parts = target.split(".")
    while parts:
        if ".".join(parts) in MODULES:
            return ".".join(parts)
        parts.pop()
    return None


@pytest.mark.parametrize("app", sorted(APPS))
def test_apps_import_only_the_floors_below_them(app):
    wrong = sorted(
        f"{module_name(path)} imports {target}"
        for path in python_files()
        if module_name(path).split(".")[0] == app
        for target, _ in imports(path)
        if target.split(".")[0] in APPS - {app} - MAY_IMPORT[app]
    )
    assert wrong == []


def test_settings_import_no_app():
    wrong = sorted(
        f"{module_name(path)} imports {target}"
        for path in (ROOT / "site_project" / "settings").rglob("*.py")
        for target, _ in imports(path)
        if target.split(".")[0] in APPS - {"site_project"}
    )
    assert wrong == []


def test_no_import_inside_a_function():
    """An import inside a function is how an import circle hides; only AppConfig.ready() may."""
    wrong = sorted(
        f"{module_name(path)} imports {target} inside a function"
        for path in python_files()
        if path.name != "apps.py"
        for target, in_function in imports(path)
        if in_function
    )
    assert wrong == []


def test_no_import_circle_between_modules():
    graph = {
        name: {project_module(target) for target, _ in imports(path)} - {None, name}
        for name, path in MODULES.items()
    }
    # A package's __init__ importing its own submodules is how packages expose them, not a circle.
    graph = {
        name: {target for target in targets if not target.startswith(f"{name}.")}
        for name, targets in graph.items()
    }
    circles = [sorted(component) for component in strongly_connected(graph) if len(component) > 1]
    assert circles == []


def strongly_connected(graph):
    """Tarjan's algorithm, iteratively (the module graph is deep enough to trouble recursion)."""
    index, lowlink, on_stack, stack, components = {}, {}, set(), [], []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = lowlink[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = lowlink[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph.get(child, ()))))
                    break
                if child in on_stack:
                    lowlink[node] = min(lowlink[node], index[child])
            else:
                work.pop()
                if work:
                    lowlink[work[-1][0]] = min(lowlink[work[-1][0]], lowlink[node])
                if lowlink[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    components.append(component)
    return components


def test_runtime_code_never_imports_the_demo():
    wrong = sorted(
        f"{module_name(path)} imports {target}"
        for path in python_files()
        if module_name(path).split(".")[0] != "demo"
        for target, _ in imports(path)
        if target.split(".")[0] == "demo"
    )
    assert wrong == []


def test_only_the_development_settings_install_the_demo(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "architecture-test")
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    installs_demo = {
        name: "demo" in importlib.import_module(f"site_project.settings.{name}").INSTALLED_APPS
        for name in ("base", "production", "test", "dev")
    }
    assert installs_demo == {"base": False, "production": False, "test": True, "dev": True}
