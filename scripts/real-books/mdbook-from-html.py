#!/usr/bin/env python3
"""Rebuilds an mdBook source folder (src/SUMMARY.md and one .md per page) from an mdBook HTML build, such as the
Rust book in Debian's rust-doc (which ships the HTML only): the sidebar gives SUMMARY.md, each page's <main> is
turned into Markdown by pandoc. Usage: mdbook-from-html.py HTML_BOOK_FOLDER OUT_FOLDER"""
import html
import os
import re
import subprocess
import sys

source, out = sys.argv[1], sys.argv[2]
os.makedirs(f"{out}/src", exist_ok=True)
first = open(f"{source}/title-page.html", encoding="utf-8").read()
sidebar = first.split('<ol class="chapter">', 1)[1].split("</div>", 1)[0]
summary = ["# Summary", ""]
depth = -1
pages = []
for token in re.finditer(r'<ol class="section">|</ol>|<a href="([^"]+)\.html"[^>]*>(.*?)</a>', sidebar):
    if token.group(0).startswith("<ol"):
        depth += 1
    elif token.group(0) == "</ol>":
        depth -= 1
    else:
        page, label = token.group(1), token.group(2)
        numbered = "<strong" in label
        title = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<strong.*?</strong>", "", label))).strip()
        indent = "    " * (depth + 1)
        summary.append(f"{indent}- [{title}]({page}.md)" if numbered else f"[{title}]({page}.md)")
        pages.append(page)
with open(f"{out}/src/SUMMARY.md", "w", encoding="utf-8") as f:
    f.write("\n".join(summary) + "\n")
for page in pages:
    text = open(f"{source}/{page}.html", encoding="utf-8").read()
    main = text.split("<main>", 1)[1].split("</main>", 1)[0]
    main = re.sub(r'<a class="header" href="[^"]*">(.*?)</a>', r"\1", main)
    markdown = subprocess.run(["pandoc", "-f", "html", "-t", "gfm", "--wrap=none"], input=main, text=True,
                              capture_output=True, check=True).stdout
    with open(f"{out}/src/{page}.md", "w", encoding="utf-8") as f:
        f.write(markdown)
with open(f"{out}/book.toml", "w", encoding="utf-8") as f:
    f.write('[book]\ntitle = "The Rust Programming Language"\nauthors = ["Steve Klabnik", "Carol Nichols"]\n')
print(f"{len(pages)} pages", file=sys.stderr)
