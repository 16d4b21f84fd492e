"""What pyproject.toml cannot say on its own: the repository's top-level ``resources/`` folder
ships inside the package as ``counter.resources``, next to the code that reads it through
``importlib.resources`` (counter/paths.py). Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).resolve().parent
# fonts, catalogue, office, units, i18n: every file, except the translators' .ts sources
DATA = sorted(p.name for p in (HERE / "resources").iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))

setup(
    # namespace discovery also takes counter.store.migrations(.versions), which have no __init__.py
    packages=find_namespace_packages(include=["counter", "counter.*"], exclude=["*.__pycache__"])
    + ["counter.resources"] + [f"counter.resources.{name}" for name in DATA],
    package_dir={"counter.resources": "resources"},
    package_data={"counter.store.migrations": ["script.py.mako"], **{f"counter.resources.{name}": ["*"] for name in DATA}},
    exclude_package_data={"counter.resources.i18n": ["*.ts"]},
)
