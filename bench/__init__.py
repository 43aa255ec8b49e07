"""The benchmark of the public sites (see run.py); never installed in production."""
