"""The read API's endpoints (mounted at /api/v2/ by api.urls)."""
