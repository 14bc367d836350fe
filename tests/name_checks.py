"""Shared helpers of the names tests: ``names(text)`` -> ``[(surface, type), ...]`` of
:func:`arnews.entities.find_names`, in text order (``name_ids(text)``: ``[(surface, entity_id, type), ...]``, and
``id_of(rows, surface)``); ``article(title, body, ...)``, the entities table of one
invented article; ``article_rows(...)``, its rows as tuples, and ``same_person(rows, full, part, par)``;
``learned_of(texts)``, the corpus-level learned pass over invented articles."""
from __future__ import annotations

from arnews.entities import find_names


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()]


def name_ids(text):
    """``[(surface, entity_id, type), ...]`` of :func:`arnews.entities.find_names`, in text order."""
    df = find_names(text)
    return [(r.surface, r.entity_id, r.type) for r in df.itertuples()]


def id_of(rows, surface: str):
    """The entity id of the first of :func:`name_ids` ``rows`` written ``surface`` (StopIteration when none is)."""
    return next(e for s, e, t in rows if s == surface)


def article(*paragraphs):
    """The entities table of one invented article ``a``: the first paragraph is its title, the rest its body."""
    import pandas as pd

    from arnews.entities import entities_table

    P = pd.DataFrame({"article_id": "a", "paragraph": range(len(paragraphs)),
                      "role": ["title"] + ["body"] * (len(paragraphs) - 1), "text": list(paragraphs), "lang": "ar"})
    return entities_table(P)


def article_rows(*paragraphs):
    """``[(paragraph, surface, type, source, entity_id), ...]`` of :func:`article`."""
    df = article(*paragraphs)
    return [(int(p), s, t, src, e) for p, s, t, src, e in
            zip(df["paragraph"], df["surface"], df["type"], df["source"], df["entity_id"])]


def same_person(rows, full: str, part: str, par: int) -> bool:
    """In ``article_rows`` ``rows``: ``part`` in paragraph ``par`` is a person mention of the person ``full``."""
    ids = {e for _, s, t, _, e in rows if s == full and t == "person"}
    return bool(ids) and any(p == par and s == part and t == "person" and e in ids for p, s, t, _, e in rows)


def learned_of(texts: dict):
    """``(entities, learned_names, learned_mentions)`` of invented articles ``{article_id: [title, body, ...]}``:
    the per-article table and the corpus-level learned pass over them."""
    import pandas as pd

    from arnews.entities import entities_table, learned_name_tables

    rows = [{"article_id": aid, "paragraph": i, "role": "title" if i == 0 else "body", "lang": "ar", "text": t}
            for aid, pars in texts.items() for i, t in enumerate(pars)]
    P = pd.DataFrame(rows)
    E = entities_table(P, pd.DataFrame({"article_id": list(texts), "language": "ar"}))
    res = learned_name_tables({"entities": E, "paragraphs": P})
    return E, res["learned_names"], res["learned_mentions"]
