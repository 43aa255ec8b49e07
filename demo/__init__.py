"""Demo content for ``manage.py seed_demo``: texts, generated images and PDFs.

Nothing here is used by the running product; it only fills a fresh database so the
sites can be shown and tried out.
"""
