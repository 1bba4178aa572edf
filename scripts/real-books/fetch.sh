#!/bin/sh
# Downloads the pinned Debian documentation packages, unpacks them and converts the manuals measured in
# docs/design/search.md into seed text: /work/books/seed/<book>/book.txt (outside the repo: the books are not ours).
# The Bash Reference Manual is kept as the PDF Debian ships (/work/books/pdf/bash-reference/bashref.pdf): a held-out
# book for the quiz, read by the bot as a user's PDF (quiz-sample.sh sheet /work/books/pdf/bash-reference SEED N).
# The Z shell manual (zsh-doc, a fit book for key facts) is read as the HTML folder a user would give:
# /work/books/html/zsh-manual (sentence-sheet.sh and score-facts.sh load it as the bot's HTML import does). The Debian
# Administrator's Handbook (debian-handbook, the fourteenth round's fit book) likewise: /work/books/html/debian-handbook.
# Packages already unpacked under $BOOKS/<package> are not downloaded again. Needs apt-get, dpkg and python3.
set -eu
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
CONVERT="python3 $HERE/html-to-seed.py"
PACKAGES="python3.11-doc=3.11.2-6+deb12u9 postgresql-doc-15=15.20-0+deb12u1 sphinx-doc=5.3.0-4 git-doc=1:2.39.5-0+deb12u3 debian-reference-en=2.100 bash-doc=5.2.15-2 zsh-doc=5.9-4 debian-handbook=11.20220922"

mkdir -p "$BOOKS/debs" "$BOOKS/seed"
for pinned in $PACKAGES; do
    package=${pinned%%=*}
    if [ ! -d "$BOOKS/$package/usr/share/doc" ]; then
        (cd "$BOOKS/debs" && apt-get download "$pinned")
        deb=$(ls "$BOOKS/debs/${package}"_*.deb | head -n 1)
        dpkg -x "$deb" "$BOOKS/$package"
    fi
done

convert() {
    book=$1
    shift
    mkdir -p "$BOOKS/seed/$book"
    echo "$book:" >&2
    $CONVERT "$@" > "$BOOKS/seed/$book/book.txt"
}

# the same, with the book's own index kept as data in book-index.tsv beside the text (LibraryLoader reads it)
convert_indexed() {
    book=$1
    index=$2
    shift 2
    convert "$book" "$@" --index "$index" "$BOOKS/seed/$book/book-index.tsv"
}

PY=$BOOKS/python3.11-doc/usr/share/doc/python3.11/html
convert_indexed python-tutorial-library "$PY/genindex-all.html" sphinx "$PY" contents.html --only tutorial/ library/re.html library/datetime.html \
    library/collections.html library/itertools.html library/functools.html library/pathlib.html library/json.html \
    library/csv.html library/sqlite3.html library/logging.html library/argparse.html library/unittest.html \
    library/subprocess.html library/string.html library/random.html library/statistics.html library/venv.html \
    library/threading.html library/pickle.html library/shutil.html
PG=$BOOKS/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html
# Parts I-III: tutorial, the SQL language, server administration (stops at Part IV, client interfaces)
convert_indexed postgresql-15 "$PG/bookindex.html" docbook "$PG" tutorial.html client-interfaces.html
SX=$BOOKS/sphinx-doc/usr/share/doc/sphinx-doc/html
convert_indexed sphinx-usage "$SX/genindex.html" sphinx "$SX" contents.html --only usage/ tutorial/
convert git-user-manual docbook-single "$BOOKS/git-doc/usr/share/doc/git-doc/user-manual.html"
# the Debian Reference: one DocBook page per chapter, ch01 to ch12 (stops at the appendix); it has no index page
convert debian-reference docbook "$BOOKS/debian-reference-en/usr/share/debian-reference" ch01.en.html apa.en.html
mkdir -p "$BOOKS/pdf/bash-reference"
cp "$BOOKS/bash-doc/usr/share/doc/bash/bashref.pdf" "$BOOKS/pdf/bash-reference/"
# The Z shell manual (zsh-doc, texinfo HTML) is read as the HTML folder a user would give: the manual's pages without
# the FAQ pages Debian ships beside them (FAQ*.html: no manual page links them, so the importer would append them)
ZSH=$BOOKS/zsh-doc/usr/share/doc/zsh-common/html
rm -rf "$BOOKS/html/zsh-manual"
mkdir -p "$BOOKS/html/zsh-manual"
for page in "$ZSH"/*.html; do
    case $(basename "$page") in
    FAQ*.html) ;;
    *) ln -s "$page" "$BOOKS/html/zsh-manual/" ;;
    esac
done
# The Debian Administrator's Handbook (Publican HTML, one page per section, in thirty languages): the English pages
# only, without the images and the style folder, as the HTML folder a user would give
DH=$BOOKS/debian-handbook/usr/share/doc/debian-handbook/html/en-US
rm -rf "$BOOKS/html/debian-handbook"
mkdir -p "$BOOKS/html/debian-handbook"
for page in "$DH"/*.html; do
    ln -s "$page" "$BOOKS/html/debian-handbook/"
done
date -u +%FT%TZ > "$BOOKS/seed/READY"
