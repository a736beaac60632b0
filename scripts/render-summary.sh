#!/usr/bin/env bash
# Renders the command line's BO summary of the sample workbook to PDF (LibreOffice) and PNG pages
# (pdftoppm), and copies the pages to docs/summary-page-<n>.png.
# Needs: libreoffice-calc, poppler-utils, zip/unzip and perl (Debian), and fonts-crosextra-carlito so
# Calibri is measured as in Excel. Run from anywhere; writes only build/render-summary/ and docs/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-summary: '$tool' ontbreekt (apt-get install -y libreoffice-calc poppler-utils)" >&2; exit 2; }
done

out="build/render-summary"
rm -rf "$out"
mkdir -p "$out/profile"
npm run --silent build:cli
# The previous meeting's workbook, so the pages show "Sinds het vorige overleg" as it looks in use.
node scripts/render-summary/previous-meeting.js assets/Voorbeeld-activiteitenoverzicht.xlsx "$out/vorig-overleg.xlsx"
node bin/beleidsmonitor.js summary assets/Voorbeeld-activiteitenoverzicht.xlsx -o "$out/summary.xlsx" --vorige "$out/vorig-overleg.xlsx" --overschrijven

# A copy for printing with every other sheet hidden: LibreOffice prints (and numbers) only the
# summary's pages, as Excel does when printing the active sheet. The CLI's output itself is untouched.
rm -rf "$out/unzipped" && mkdir -p "$out/unzipped"
unzip -q "$out/summary.xlsx" -d "$out/unzipped"
perl -pi -e 's/(<sheet [^>]*name="(?!BO \d)[^"]*"[^>]*?)state="visible"/$1state="hidden"/g' "$out/unzipped/xl/workbook.xml"
(cd "$out/unzipped" && zip -q -X -r ../print.xlsx '[Content_Types].xml' .)

# A private profile keeps the user's LibreOffice settings out of it; the Dutch locale gives 7,9% and "juni".
LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 libreoffice -env:UserInstallation="file://$root/$out/profile" \
  --headless --convert-to pdf --outdir "$out" "$out/print.xlsx" >/dev/null

pdftoppm -png -r 80 "$out/print.pdf" "$out/page"

rm -f docs/summary-page-*.png
n=0
for page in $(ls "$out"/page-*.png | sort -V); do
  n=$((n + 1))
  cp "$page" "docs/summary-page-$n.png"
done
echo "render-summary: $n pagina's in docs/summary-page-*.png (pdf: $out/print.pdf)"
