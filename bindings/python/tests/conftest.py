"""Shared texts and the default extractor.

The texts are news-style sentences written for these tests, with diacritics (harakat, shadda),
tatweel, flags and other emoji (astral characters, two UTF-16 code units each) placed before
and between the names, so that code point, UTF-16 and byte offsets all differ.
"""

import pytest

import kashf

NEWS = [
    "🔴 عاجل: وَصَلَ وزيرُ الخارجيّة المصريّ بدر عبد العاطي إلى الرِّياض 🇸🇦 صباح الأحد، "
    "حيث التقى نظيره السعودي الأمير فيصل بن فرحان 🤝 وبحثا التعاون مع الأمم المتحدة.",
    "📌 استقبل وزيرُ الخارجية التركي هاكان فيدان في أنقرة نظيرَه الروسيَّ سيرغي لافروف، "
    "وناقشا الأوضاع في سوريا 🇸🇾 قبل أن يتوجّه لافروف إلى طهران.",
    "𝐍𝐄𝐖𝐒 | وقّعت مصرُ والإمارات اتفاقيةً للتعاون في القاهرة 🤝🏽، "
    "بحضور رئيس الوزراء المصري مصطفى مدبولي.",
    "🇹🇷أنقرة 🇷🇺موسـكو وبـ«بكين»، والتقى الرئيسُ الصينيُّ شي جين بينغ "
    "بالرئيس الروسي فلاديمير بوتين في موسكو 🕊️.",
]


@pytest.fixture(scope="session")
def extractor() -> kashf.Extractor:
    return kashf.Extractor()


@pytest.fixture(scope="session")
def news() -> list:
    return list(NEWS)
