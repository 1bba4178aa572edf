#!/bin/sh
# Converts the three measured manuals (unpacked Debian packages under $BOOKS, default /work/books) into the seed
# format under $BOOKS/facts-seed/<book>/book.txt. Get the packages with: apt-get download python3.11-doc rust-doc
# postgresql-doc-15 && dpkg -x <deb> $BOOKS/<package> (versions pinned in labels/*.tsv).
set -e
BOOKS=${BOOKS:-/work/books}
HERE=$(dirname "$0")
for book in python-tutorial rust-book postgresql; do mkdir -p "$BOOKS/facts-seed/$book"; done
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html/tutorial/index.html" \
    "$BOOKS/facts-seed/python-tutorial/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/rust-doc/usr/share/doc/rust-doc/html/book/title-page.html" \
    "$BOOKS/facts-seed/rust-book/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html/preface.html" \
    "$BOOKS/facts-seed/postgresql/book.txt"
