#!/bin/sh
# Makes a seeds folder of five real manuals (the HTML of Debian documentation packages, symlinked, never copied) and
# runs ShelfMemoryBench on it under -Xmx1g with search by meaning on: heap and RSS per book served, and the time each
# book's vectors take. The packages are downloaded and unpacked under $BOOKS first if they are not there yet.
#   scripts/real-books/five-books.sh [SEEDS_FOLDER] [DATA_FOLDER]
# A DATA_FOLDER kept from an earlier run holds the vectors, so only the first run embeds (minutes on two cores).
set -eu
BOOKS=${BOOKS:-/work/books}
SEEDS=${1:-/tmp/five-books}
DATA=${2:-/tmp/five-books-data}
HERE=$(cd "$(dirname "$0")" && pwd)

for pinned in python3.11-doc=3.11.2-6+deb12u9 postgresql-doc-15=15.20-0+deb12u1 sphinx-doc=5.3.0-4 \
    git-doc=1:2.39.5-0+deb12u3 rust-doc=1.63.0+dfsg1-2; do
    package=${pinned%%=*}
    if [ ! -d "$BOOKS/$package/usr/share/doc" ]; then
        mkdir -p "$BOOKS/debs"
        (cd "$BOOKS/debs" && apt-get download "$pinned")
        dpkg -x "$(ls "$BOOKS/debs/${package}"_*.deb | head -n 1)" "$BOOKS/$package"
    fi
done

mkdir -p "$SEEDS"
ln -sfn "$BOOKS/git-doc/usr/share/doc/git-doc" "$SEEDS/git"
ln -sfn "$BOOKS/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html" "$SEEDS/postgresql"
ln -sfn "$BOOKS/python3.11-doc/usr/share/doc/python3.11/html/library" "$SEEDS/python-library"
ln -sfn "$BOOKS/rust-doc/usr/share/doc/rust-doc/html/book" "$SEEDS/rust-book"
ln -sfn "$BOOKS/sphinx-doc/usr/share/doc/sphinx-doc/html" "$SEEDS/sphinx"

cd "$HERE/../.."
uptime
mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-Xmx1g -cp %classpath studybot.bench.ShelfMemoryBench $SEEDS --meaning $DATA"
