"""Shared fixtures: a tiny random model folder built locally once per session (no downloads)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> str:
    from userlm.core.tiny import build_tiny_model

    return str(build_tiny_model(tmp_path_factory.mktemp("tiny-model")))


@pytest.fixture(scope="session")
def tiny_backend(tiny_model_dir):
    from userlm.core.backends.hf import TransformersBackend

    return TransformersBackend(model_name=tiny_model_dir)


@pytest.fixture(scope="session")
def lively(tiny_model_dir):
    """The tiny model with larger random weights, so greedy and sampled outputs vary with the prompt."""
    import torch

    from userlm.core.backends.hf import TransformersBackend

    backend = TransformersBackend(model_name=tiny_model_dir)
    g = torch.Generator(device=backend.model.device).manual_seed(0)  # the model's device: CPU or a GPU
    with torch.no_grad():
        for p in backend.model.parameters():
            if p.dim() == 2:
                p.normal_(0, 0.3, generator=g)
    return backend


@pytest.fixture(scope="session")
def example_profiles():
    from userlm.core.profile_store import examples_path, load_profiles

    return load_profiles(examples_path())
