"""
Rebuilds the fonts of the Open Graph images (app/og) from Debian's Noto fonts. Satori reads neither
WOFF2 nor font collections (.ttc), and next/og would download any script we do not supply, so the
fonts are vendored here, cut down to the scripts our locales need or are likely to need next:

  NotoSans-{Regular,Bold}.ttf   Latin (with Vietnamese), Greek, Cyrillic, punctuation
  NotoSansCJK-Bold.otf          kana, the 2,965 JIS level-1 kanji, the 3,755 GB 2312 level-1 hanzi,
                                the 2,350 KS X 1001 hangul syllables, CJK punctuation and full-width forms
  NotoSansArabic-{Regular,Bold}.ttf
                                Arabic with its shaping features (joining forms, lam-alef, marks):
                                satori cannot shape it, so lib/og-shaping.ts shapes it with HarfBuzz

  apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-cjk python3-fonttools
  /usr/bin/python3 fonts/subset.py
"""
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).parent
NOTO = Path('/usr/share/fonts/truetype/noto')
NOTO_CJK = Path('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc')

LATIN_GREEK_CYRILLIC = [
    *range(0x0020, 0x0250),  # Basic Latin … Latin Extended-B
    *range(0x0300, 0x0370),  # combining marks (Vietnamese typed decomposed)
    *range(0x0370, 0x0530),  # Greek, Cyrillic, Cyrillic Supplement
    *range(0x1E00, 0x1F00),  # Latin Extended Additional (Vietnamese)
    *range(0x2000, 0x2070),  # general punctuation
    *range(0x20A0, 0x20C0),  # currency
    0x2122, 0x2190, 0x2192, 0x2194, 0x2212, 0xFEFF, 0xFFFD,
]


def double_byte(codec: str, rows: range) -> list[int]:
    """Characters of rows of a 94×94 national standard, read through its EUC encoding."""
    chars = []
    for row in rows:
        for cell in range(1, 95):
            try:
                chars.append(ord(bytes([0xA0 + row, 0xA0 + cell]).decode(codec)))
            except UnicodeDecodeError:
                pass
    return chars


CJK = [
    *range(0x3000, 0x3040),  # CJK symbols and punctuation
    *range(0x3040, 0x3100),  # hiragana, katakana
    *range(0x3130, 0x3190),  # hangul compatibility jamo
    *range(0x31F0, 0x3200),  # katakana phonetic extensions
    *range(0xFF00, 0xFFF0),  # half-width and full-width forms
    *double_byte('euc_jp', range(16, 48)),  # JIS X 0208 level 1 kanji
    *double_byte('gb2312', range(16, 56)),  # GB 2312 level 1 hanzi
    *double_byte('euc_kr', range(16, 41)),  # KS X 1001 hangul syllables
]


ARABIC = [
    *range(0x0600, 0x0700),  # Arabic
    *range(0x0750, 0x0780),  # Arabic Supplement
    *range(0x08A0, 0x0900),  # Arabic Extended-A
    *range(0xFB50, 0xFE00),  # presentation forms A (the shaper reaches them through features, not cmap)
    *range(0xFE70, 0xFF00),  # presentation forms B
    *range(0x0020, 0x0040),  # space, digits and the punctuation an Arabic sentence borrows
    0x00A0, 0x00AB, 0x00BB, 0x200C, 0x200D, 0x200E, 0x200F, 0x2068, 0x2069,
]

# HarfBuzz applies every feature the script needs (isol, init, medi, fina, rlig, mark, mkmk, kern …):
# keep them all, unlike the satori-only fonts above.
ALL_FEATURES = ['*']


def cut(font: TTFont, unicodes: list[int], out: Path, features: list[str]) -> None:
    options = subset.Options()
    options.name_IDs = ['*']  # keep copyright, licence and trademark notices
    options.notdef_outline = True
    options.hinting = False  # satori draws outlines only
    options.layout_features = features
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.recalcTimestamp = False  # same input, same bytes
    font.save(out)
    print(f'{out.name}: {out.stat().st_size:,} bytes')


for weight in ('Regular', 'Bold'):
    cut(TTFont(NOTO / f'NotoSans-{weight}.ttf'), LATIN_GREEK_CYRILLIC, HERE / f'NotoSans-{weight}.ttf', ['kern', 'liga'])
# Index 0 of the collection is the Japanese face; every face holds every glyph, so Chinese and
# Korean text render too, with Japanese forms for the few characters whose shapes differ.
# satori applies no CJK layout features (locl, vert); without them the file is half the size.
cut(TTCollection(NOTO_CJK).fonts[0], CJK, HERE / 'NotoSansCJK-Bold.otf', [])
for weight in ('Regular', 'Bold'):
    cut(TTFont(NOTO / f'NotoSansArabic-{weight}.ttf'), ARABIC, HERE / f'NotoSansArabic-{weight}.ttf', ALL_FEATURES)
