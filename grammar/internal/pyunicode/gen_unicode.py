"""Generates unicode.txt.gz: the Unicode data the scanner needs from the
running CPython's unicodedata (Unicode 14.0.0 for CPython 3.11).

Lines, tab-separated:
  N <hex> <name>    a character name for \\N{...} (aliases included; CJK
                    unified ideographs and Hangul syllables are computed)
  K <hex> <hex...>  the NFKC normalization of one identifier character
  U <hex> <hex>     a range of code points unassigned in this Unicode version

Name aliases (\N{LINE FEED}) are not included: unicodedata cannot list them.
"""

import gzip
import sys
import unicodedata

out = []
unassigned_from = None
for cp in range(0x110001):
    c = chr(cp) if cp < 0x110000 else None
    if c is not None and unicodedata.category(c) == "Cn":
        if unassigned_from is None:
            unassigned_from = cp
        continue
    if unassigned_from is not None:
        out.append("U\t%x\t%x" % (unassigned_from, cp - 1))
        unassigned_from = None
    if c is None:
        break
    name = unicodedata.name(c, "")
    if name and not name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
        out.append("N\t%x\t%s" % (cp, name))
    if ("a" + c).isidentifier():
        n = unicodedata.normalize("NFKC", c)
        if n != c:
            out.append("K\t%x\t%s" % (cp, " ".join("%x" % ord(x) for x in n)))
with gzip.open("unicode.txt.gz", "wt", compresslevel=9) as f:
    f.write("\n".join(out) + "\n")
