"""The static report site (index + one page per claim), Markdown/CSV/Parquet tables, inline SVG charts."""
