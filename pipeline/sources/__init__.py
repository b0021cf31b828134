"""Where records come from: the live E-utilities client, its rate limiter, and a local fake server."""
