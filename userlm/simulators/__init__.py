"""Trained simulators shipped with the package, one folder each (a LoRA adapter, ``userlm.json``, its card).

Loaded by name through ``userlm.core.models.resolve_model``; see ``userlm.core.shipped``.
"""
