#!/usr/bin/env bash
# Makes two real-book PDFs with bookmarks for trying studybot's PDF reader, printed by WeasyPrint, which writes a
# bookmark for every h1-h6 pointing at the heading's place on its page:
# - python-tutorial.pdf: the Python 3.11 tutorial (Debian's python3.11-doc, Sphinx HTML) in its table-of-contents
#   order, printed as a book is: a cover page without a bookmark, A4 pages with a running header and page numbers,
#   justified and hyphenated text, code in a monospace font.
# - git-user-manual.pdf: Git's user manual (git-doc, one DocBook HTML page with its own table of contents and
#   "Chapter 1." headings) as it is, with page numbers added.
# - tutorial-x8.pdf: the tutorial eight times over (1,016 pages), bookmarks included, joined with PDFBox
#   (scripts/RepeatPdf.java, on the project's classpath: run mvn compile first), to see time and heap on a long book.
#
# Usage: scripts/make-pdf-sample.sh [OUT_DIR]        (default /tmp/studybot-pdf-sample; never inside the repo)
# Needs: weasyprint (apt-get install -y weasyprint). Uses /work/books/<package> when it is there, else downloads the
# package with apt-get download and unpacks it with dpkg -x.
# Then: scripts/check-pdf-sample.sh OUT_DIR/python-tutorial.pdf
set -euo pipefail

out=${1:-/tmp/studybot-pdf-sample}
mkdir -p "$out"
# The unpacked package $1, in /work/books or downloaded into $out.
package_root() {
  if [ -d "/work/books/$1/usr/share/doc" ]; then
    echo "/work/books/$1"
    return
  fi
  if [ ! -d "$out/$1/usr/share/doc" ]; then
    (cd "$out" && apt-get download "$1" >&2)
    dpkg -x "$out/$1"_*.deb "$out/$1"
  fi
  echo "$out/$1"
}

tutorial="$(package_root python3.11-doc)/usr/share/doc/python3.11-doc/html/tutorial"

python3 - "$tutorial" "$out/python-tutorial.html" <<'PY'
import re, sys
tutorial, target = sys.argv[1], sys.argv[2]
index = open(f"{tutorial}/index.html", encoding="utf-8").read()
pages = re.findall(r'toctree-l1"><a class="reference internal" href="([a-z0-9]+)\.html', index)
bodies = []
for page in pages:
    html = open(f"{tutorial}/{page}.html", encoding="utf-8").read()
    body = html.split('<div class="body" role="main">', 1)[1].split('<div class="sphinxsidebar"', 1)[0]
    body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", body)
    body = re.sub(r'<img [^>]*>', "", body)
    bodies.append(body)
css = """
@page { size: A4; margin: 2.5cm 2.2cm;
  @top-center { content: "The Python Tutorial"; font: 9pt serif }
  @bottom-center { content: counter(page); font: 9pt serif } }
body { font: 11pt/1.35 serif; text-align: justify; hyphens: auto }
pre, code, tt { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; hyphens: none }
pre { text-align: left; white-space: pre }
h1 { break-before: page }
.cover { text-align: center; font-size: 24pt; margin-top: 8cm }
.clearer, .sphinxsidebar, .related, .footer { display: none }
"""
with open(target, "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>The Python Tutorial</title><meta name="author" content="Python Software Foundation">'
            f'<style>{css}</style></head><body>'
            '<div class="cover"><p>The Python Tutorial</p><p>Release 3.11</p></div>')
    f.write("\n".join(bodies))
    f.write("</body></html>")
print(f"{len(pages)} pages of the tutorial")
PY
weasyprint "$out/python-tutorial.html" "$out/python-tutorial.pdf" 2> "$out/weasyprint.log" || {
  cat "$out/weasyprint.log" >&2; exit 1; }

manual="$(package_root git-doc)/usr/share/doc/git-doc/user-manual.html"
printf '@page { size: A4; @bottom-center { content: counter(page); font: 9pt serif } }\n' > "$out/page-numbers.css"
weasyprint -s "$out/page-numbers.css" "$manual" "$out/git-user-manual.pdf" 2>> "$out/weasyprint.log" || {
  cat "$out/weasyprint.log" >&2; exit 1; }

repo="$(cd "$(dirname "$0")/.." && pwd)"
cp="$repo/target/pdf-sample-classpath.txt"
[ -f "$cp" ] || (cd "$repo" && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime)
java -cp "$repo/target/classes:$(cat "$cp")" "$repo/scripts/RepeatPdf.java" \
  "$out/python-tutorial.pdf" 8 "$out/tutorial-x8.pdf"
ls -l "$out/python-tutorial.pdf" "$out/git-user-manual.pdf" "$out/tutorial-x8.pdf"
