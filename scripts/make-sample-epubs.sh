#!/bin/sh
# Makes EPUB 3 and EPUB 2 samples of the Python tutorial with pandoc, for trying `check-book` on real EPUBs.
# Needs pandoc (apt-get install -y pandoc) and the python3.11-doc pages, unpacked as docs/design/book-import.md says
# (apt-get download python3.11-doc && dpkg -x python3.11-doc_*.deb /work/books/python3.11-doc).
# Usage: scripts/make-sample-epubs.sh [OUTPUT_FOLDER]   (default /tmp/studybot-epubs; never inside the repo)
set -eu
out="${1:-/tmp/studybot-epubs}"
html=/work/books/python3.11-doc/usr/share/doc/python3.11/html/tutorial
mkdir -p "$out"
pages="index appetite interpreter introduction controlflow datastructures modules inputoutput errors classes"
files=""
for page in $pages; do
    files="$files $html/$page.html"
done
# shellcheck disable=SC2086
pandoc --metadata title="The Python Tutorial" --metadata author="Python Software Foundation" \
    --epub-chapter-level=1 -t epub3 -o "$out/python-tutorial.epub" $files
# shellcheck disable=SC2086
pandoc --metadata title="The Python Tutorial" -t epub2 -o "$out/python-tutorial-epub2.epub" $files
ls -l "$out"
