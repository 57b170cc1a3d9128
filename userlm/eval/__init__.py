"""Simulator evaluation (``userlm eval simulator``) and reward-mix evaluation (``userlm eval rewards``)."""
