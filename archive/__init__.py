"""Content-addressed archive store and PDF/A production."""
