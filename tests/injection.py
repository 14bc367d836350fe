"""A hostile corpus: markup in article text, quotes, URLs, bylines and file names."""
from __future__ import annotations

from pathlib import Path

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    "<img src=x onerror=\"window.__pwned = 2\">",
    "\"><svg onload=\"window.__pwned = 3\">",
]


def make_injection_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p0, p1, p2 = PAYLOADS
    (folder / "evil_a.txt").write_text(
        f"عنوان {p0}\n"
        f"تم قبول ٣٦٨ عضوًا للحزب في عام 2024 {p1} وحركة \"جميع الناس يحمون الأمن الوطني {p0}\" مستمرة بشكل فعال.\n"
        f"نفذت المحليات القرار رقم 03-NQ/TU و100% من القرى {p2} تلبي المعايير. وتعزيز الأمن والنظام على مستوى القاعدة الشعبية.\n"
        f"الوفود المشاركة {p0}.\n"
        "كاتب <b>مجهول</b>\n"
        f"المصدر: https://example.vn/{p2}\n"
        "تعليق (0)\n",
        encoding="utf-8",
    )
    (folder / f"evil_b{p2[:2]}.txt").write_text(
        f"Security <script>window.__pwned = 4</script> is stable in Quang Ninh; more than 95% of people {p1} were reached.\n"
        "Comment (0)\n",
        encoding="utf-8",
    )
    return folder
