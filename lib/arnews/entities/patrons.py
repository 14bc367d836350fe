"""A body named after its patron: head + a person's name + a closing adjective (session 35, org35).

``مؤسسة سالم بن محفوظ الخيرية``, ``شركة محمد بن إبراهيم القاضي القابضة``: the person finder reads the name
after the head as a person; a closing adjective of a body (``patron_bodies.csv``: الخيرية، القابضة، المحدودة)
right after the name, or after at most two more name words, shows the whole is the organisation.  The head is an
organisation cue without the article (``مؤسسة``, ``شركة``, ``لمؤسسة``; not ``المؤسسة``).  Without the closing
adjective the person stays (``مدير مؤسسة محمد العلي`` is left alone).  One title with the article or ``د.``
may stand between the head and the name (``جامعة الإمام محمد بن سعود الإسلامية``, ``مؤسسة الشيخ علي الجفالي
الخيرية``; org52).

The same name cut in two (``شركة أعناب`` + ``دانية القابضة``, ``شركة منير عبدالخالق رفة`` + ``وأولاده القابضة``):
a headed organisation right before an organisation that ends with a closing adjective or a company tail
(``body_names.csv`` kind company_tail: القابضة، العقارية، للطيران) and has no head of its own is one organisation.
Pure function of the paragraph's names.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .clubs import token_at as _token_at
from .cues import word_info
from .keys import Name, org_key
from .positions import adjacent, is_word

__all__ = ["patron_bodies", "purpose_words", "closer_words"]

#: name words that may stand between the person found and the closing adjective (القاضي of محمد بن إبراهيم القاضي)
MAX_GAP = 2


@lexicon_cache(maxsize=2)
def _closers() -> frozenset:
    return frozenset(w for w, kd in _kinds().items() if kd == "closer")


@lexicon_cache(maxsize=2)
def _kinds() -> dict:
    return word_kinds("patron_bodies.csv", ("closer", "family"), fold=lambda w: key(w.strip()))


def closer_words() -> frozenset:
    """Keys of the closing adjectives and purposes of ``patron_bodies.csv`` (الخيرية، القابضة، لأبحاث)."""
    return _closers()


@lexicon_cache(maxsize=2)
def purpose_words() -> frozenset:
    """The closers that state a body's purpose with ل (لأبحاث، للأبحاث، لدراسات): a patron body's name goes on
    through them (:func:`arnews.entities.bodies.patron_named_end`)."""
    return frozenset(k for k in _closers() if k.startswith("ل") and not k.startswith("ال"))


def _partner_ok(k: str) -> bool:
    """The first word of the second half: no و, or و + a family word (وأولاده; not وسابك, another company)."""
    return not k.startswith("و") or _kinds().get(k[1:]) == "family"


@lexicon_cache(maxsize=2)
def _tails() -> frozenset:
    """The closing adjectives and the company tails of ``body_names.csv`` (القابضة، للطيران)."""
    from .bodies import body_words

    return _closers() | frozenset(k for k, kd in body_words().items() if kd == "company_tail")


def _head(p, t: int) -> bool:
    """Token t is an organisation head without the article (a proclitic و/ل/ب may stand before it), or a body
    named only after its patron (``body_names.csv`` kind patron_body: كرسي، دارة; names54e)."""
    if not is_word(p, t):
        return False
    info = word_info(p.toks[t])
    if info.cue != "org":
        from .bodies import body_words

        k = p.fkeys[t]
        return any(k.startswith(c) and body_words().get(k[len(c):]) == "patron_body" for c in ("", "و", "ل", "ب", "ول"))
    return not info.definite and not key(info.bare or p.fkeys[t]).startswith("ال")


def _title(p, t: int) -> bool:
    """Token t is a title or role word with the article (الإمام، المهندس، الأمير), no proclitic."""
    if not is_word(p, t) or not p.fkeys[t].startswith("ال"):
        return False
    info = word_info(p.toks[t])
    return info.cue in ("title", "role") and key(info.bare or "") == key(p.fkeys[t][2:])


def _head_before(p, a: int) -> int | None:
    """The organisation head right before token a (the person's first word), over one title between
    (جامعة الإمام محمد بن سعود، كرسي المهندس عبدالله بقشان: org52), or over ``د.``; else None."""
    if _head(p, a - 1) and adjacent(p, a - 1, a):
        return a - 1
    if _title(p, a - 1) and adjacent(p, a - 1, a) and _head(p, a - 2) and adjacent(p, a - 2, a - 1):
        return a - 2
    if a >= 3 and p.toks[a - 1] == "." and p.toks[a - 2] == "د" and _head(p, a - 3) and adjacent(p, a - 3, a - 2):
        return a - 3
    return None


def _closing(p, b: int) -> int:
    """The token of a closing adjective after token b (the person's last), over at most MAX_GAP name words, else -1."""
    closers = _closers()
    for c in range(b + 1, b + 2 + MAX_GAP):
        if not (is_word(p, c) and adjacent(p, c - 1, c)):
            return -1
        if p.fkeys[c] in closers:
            return c
        if word_info(p.toks[c]).cue or word_info(p.toks[c]).stop:
            return -1
    return -1


def patron_bodies(p, found: list) -> list:
    """``found`` with each person between an organisation head and a closing adjective replaced by the organisation."""
    out = list(found)
    for nm in found:
        if nm.type != "person":
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        h = _head_before(p, a) if a is not None else None
        if h is None or b is None:
            continue
        c = _closing(p, b)
        if c < 0:
            continue
        if p.fkeys[c] in purpose_words():
            from .bodies import purpose_end

            c = purpose_end(p, c) - 1  # كرسي المهندس فلان لأبحاث النحل: the purpose's construct closes the name
        info = word_info(p.toks[h])
        bare = info.bare or p.fkeys[h]
        s = p.ends[h] - len(bare) if p.fkeys[h].endswith(bare) and len(p.fkeys[h]) > len(bare) else p.starts[h]
        s = max(s, p.starts[h])
        words = [p.toks[x] for x in range(h, c + 1)]
        org = Name(s, p.ends[c], "organisation", "cue", 0.7, org_key(words), p.toks[h])
        out = [x for x in out if not (x.start < org.end and org.start < x.end)] + [org]
    return _join_halves(p, sorted(out, key=lambda x: (x.start, x.end)))


def _join_halves(p, found: list) -> list:
    """Join a headed organisation and the headless organisation with a company tail right after it."""
    out: list = []
    for nm in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == nm.type == "organisation":
            a, b = _token_at(p, prev.start), _token_at(p, prev.end - 1)
            c, d = _token_at(p, nm.start), _token_at(p, nm.end - 1)
            if None not in (a, b, c, d) and c == b + 1 and d > c and adjacent(p, b, c) and _head(p, a) \
                    and not word_info(p.toks[c]).cue and _partner_ok(p.fkeys[c]) and p.fkeys[d] in _tails():
                if b > a and word_info(p.toks[b]).cue == "org":
                    a = b  # مجلس الإدارة لشركة + سلامة للتأمين: the company, as organs.py reads an organ before a body
                words = [p.toks[x] for x in range(a, d + 1)]
                start = prev.start if a == _token_at(p, prev.start) else p.starts[a]
                out[-1] = Name(start, nm.end, "organisation", prev.source, prev.confidence, org_key(words), p.toks[a])
                continue
        out.append(nm)
    return out
