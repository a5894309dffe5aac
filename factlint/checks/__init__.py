"""Rule plugins, one module per rule, grouped by the families of the rule catalog."""
