"""The `evidence` command. Subcommands live one module each in ``pipeline/cli/commands/``."""
