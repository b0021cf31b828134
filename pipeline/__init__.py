"""regen-evidence: check an article's therapy–condition claims against what PubMed holds."""

__version__ = "0.1.0"
