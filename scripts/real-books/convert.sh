#!/bin/sh
# Converts the seven measured manuals (unpacked Debian packages under $BOOKS, default /work/books) into the seed
# format under $BOOKS/facts-seed/<book>/book.txt. Get the packages with: apt-get download python3.11-doc rust-doc
# postgresql-doc-15 git-doc sphinx-doc debian-reference-en && dpkg -x <deb> $BOOKS/<package> (versions pinned in labels/*.tsv; fetch.sh does both).
set -e
BOOKS=${BOOKS:-/work/books}
HERE=$(dirname "$0")
for book in python-tutorial rust-book postgresql git-user-manual python-library sphinx-doc debian-reference; do mkdir -p "$BOOKS/facts-seed/$book"; done
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html/tutorial/index.html" \
    "$BOOKS/facts-seed/python-tutorial/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/rust-doc/usr/share/doc/rust-doc/html/book/title-page.html" \
    "$BOOKS/facts-seed/rust-book/book.txt"
python3 "$HERE/next-pages-to-seed.py" "$BOOKS/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html/preface.html" \
    "$BOOKS/facts-seed/postgresql/book.txt"
# the Git user manual is one DocBook page (built from AsciiDoc): h1 chapters, h2-h4 sections
python3 "$HERE/html-to-seed.py" docbook-single "$BOOKS/git-doc/usr/share/doc/git-doc/user-manual.html" \
    > "$BOOKS/facts-seed/git-user-manual/book.txt"
# the Python library reference (fit book of reference text): 20 pages rich in function and class entries, one chapter
# per page, a section per heading; each entry's signature (dt) leads the first paragraph of its description
python3 "$HERE/html-to-seed.py" sphinx "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html" library/index.html \
    --only library/string.html library/re.html library/textwrap.html library/datetime.html library/collections.html \
    library/heapq.html library/bisect.html library/math.html library/random.html library/itertools.html \
    library/functools.html library/operator.html library/os.path.html library/pathlib.html library/glob.html \
    library/shutil.html library/tempfile.html library/json.html library/csv.html library/subprocess.html \
    > "$BOOKS/facts-seed/python-library/book.txt"
# the Sphinx documentation's quickstart, tutorial, reStructuredText primer and theming pages (the check book: labelled
# by hand before the eighth round's rules, used only to see whether a rule fitted on the fit books generalises)
python3 "$HERE/html-to-seed.py" sphinx "$BOOKS/sphinx-doc/usr/share/doc/sphinx-doc/html" contents.html \
    --only tutorial/ usage/quickstart.html usage/restructuredtext/basics.html usage/theming.html \
    > "$BOOKS/facts-seed/sphinx-doc/book.txt"
# the Debian Reference (fit book of an administration manual: commands, options, files, tables; added in the ninth
# round): one DocBook page per chapter, ch01 to ch12 (stops at the appendix), table cells and code blocks kept as units
python3 "$HERE/html-to-seed.py" docbook "$BOOKS/debian-reference-en/usr/share/debian-reference" ch01.en.html apa.en.html \
    > "$BOOKS/facts-seed/debian-reference/book.txt"
