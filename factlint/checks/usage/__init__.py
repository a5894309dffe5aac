"""Usage errors (warning): number usages the standards call wrong."""
