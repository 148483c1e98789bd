"""Package data: the TOOI category list and the dates from which categories are mandatory."""
