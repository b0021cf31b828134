"""Command groups shared by several modules (`evidence eval ner`, `evidence claims list`, ...).

A stage adds its subcommand by decorating a function with e.g. ``@eval_app.command("ner")`` in its
own module under ``pipeline/cli/commands/``.
"""

import typer

# Help text is printed literally (no Rich markup): "[data/claims.yaml]" or "tendin*[tiab]" in a help
# string would otherwise be read as a markup tag and vanish. See pipeline/cli/output.py.
HELP_MARKUP = None

eval_app = typer.Typer(help="Accuracy reports (Markdown + JSON under reports/eval/).", no_args_is_help=True,
                       rich_markup_mode=HELP_MARKUP)
model_app = typer.Typer(help="Train and inspect NLP models in data/models/.", no_args_is_help=True,
                        rich_markup_mode=HELP_MARKUP)
claims_app = typer.Typer(help="The claim catalog (data/claims.yaml).", no_args_is_help=True,
                         rich_markup_mode=HELP_MARKUP)

GROUPS = {"eval": eval_app, "model": model_app, "claims": claims_app}
