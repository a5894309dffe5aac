"""Claims worth a second look (info)."""
