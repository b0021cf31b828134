"""One module per subcommand family; each defines ``register(app)``."""
