"""Profiles: libraries in profiles/, the seeded generator, LLM enrichment, tau2-bench and persona import.

See userlm/profiles/commands.py for the `userlm profiles ...` commands.
"""
