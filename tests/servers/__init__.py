"""Local test servers (127.0.0.1) that behave like the real source systems, quirks included."""
