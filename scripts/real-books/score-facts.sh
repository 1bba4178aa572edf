#!/bin/sh
# Re-scores the key facts and quiz questions of the converted manuals against the labels in labels/ (run convert.sh
# first). Prints precision/recall of facts and the rubric pass rate of the fit books (every label file whose role is not
# held-out: python-tutorial, rust-book, python-library and, from the ninth round, debian-reference) and the check book (sphinx-doc:
# labelled by hand before the eighth round, a second fit-check of whether a rule generalises); with --held-out, of the
# held-out books (PostgreSQL, the Git user manual and the Bash Reference Manual, the last read from the PDF its label
# file names with "# folder:"; for the final figures only). --book NAME scores only that book
# (e.g. --held-out --book git-user-manual); --count only counts each label file's labels, scoring nothing.
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/run-java.sh" studybot.bench.realbooks.FactsEval "$BOOKS/facts-seed" "$HERE/labels" "$@"
