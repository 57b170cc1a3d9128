"""userlm: reasoning user simulators for training and testing agents."""

__version__ = "0.1.0"
