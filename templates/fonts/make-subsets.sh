#!/usr/bin/env sh
# How the bundled fonts were made (run once by a developer; the build only uses the results).
# Source: Debian's fonts-noto-core (Noto fonts, SIL Open Font License 1.1, see OFL.txt).
# Tool: fontTools' subsetter from Debian's python3-fonttools.
# Kept: the scripts Kring's materials meet, with their OpenType layout tables (GSUB, GPOS, GDEF): the
# browser that prints shapes text with HarfBuzz, which joins Arabic letters through GSUB and puts marks
# (tashkeel, combining tone marks) on their letters through GPOS. Dropped: hinting (print does not use it).
set -eu
src=/usr/share/fonts/truetype/noto
out=$(dirname "$0")
common="--drop-tables+=DSIG,JSTF,MATH --layout-features=* --no-hinting --name-IDs=* --name-languages=* --notdef-outline --glyph-names --recalc-bounds"
latin="U+0000-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2212,U+2215,U+2219,U+221E,U+2248,U+2260-2265,U+25A0-25FF,U+FEFF,U+FFFD"
for style in Regular Bold Italic BoldItalic; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" --unicodes="$latin" $common --output-file="$out/NotoSans-$style.ttf"
done
arabic="U+0000-007F,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+202A-202E,U+2066-2069,U+FB50-FDFF,U+FE70-FEFF"
for style in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoNaskhArabic-$style.ttf" --unicodes="$arabic" $common --output-file="$out/NotoNaskhArabic-$style.ttf"
done
ethiopic="U+0000-007F,U+00A0,U+1200-139F,U+2D80-2DDF,U+AB00-AB2F,U+2010-2027"
for style in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansEthiopic-$style.ttf" --unicodes="$ethiopic" $common --output-file="$out/NotoSansEthiopic-$style.ttf"
done
