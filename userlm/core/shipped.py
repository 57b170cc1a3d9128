"""Simulators that ship inside the package: a LoRA adapter on an embedded base model, loaded by name.

    resolve_model("smollm2-135m-userlm")   # -> $USERLM_CACHE/models/smollm2-135m-userlm-<hash>/

A shipped simulator is a folder ``userlm/simulators/<name>/`` holding ``adapter_config.json``,
``adapter_model.safetensors`` (peft), ``userlm.json`` (its base model and prompt template) and its model
card and eval report (``README.md``); ``userlm.json`` may recommend sampling settings (``{"sampling":
{"temperature": 0.3}}``), which the merged folder's ``generation_config.json`` carries too. On first use
the adapter is merged into its base once and saved as a plain safetensors folder in the cache
(atomically; the folder name carries a hash of the adapter and its sampling, so a newer adapter is
merged anew), so every engine (transformers, vLLM, ``transformers serve``) loads
an ordinary model folder.

``package_adapter`` is the other end: it copies a trained adapter, its card and report into such a
folder (``userlm train simulator`` calls it).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
MAX_ADAPTER_BYTES = 20 * 1024 * 1024  # what a wheel should carry


def shipped_root() -> Path:
    return Path(str(resources.files("userlm.simulators")))


def shipped_names() -> list[str]:
    """The simulators in the package: folders with an adapter and its ``userlm.json``."""
    root = shipped_root()
    return sorted(
        p.name for p in root.iterdir() if (p / "userlm.json").exists() and (p / ADAPTER_FILES[1]).exists()
    )


def read_marker(folder: str | os.PathLike) -> dict:
    """A model folder's ``userlm.json`` (``base``, ``template``, ``reasoning_simulator``, ``sampling``), or {}
    when it has none (a hub id, a plain model folder). A marker that is not a JSON object is an error that
    names the file: read as "none", it would silently serve a trained simulator with the wrong prompt."""
    from userlm.core.io import DataError

    marker = Path(folder).expanduser() / "userlm.json"
    if not marker.is_file():
        return {}
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except ValueError as e:
        raise DataError(f"not valid JSON ({e})", marker) from None
    if not isinstance(info, dict):
        raise DataError(f"must be a JSON object, got {type(info).__name__}", marker)
    return info


def shipped_info(name: str) -> dict:
    """``userlm.json`` of a shipped simulator: ``base`` (a model name), ``template``, ``reasoning_simulator``."""
    return read_marker(shipped_root() / name)


def _adapter_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for name in ADAPTER_FILES:
        h.update((folder / name).read_bytes())
    sampling = _sampling(folder)
    if sampling:  # the merged folder's generation_config.json carries it: a new one is a new merge
        h.update(json.dumps(sampling, sort_keys=True).encode())
    return h.hexdigest()[:12]


def merged_folder(name: str, cache: Path, base_path: str) -> Path:
    """The cached merge of shipped simulator ``name`` into its base (loaded from ``base_path``); made once."""
    src = shipped_root() / name
    target = cache / "models" / f"{name}-{_adapter_hash(src)}"
    if (target / "config.json").exists():
        return target
    return merge_adapter(base_path, src, target)


def merge_adapter(base_path: str, adapter_dir: Path, target: Path) -> Path:
    """Merge a LoRA adapter into its base and save base + tokenizer + ``userlm.json`` at ``target``, atomically."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from userlm.core.io import atomic_dir

    with atomic_dir(target) as tmp:
        model = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
        model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer_src = adapter_dir if (adapter_dir / "tokenizer_config.json").exists() else base_path
        AutoTokenizer.from_pretrained(str(tokenizer_src)).save_pretrained(tmp)
        for extra in ("userlm.json", "README.md"):
            if (adapter_dir / extra).exists():
                shutil.copyfile(adapter_dir / extra, tmp / extra)
        _write_sampling(tmp)
    return target


def _sampling(folder: Path) -> dict | None:
    """The sampling settings ``folder``'s ``userlm.json`` recommends, if any."""
    sampling = read_marker(folder).get("sampling")
    return sampling if isinstance(sampling, dict) else None


def _write_sampling(folder: Path) -> None:
    """Copy ``userlm.json``'s recommended sampling into ``generation_config.json``, the file transformers'
    ``generate`` and vLLM (``--generation-config auto``, its default) take default sampling from."""
    config, sampling = folder / "generation_config.json", _sampling(folder)
    if not sampling:
        return
    generation = json.loads(config.read_text(encoding="utf-8")) if config.exists() else {}
    generation.update({"do_sample": True, **sampling})
    config.write_text(json.dumps(generation, indent=2) + "\n", encoding="utf-8")


def package_adapter(adapter_dir: str | os.PathLike, dest: str | os.PathLike, info: dict, card: str) -> Path:
    """Copy a trained LoRA adapter (``adapter_dir``) into a shipped-simulator folder ``dest`` with its
    ``userlm.json`` (``info``) and ``README.md`` (``card``); refuses an adapter over 20 MiB."""
    adapter_dir, dest = Path(adapter_dir), Path(dest)
    missing = [f for f in ADAPTER_FILES if not (adapter_dir / f).exists()]
    if missing:
        from userlm.core.io import DataError

        raise DataError(f"not a LoRA adapter folder: missing {missing}", adapter_dir)
    size = (adapter_dir / ADAPTER_FILES[1]).stat().st_size
    if size > MAX_ADAPTER_BYTES:
        from userlm.core.io import DataError

        raise DataError(
            f"adapter is {size / 2**20:.1f} MiB; a shipped one must be at most 20 MiB", adapter_dir
        )
    from userlm.core.io import write_json, write_text

    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent if dest.parent.exists() else None))
    for f in ADAPTER_FILES:
        shutil.copyfile(adapter_dir / f, tmp / f)
    write_json(tmp / "userlm.json", info)
    write_text(tmp / "README.md", card)
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(tmp), dest)
    return dest
