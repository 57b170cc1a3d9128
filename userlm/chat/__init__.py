"""``userlm chat`` and ``userlm converse``: talk to a simulator from the terminal (``session``), its CLI."""
