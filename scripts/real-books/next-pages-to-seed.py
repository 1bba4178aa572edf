#!/usr/bin/env python3
"""Turns an HTML manual (Sphinx, mdBook or DocBook output) into studybot's seed text format, for measurement only.

Follows the pages' rel="next" links from a start page while they stay in the start page's folder. Each page is a
chapter; its text before the first <h2> is section 1 (titled by the <h1>), each <h2> starts the next section.
Paragraphs and list items are kept; code blocks, tables, navigation and smaller headings are left out. A definition
list's term is kept with the first paragraph of its definition ("branch: A named reference to the commit at the tip of
a branch."), as the bot's HTML importer keeps it; the terms of one definition are joined ("-a, --all").

usage: html-to-seed.py START_PAGE OUT_FILE [MAX_PAGES]
"""
import html.parser
import os
import re
import sys

SKIP = {"pre", "table", "nav", "script", "style", "head", "footer", "header", "svg", "button", "h3", "h4", "h5",
        "h6", "figure", "caption"}
SKIP_CLASSES = {"navheader", "navfooter", "sphinxsidebar", "related", "footer", "headerlink", "admonition-title",
                "highlight", "menu-bar", "nav-wrapper", "toc", "contents", "toctree-wrapper", "sidebar",
                "mobile-nav-chapters", "nav-chapters", "literallayout", "programlisting", "screen", "synopsis",
                "cmdsynopsis", "funcsynopsis", "ferris-explain", "sidetoc"}
BLOCKS = {"p", "li", "dd", "blockquote", "div"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track", "embed"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, skipping)
        self.sections = []       # [title, [paragraphs]]
        self.title = None
        self.buffer = []
        self.heading = None
        self.next = None
        self.term = None         # a definition list's terms waiting for their definition's first paragraph
        self.term_text = None    # the text of the dt being read
        self.after_dt = False    # whether the last block closed was a dt (a second term of the same definition)

    def skipping(self):
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "next" and self.next is None:
            self.next = attrs.get("href")
        if tag == "a" and attrs.get("rel") == "next" and self.next is None:
            self.next = attrs.get("href")
        if tag in VOID:
            return
        classes = set((attrs.get("class") or "").split())
        skip = tag in SKIP or bool(classes & SKIP_CLASSES) or attrs.get("id") in ("sidebar", "menu-bar")
        if tag in ("h1", "h2") and not self.skipping():
            self.flush()
            self.flush_term()
            self.heading = []
        elif tag == "dt" and not self.skipping() and not skip:
            self.flush()
            if not self.after_dt:
                self.flush_term()
            self.term_text = []
        elif tag in BLOCKS and not self.skipping():
            self.flush()
        if tag != "dt":
            self.after_dt = False
        self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag in ("h1", "h2") and self.heading is not None:
            text = clean(" ".join(self.heading))
            text = re.sub(r"^(Chapter\s+)?[\dA-Z]+(\.\d+)*\.?\s+", "", text)
            self.heading = None
            if text:
                if tag == "h1" and not self.sections:
                    self.sections.append([text, []])
                else:
                    self.sections.append([text, []])
        elif tag == "dt" and self.term_text is not None:
            self.add_term(clean("".join(self.term_text)))
            self.term_text = None
            self.after_dt = True
        elif tag in BLOCKS and not self.skipping():
            self.flush()
            if tag == "dd":
                self.flush_term()
        elif tag == "dl":
            self.flush_term()

    def add_term(self, text):
        """A term with no letter (a footnote's "[1]") names nothing and is not kept."""
        text = re.sub(r"\s*:$", "", text)
        if not re.search(r"[^\W\d_]", text):
            return
        if self.term is None:
            self.term = []
        self.term.append(text)

    def flush_term(self):
        """A term whose definition had no paragraph of its own is dropped, as any text under three words is."""
        self.term = None

    def handle_data(self, data):
        if self.skipping():
            return
        if self.heading is not None:
            self.heading.append(data)
        elif self.term_text is not None:
            self.term_text.append(data)
        else:
            self.buffer.append(data)

    def flush(self):
        text = clean("".join(self.buffer))
        self.buffer = []
        if text and self.term is not None:
            text = ", ".join(self.term) + ": " + text
            self.term = None
        if text and self.sections and len(text.split()) >= 3:
            self.sections[-1][1].append(text)


def clean(text):
    text = text.replace("\u00b6", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def main():
    start, out = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    folder = os.path.dirname(os.path.abspath(start))
    page, seen, chapter = os.path.abspath(start), set(), 0
    with open(out, "w", encoding="utf-8") as sink:
        while page and page not in seen and os.path.dirname(page) == folder and chapter < limit:
            seen.add(page)
            parser = Page()
            with open(page, encoding="utf-8", errors="replace") as source:
                parser.feed(source.read())
            sections = [s for s in parser.sections if s[1]]
            if sections:
                chapter += 1
                for number, (title, paragraphs) in enumerate(sections, 1):
                    title = title.rstrip(".")[:190]
                    sink.write(f"{chapter}.{number} {title}\n\n")
                    for paragraph in paragraphs:
                        sink.write(paragraph + "\n\n")
            nxt = parser.next
            page = os.path.normpath(os.path.join(folder, nxt.split("#")[0])) if nxt else None
    print(f"{out}: {chapter} chapters")


if __name__ == "__main__":
    main()
