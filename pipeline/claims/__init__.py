"""The claim catalog, claim–article linking and the direction of findings."""
