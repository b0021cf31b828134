"""Entry point: builds the Typer app from every module in ``pipeline.cli.commands``.

Each command module exposes ``register(app: typer.Typer) -> None``; discovery keeps this file
unchanged when a stage adds its commands.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sys

import typer

from pipeline import __version__
from pipeline.cli import commands as _commands
from pipeline.cli import output as ui
from pipeline.cli.groups import GROUPS, HELP_MARKUP
from pipeline.errors import EXIT_FAILURE, EvidenceError
from pipeline.logs import setup_logging

app = typer.Typer(
    name="evidence",
    help="regen-evidence: check an article's therapy–condition claims against graded PubMed evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=HELP_MARKUP,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"evidence {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug logging."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    setup_logging(logging.DEBUG if verbose else logging.INFO)


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(_commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{_commands.__name__}.{info.name}")
        module.register(app)


_register_all()
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)


def main() -> None:
    """Console-script entry: maps library errors to their exit codes with a one-line message.

    Click's standalone mode already turns usage errors into exit 2 and `typer.Exit` into its code;
    only our own exceptions need mapping here.
    """
    try:
        app()
    except EvidenceError as exc:
        ui.error(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        logging.getLogger("evidence").debug("unexpected error", exc_info=True)
        ui.error(f"unexpected {type(exc).__name__}: {exc} (run with -v for details)")
        sys.exit(EXIT_FAILURE)


if __name__ == "__main__":
    main()
