"""Synthetic corpora of a requested size, made from the seed articles.

Body paragraphs of all seeds are pooled and dealt out, reshuffled, into new
files (so the corpus is not one file repeated); each file also gets a
caption, a source line and a comment counter like the real pages, so the
build meets the same mess as on the seeds.  Deterministic for a given seed.
"""
from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _pools():
    import sys

    sys.path.insert(0, str(ROOT / "lib"))
    from arnews.corpus import read_article

    body, other = {"ar": [], "en": []}, {"ar": [], "en": []}
    for p in sorted(RAW.glob("*.txt")):
        art = read_article(p)
        lang = art.meta["language"]
        for b in art.blocks:
            (body if b["role"] == "body" else other)[lang].append((b["role"], b["text"]))
    return body, other


def make_corpus(folder: Path, size_mb: float, seed: int = 13) -> Path:
    """Write ``*.txt`` files totalling about ``size_mb`` MB into ``folder`` (reused if present)."""
    folder = Path(folder)
    marker = folder / ".complete"
    if marker.is_file() and marker.read_text() == f"{size_mb}:{seed}":
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.glob("*.txt"):
        p.unlink()
    rng = random.Random(seed)
    body, other = _pools()
    target = int(size_mb * 1_000_000)
    written, i = 0, 0
    while written < target:
        lang = "en" if rng.random() < 0.2 else "ar"
        paras = rng.sample(body[lang], k=min(len(body[lang]), rng.randint(6, 14)))
        caps = [t for r, t in other[lang] if r == "caption"]
        lines = [t for _, t in paras]
        if caps:
            lines.insert(rng.randint(1, len(lines)), rng.choice(caps))
        lines += [f"المصدر: https://example.vn/article-{i}.htm" if lang == "ar" else f"Source: https://example.vn/article-{i}.htm"]
        lines += ["تعليق (0)" if lang == "ar" else "Comment (0)"]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (folder / f"syn_{i:07d}.txt").write_bytes(data)
        written += len(data)
        i += 1
    marker.write_text(f"{size_mb}:{seed}")
    return folder


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).glob("*.txt"))
