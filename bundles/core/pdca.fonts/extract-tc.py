"""Makes the fonts of this plug-in from Debian's Noto Sans CJK collections.

Usage: python3 extract-tc.py SOURCE.ttc TARGET.otf

Takes face 3 (Noto Sans CJK TC) out of the OpenType collection and expands its CFF
subroutines (desubroutinize). Glyphs, metrics and names stay as they are. The expansion is
needed because OpenPDF's CFF subsetter damages glyphs that call subroutines (開 and 議, among
others, come out garbled in the PDF). Needs Debian's python3-fonttools.
"""
import os
import sys

source, target = sys.argv[1], sys.argv[2]
if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source):
    sys.exit(0)  # up to date

from fontTools.ttLib import TTCollection

font = TTCollection(source).fonts[3]
name = font['name'].getDebugName(4)
if 'TC' not in name:
    sys.exit('%s: face 3 is %r, not Noto Sans CJK TC' % (source, name))
font['CFF '].cff.desubroutinize()
font.save(target + '.tmp')
os.replace(target + '.tmp', target)
print('%s: %s -> %s' % (source, name, target))
