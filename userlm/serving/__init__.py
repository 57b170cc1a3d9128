"""Serving the simulator over an OpenAI-compatible HTTP API (``userlm serve``); see app.py."""
