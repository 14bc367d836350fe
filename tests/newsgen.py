"""A synthetic news corpus for report tests: ``make_news_corpus(folder, n=300)``.

Articles are assembled from sentence templates written for these tests in the style of Gulf
newspaper reporting (ministries, municipal projects, sport, economy, health), with slots for
cities, officials, counts, years, percentages and amounts.  Nothing is copied from a real
corpus.  The output is deterministic for a given ``n`` and ``seed``: one ``.txt`` per article
(title line, body paragraphs, a source line) and an ``articles.csv`` manifest with outlet,
publication date, language and title.  About one article in fifteen is in English.

File names follow the pattern of many real collections (``<outlet>_<date>_<nnnn>.txt``): every
article of an outlet shares its first letters, so labels cut from file names collide.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

OUTLETS = ["wadi", "sahil", "nakhil", "qimma"]
CITIES = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك", "حائل", "الطائف", "نجران"]
OFFICIALS = ["وزير الصحة", "أمير المنطقة", "وزير التعليم", "رئيس البلدية", "وزير المالية", "مدير الجامعة",
             "وزير الشؤون البلدية", "رئيس هيئة السياحة"]
ORGS = ["وزارة الصحة", "الهيئة العامة للإحصاء", "أمانة المنطقة", "الغرفة التجارية", "وزارة التعليم", "هيئة الطيران المدني"]
TEAMS = ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "التعاون"]
UNITS = ["مشروعا", "مدرسة", "مستشفى", "وحدة سكنية", "حافلة", "منشأة"]

TITLES = [
    "{official} يفتتح {n} {unit} في {city}",
    "{org}: ارتفاع عدد المستفيدين إلى {big} مستفيد خلال عام {year}",
    "{team} يفوز على {team2} بثلاثة أهداف في الدوري",
    "تخصيص {amount} مليون ريال لمشروعات {city}",
    "نسبة الإنجاز في مشروع {city} تبلغ {pct}%",
    "{official} يستقبل وفدا من {city}",
    "افتتاح معرض الكتاب في {city} بمشاركة {n} دار نشر",
]
BODY = [
    "أعلن {official} اليوم عن اعتماد {n} {unit} جديدة في {city} بتكلفة إجمالية تبلغ {amount} مليون ريال.",
    "وأوضح أن المشروعات تشمل تطوير الطرق والحدائق وشبكات تصريف مياه الأمطار في الأحياء الشمالية.",
    "وأشارت {org} إلى أن عدد المستفيدين بلغ {big} مستفيدا حتى نهاية عام {year}، بزيادة قدرها {pct}% عن العام السابق.",
    "ونقلت الصحيفة عن مصدر مسؤول قوله إن العمل يجري على قدم وساق لإنجاز المرحلة الثانية قبل نهاية العام.",
    "وتأتي هذه الخطوة ضمن خطة شاملة لتحسين جودة الحياة في {city} ورفع كفاءة الخدمات المقدمة للمواطنين والمقيمين.",
    "وقال {official} إن نسبة الإنجاز وصلت إلى {pct}% وإن المشروع سيسلم في الموعد المحدد.",
    "وحقق فريق {team} فوزا ثمينا على ضيفه {team2} في المباراة التي أقيمت مساء أمس على ملعب مدينة {city}.",
    "وسجل أهداف المباراة لاعبو الفريق في الشوط الثاني، ليرفع {team} رصيده إلى {n} نقطة في صدارة الترتيب.",
    "وبلغت قيمة الصادرات غير النفطية {amount} مليون ريال في الربع الأول من عام {year} بحسب {org}.",
    "وحذرت {org} من الشائعات والمعلومات المضللة التي تنشرها بعض الحسابات على مواقع التواصل الاجتماعي.",
    "وأكد المتحدث أن القوى المعادية تحاول نشر المعلومات السامة لإثارة البلبلة بين المواطنين.",
    "ويضم المعرض {n} جناحا تمثل دور النشر المحلية والعربية، ويستمر عشرة أيام.",
    "وشهد الحفل حضور عدد من المسؤولين وأعيان {city} وممثلي القطاع الخاص.",
    "وأضاف أن الوزارة وظفت {big} معلما ومعلمة خلال العام الدراسي {year}.",
    "ولفت إلى أن {pct}% من المدارس في {city} أصبحت مجهزة بالفصول الذكية.",
    "ودعت الهيئة المواطنين إلى الإبلاغ عن أي مخالفات عبر الرقم الموحد أو التطبيق الرسمي.",
    "وتبلغ الطاقة الاستيعابية للمستشفى الجديد {n} سريرا، ويضم أقساما للطوارئ والعناية المركزة.",
]
TITLES_EN = [
    "{n} new schools open in {city_en}",
    "Non-oil exports reach {amount} million riyals in {year}",
    "Project in {city_en} is {pct}% complete, officials say",
]
BODY_EN = [
    "The ministry said {n} new schools had opened in {city_en}, at a cost of {amount} million riyals.",
    "Officials said {big} people had benefited from the programme by the end of {year}.",
    "The project is {pct}% complete and will be delivered on time, the spokesman added.",
    "Residents welcomed the new services, which include parks, roads and drainage networks.",
]
CITIES_EN = ["Riyadh", "Jeddah", "Dammam", "Abha", "Tabuk", "Hail"]


def _fill(rng: random.Random, template: str) -> str:
    team, team2 = rng.sample(TEAMS, 2)
    return template.format(
        official=rng.choice(OFFICIALS), org=rng.choice(ORGS), city=rng.choice(CITIES), city_en=rng.choice(CITIES_EN),
        team=team, team2=team2, unit=rng.choice(UNITS), n=rng.randint(3, 60), big=f"{rng.randint(1200, 98000)}",
        year=rng.choice([2019, 2020, 2021]), pct=rng.choice([12, 35, 47.5, 80, 92, 99.97, 100]),
        amount=rng.choice([15, 120, 340, 1250, 4800]),
    )


def make_news_corpus(folder: Path, n: int = 300, seed: int = 15) -> Path:
    """Write ``n`` synthetic articles and their manifest into ``folder``; returns it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    rows = []
    for i in range(n):
        outlet = OUTLETS[i % len(OUTLETS)]
        date = start + dt.timedelta(days=rng.randint(0, 2 * 365))
        lang = "en" if i % 15 == 7 else "ar"
        titles, body = (TITLES_EN, BODY_EN) if lang == "en" else (TITLES, BODY)
        title = _fill(rng, rng.choice(titles))
        paras = []
        for _ in range(rng.randint(3, 6)):
            k = rng.randint(1, 3)
            paras.append(" ".join(_fill(rng, t) for t in rng.sample(body, min(k, len(body)))))
        aid = f"{outlet}_{date.isoformat()}_{i:04d}"
        source = "Source" if lang == "en" else "المصدر"
        text = "\n".join([title, *paras, f"{source}: https://{outlet}.example.sa/news/{i}"]) + "\n"
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        rows.append({"id": aid, "file": f"{aid}.txt", "language": lang, "outlet": outlet,
                     "published": date.isoformat(), "title": title})
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "file", "language", "outlet", "published", "title"])
        w.writeheader()
        w.writerows(rows)
    return folder


if __name__ == "__main__":  # python tests/newsgen.py DIR [N]
    import sys

    make_news_corpus(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 300)
