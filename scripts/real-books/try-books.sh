#!/bin/sh
# Makes the books a new group would bring, from the Debian documentation packages (none of them ours), for trying
# studybot through its real entry points (docs/design/book-import.md, "Tried as a new group would"). Outputs go to
# OUT (default /tmp/realuse), never into the repo. Needs pandoc and weasyprint (apt-get install -y pandoc weasyprint)
# and the packages unpacked under $BOOKS (default /work/books; fetch.sh downloads and unpacks them, rust-doc too:
# apt-get download rust-doc && dpkg -x rust-doc_*.deb $BOOKS/rust-doc).
#   rust-book-md/          mdBook sources (src/SUMMARY.md + Markdown) rebuilt from rust-doc's HTML book
#   rust-book.epub         pandoc EPUB 3 from those Markdown sources, in SUMMARY order
#   sphinx-usage.epub      pandoc EPUB 3 from sphinx-doc's reStructuredText sources (usage/)
#   debian-reference.epub  pandoc EPUB 3 from the Debian Reference's HTML chapters
#   git-manual.pdf         WeasyPrint PDF of the Git user manual (bookmarks from its headings, page numbers)
#   git-manual-nobookmarks.pdf  the same without bookmarks (to be refused with one clear line)
#   debian-reference.pdf   the PDF Debian ships (built with LaTeX), copied
#   python-howto/          python3.11-doc's HOWTO folder (Sphinx HTML), copied
set -eu
BOOKS=${BOOKS:-/work/books}
OUT=${1:-/tmp/realuse}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"

python3 "$HERE/mdbook-from-html.py" "$BOOKS/rust-doc/usr/share/doc/rust-doc/html/book" "$OUT/rust-book-md"
(cd "$OUT/rust-book-md/src" &&
    pandoc --metadata title="The Rust Programming Language" --metadata author="Steve Klabnik and Carol Nichols" \
        -f gfm -t epub3 --epub-chapter-level=1 -o "$OUT/rust-book.epub" \
        $(sed -n 's/.*](\(.*\.md\)).*/\1/p' SUMMARY.md))

# pandoc reads the .rst files as one document, heading levels by the order of underline styles across all of them
# (theming.rst, whose styles come in another order, would nest under the builders), and --file-scope would take each
# file's title away as its metadata; so the pages are ones that agree, theming.rst left out.
SX=$BOOKS/sphinx-doc/usr/share/doc/sphinx-doc/html/_sources/usage
(cd "$SX" && pandoc --metadata title="Using Sphinx" --metadata author="the Sphinx developers" -f rst -t epub3 \
    -o "$OUT/sphinx-usage.epub" index.rst.txt installation.rst.txt quickstart.rst.txt \
    restructuredtext/basics.rst.txt restructuredtext/roles.rst.txt restructuredtext/directives.rst.txt \
    markdown.rst.txt configuration.rst.txt builders/index.rst.txt 2> "$OUT/sphinx-usage.log")

DR=$BOOKS/debian-reference-en/usr/share/debian-reference
pandoc --metadata title="Debian Reference" -f html -t epub3 --epub-chapter-level=1 -o "$OUT/debian-reference.epub" \
    "$DR"/ch0[1-5].en.html
cp "$DR/debian-reference.en.pdf" "$OUT/debian-reference.pdf"

GIT=$BOOKS/git-doc/usr/share/doc/git-doc/user-manual.html
printf '@page { size: A4; @bottom-center { content: counter(page); font: 9pt serif } }\n' > "$OUT/page-numbers.css"
weasyprint -s "$OUT/page-numbers.css" "$GIT" "$OUT/git-manual.pdf" 2> "$OUT/weasyprint.log"
printf 'h1, h2, h3, h4, h5, h6 { bookmark-level: none }\n' > "$OUT/no-bookmarks.css"
weasyprint -s "$OUT/page-numbers.css" -s "$OUT/no-bookmarks.css" "$GIT" "$OUT/git-manual-nobookmarks.pdf" \
    2>> "$OUT/weasyprint.log"

rm -rf "$OUT/python-howto"
cp -r "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html/howto" "$OUT/python-howto"
ls -l "$OUT"
