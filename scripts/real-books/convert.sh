#!/bin/sh
# Converts the four measured manuals (unpacked Debian packages under $BOOKS, default /work/books) into the seed
# format under $BOOKS/facts-seed/<book>/book.txt. Get the packages with: apt-get download python3.11-doc rust-doc
# postgresql-doc-15 git-doc && dpkg -x <deb> $BOOKS/<package> (versions pinned in labels/*.tsv; fetch.sh does both).
set -e
BOOKS=${BOOKS:-/work/books}
HERE=$(dirname "$0")
for book in python-tutorial rust-book postgresql git-user-manual; do mkdir -p "$BOOKS/facts-seed/$book"; done
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html/tutorial/index.html" \
    "$BOOKS/facts-seed/python-tutorial/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/rust-doc/usr/share/doc/rust-doc/html/book/title-page.html" \
    "$BOOKS/facts-seed/rust-book/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html/preface.html" \
    "$BOOKS/facts-seed/postgresql/book.txt"
# the Git user manual is one DocBook page (built from AsciiDoc): h1 chapters, h2-h4 sections
python3 "$HERE/html-to-seed.py" docbook-single "$BOOKS/git-doc/usr/share/doc/git-doc/user-manual.html" \
    > "$BOOKS/facts-seed/git-user-manual/book.txt"
