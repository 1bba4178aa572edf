#!/bin/sh
# Downloads the pinned French, German and Spanish Debian documentation packages, unpacks them and links each manual's
# HTML pages into the folder a user would give the bot: /work/books/html/<book> (outside the repo: the books are not
# ours). These are the held-out books of the key facts in other languages (issue 18 §1 and §3), labelled in labels/.
# - developers-reference-fr, developers-reference-de: the Debian Developer's Reference (Sphinx HTML, one page per
#   chapter), without the single-page copy of the whole manual (developers-reference.html) and the search page;
# - aptitude-manual-es: the aptitude user's manual in Spanish (DocBook HTML, one page per section), as shipped (the
#   image descriptions ld-idm*.html beside it are left to the importer, which skips pages nothing links to).
# Second fit books of the quiz in these languages (quiz sheets only, no sentence labels):
# - debian-faq-fr, debian-faq-de: the Debian FAQ (DebianDoc HTML, one page per chapter);
# - debian-edu-manual-es: the Debian Edu bookworm manual in Spanish (one HTML page; its images folder beside it).
# Packages already unpacked under $BOOKS/<package> are not downloaded again. Needs apt-get and dpkg.
set -eu
BOOKS=${BOOKS:-/work/books}
PACKAGES="developers-reference-fr=12.18 developers-reference-de=12.18 aptitude-doc-es=0.8.13-5
    debian-faq-fr=11.1 debian-faq-de=11.1 debian-edu-doc-es=2.12.23~deb12u1"

mkdir -p "$BOOKS/debs" "$BOOKS/html"
for pinned in $PACKAGES; do
    package=${pinned%%=*}
    version=${pinned#*=}
    if [ ! -d "$BOOKS/$package/usr/share" ]; then
        (cd "$BOOKS/debs" && apt-get download "$pinned")
        dpkg -x "$BOOKS/debs/${package}_${version}_all.deb" "$BOOKS/$package"
    fi
done

# link_pages BOOK SOURCE [PAGE...]: links SOURCE's HTML pages, less the PAGEs named, into html/BOOK (made afresh)
link_pages() {
    book=$1
    source=$2
    shift 2
    rm -rf "$BOOKS/html/$book"
    mkdir -p "$BOOKS/html/$book"
    for page in "$source"/*.html; do
        name=$(basename "$page")
        skip=no
        for left_out in "$@"; do
            [ "$name" = "$left_out" ] && skip=yes
        done
        [ $skip = yes ] || ln -s "$page" "$BOOKS/html/$book/"
    done
}

for lang in fr de; do
    link_pages developers-reference-$lang \
        "$BOOKS/developers-reference-$lang/usr/share/developers-reference/$lang" developers-reference.html search.html
done
ES=$BOOKS/aptitude-doc-es/usr/share/doc/aptitude/html/es
link_pages aptitude-manual-es "$ES"
ln -s "$ES/images" "$BOOKS/html/aptitude-manual-es/"
for lang in fr de; do
    link_pages debian-faq-$lang "$BOOKS/debian-faq-$lang/usr/share/doc/debian/FAQ/$lang"
done
EDU=$BOOKS/debian-edu-doc-es/usr/share/doc/debian-edu-doc-es
rm -rf "$BOOKS/html/debian-edu-manual-es"
mkdir -p "$BOOKS/html/debian-edu-manual-es"
ln -s "$EDU/debian-edu-bookworm-manual.html" "$EDU/images" "$BOOKS/html/debian-edu-manual-es/"
