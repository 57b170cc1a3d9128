"""userlm: reasoning user simulators for training and testing agents."""

import os

__version__ = "0.1.0"

# transformers (5.x, with the `kernels` package it requires) loads kernels from the Hugging Face Hub when a
# model is loaded on a GPU, and fails where the Hub cannot be reached; userlm runs offline. USE_HUB_KERNELS=1
# turns them back on.
os.environ.setdefault("USE_HUB_KERNELS", "0")
