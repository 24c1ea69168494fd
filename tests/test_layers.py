"""Imports run one way (DESIGN.md, Layout): the unit registry is the floor, the web helpers stand
on it, unitsites' page types on those, network's services above unitsites, home on top; nobody
imports config. Every import statement of the project is read, those inside functions too."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("web", "network", "unitsites", "home", "config")
# The registry: the unit models and the one answer to "which units may this user see".
FLOOR = ("network.models", "network.access")
ALLOWED = {
    # package (or floor module) -> the project modules it may import, besides its own
    "floor": FLOOR,
    "web": FLOOR,
    "unitsites": ("web", *FLOOR),
    "network": ("web", "unitsites"),
    "home": ("web", "unitsites", "network"),
    "config": ("web", "unitsites", "network", "home"),
}


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path):
    """Every module `path` imports, relative imports resolved."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path.parent)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def project_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def layer_of(module):
    if module.startswith(FLOOR):
        return "floor"
    return module.split(".")[0]


def within(module, prefixes):
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def violations():
    for path in project_files():
        source = module_name(path)
        layer = layer_of(source)
        own = FLOOR if layer == "floor" else (layer,)
        for target in set(imported_modules(path)):
            if target.split(".")[0] not in PACKAGES:
                continue  # Django, Wagtail, the standard library...
            if within(target, own) or within(target, ALLOWED[layer]):
                continue
            yield f"{source} imports {target}"


def test_imports_run_one_way():
    assert sorted(set(violations())) == []


@pytest.mark.parametrize(
    ("source", "target", "allowed"),
    [
        ("unitsites.models.news", "network.models", True),
        ("unitsites.models.news", "network.provisioning", False),
        ("web.hosts", "network.models", True),
        ("web.hosts", "unitsites.models", False),
        ("network.models.unit", "network.provisioning", False),
        ("home.views", "network.provisioning", True),
        ("network.views", "config.settings", False),
    ],
)
def test_the_rule_itself(source, target, allowed):
    layer = layer_of(source)
    own = FLOOR if layer == "floor" else (layer,)
    assert (within(target, own) or within(target, ALLOWED[layer])) is allowed


def test_page_types_that_carry_a_request_answer_what_it_lacks():
    """The interface network's workflow calls on unitsites' page types, checked on every type."""
    from wagtail.models import get_page_models

    from network.models.approval import carries_publication_request

    carrying = [model for model in get_page_models() if carries_publication_request(model)]
    assert len(carrying) >= 10
    for model in carrying:
        assert callable(model.publication_request_errors), model
