#!/usr/bin/env python3
"""Turns a manual's HTML pages (Sphinx or DocBook) into studybot's seed text format.

Until the book importer reads HTML itself, this is how a real manual reaches the bot for measurement. Pages are
read in table-of-contents order; each page (Sphinx) or each DocBook chapter starts a chapter, and every heading
becomes a section numbered CHAPTER.SECTION in that order. Titles are kept as the book spells them, less the book's
own numbering ("2.2. Concepts" -> "Concepts"), since the seed numbering replaces it. The first section of a
chapter is the page or chapter title itself, holding its introduction, so a title path (chapter title > section
title) names any section whatever the numbering. Paragraphs, list items, definitions and code blocks become one
line each between blank lines; navigation, tables of contents and "¶" links are dropped. A definition list's term is
kept with the first paragraph of its definition ("branch: A named reference to the commit at the tip of a branch."),
as the bot's HTML importer keeps it; the terms of one definition are joined ("-a, --all").

Usage:
  html-to-seed.py sphinx ROOT TOC_PAGE [--only PREFIX ...] [--skip PREFIX ...] > book.txt
      ROOT: the html folder; TOC_PAGE: the page whose toctree lists the pages in order (e.g. contents.html);
      --only keeps pages whose path starts with one of the prefixes (e.g. tutorial/ library/re.html).
  html-to-seed.py docbook ROOT FIRST_PAGE STOP_PAGE > book.txt
      follows the "next" links from FIRST_PAGE up to (not including) STOP_PAGE.
  html-to-seed.py docbook-single FILE > book.txt
      one DocBook page holding a whole book (the Git user manual): h1 chapters, h2-h4 sections.
Any of them may end with --index INDEX_PAGE OUT_FILE: the book's own index (Sphinx genindex-all.html, DocBook
bookindex.html) is read as data, not text: OUT_FILE gets one line per entry, "term<TAB>section number", for every
entry whose link lands in a converted section (the anchor's enclosing heading), which search reads as index terms.
Python 3 standard library only.
"""
import html.parser
import os
import re
import sys

HEADING = re.compile(r"(\d{1,4})\.(\d{1,4})[ \t]+(\S.{0,199}?)(?<!\.)\s*")
MARKER = re.compile(r"[—–-]+\s.*\s[—–-]+|[!-/:-@\[-`{-~\s…—–]+")
NUMBERING = re.compile(r"^(?:(?:Chapter|Appendix|Part)\s+)?(?:[IVXLC]+|[A-Z]|\d+)(?:\.\d+)*\.?\s+(?=\S)")
BLOCKS = {"p", "pre", "li", "dt", "dd", "td", "th", "blockquote", "div", "section", "table", "tr", "ul", "ol",
          "dl", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "caption", "figcaption", "tbody", "thead"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
SKIPPED_CLASSES = {"toc", "headerlink", "navheader", "navfooter", "sphinxsidebar", "related", "footer",
                   "sphinxsidebarwrapper", "toctree-wrapper", "indexterm", "mobile-nav", "inline-search",
                   "clearer", "refnamediv-skip"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}


class PageReader(html.parser.HTMLParser):
    """Events of one page: ("heading", level, title) and ("text", paragraph), in document order."""

    def __init__(self, body_test, level_of):
        super().__init__(convert_charrefs=True)
        self.body_test = body_test
        self.level_of = level_of
        self.events = []
        self.stack = []
        self.body_depth = None
        self.skip_depth = None
        self.heading = None
        self.pre = 0
        self.text = []
        self.div_classes = []
        self.term = None          # a definition list's terms waiting for their definition's first paragraph
        self.term_depth = None    # the depth of the dt being read
        self.after_dt = False     # whether the last block closed was a dt (a second term of the same definition)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag in VOID:
            if tag == "br" and self.active():
                self.text.append("\n" if self.pre else " ")
            return
        self.stack.append(tag)
        depth = len(self.stack)
        anchor = attrs.get("id") or (attrs.get("name") if tag == "a" else None)
        if anchor:
            self.events.append(("anchor", anchor))
        if self.body_depth is None and self.body_test(tag, attrs):
            self.body_depth = depth
        if tag in ("div", "section"):
            self.div_classes.append((depth, classes))
        if self.skip_depth is None and (classes & SKIPPED_CLASSES or tag in ("script", "style", "nav")):
            self.skip_depth = depth
            return
        if not self.active():
            return
        after_dt, self.after_dt = self.after_dt, False
        if tag in HEADINGS:
            self.flush()
            self.flush_term()
            self.heading = (depth, self.level_of(tag, self.enclosing_classes()))
        elif tag == "pre":
            self.flush()
            self.flush_term()
            self.pre += 1
        elif tag == "dt" and self.heading is None:
            self.flush()
            if not after_dt:
                self.flush_term()
            self.term_depth = depth
        elif tag in BLOCKS and self.heading is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            depth = len(self.stack)
            open_tag = self.stack.pop()
            self.close_element(open_tag, depth)
            if open_tag == tag:
                break

    def close_element(self, tag, depth):
        if self.div_classes and self.div_classes[-1][0] == depth:
            self.div_classes.pop()
        if self.skip_depth == depth:
            self.skip_depth = None
            return
        if self.body_depth == depth:
            self.flush()
            self.flush_term()
            self.body_depth = None
            return
        if not self.active():
            return
        if self.heading is not None and self.heading[0] == depth:
            title = clean("".join(self.text))
            self.text = []
            if title and self.heading[1] is not None:
                self.events.append(("heading", self.heading[1], title))
            self.heading = None
        elif tag == "pre":
            self.flush()
            self.pre -= 1
        elif tag == "dt" and self.term_depth == depth:
            self.add_term(clean("".join(self.text)))
            self.text = []
            self.term_depth = None
            self.after_dt = True
        elif tag in BLOCKS and self.heading is None:
            self.flush()
            if tag in ("dd", "dl"):
                self.flush_term()

    def add_term(self, text):
        """A term with no letter (a footnote's "[1]") names nothing: it stays a paragraph of its own."""
        text = re.sub(r"\s*:$", "", text)
        if not re.search(r"[^\W\d_]", text):
            if text:
                self.events.append(("text", text))
            return
        if self.term is None:
            self.term = []
        self.term.append(text)

    def flush_term(self):
        """A term whose definition opened with no paragraph (code) or was empty: a paragraph of its own."""
        if self.term is not None:
            self.events.append(("text", ", ".join(self.term)))
            self.term = None

    def handle_data(self, data):
        if self.active():
            self.text.append(data)

    def active(self):
        return self.body_depth is not None and self.skip_depth is None

    def enclosing_classes(self):
        return [classes for _, classes in self.div_classes]

    def flush(self):
        if self.heading is not None:
            return
        if self.term_depth is not None:
            return
        paragraph = clean("".join(self.text))
        self.text = []
        if paragraph and self.term is not None:
            paragraph = ", ".join(self.term) + ": " + paragraph
            self.term = None
        if paragraph:
            self.events.append(("text", paragraph))


def clean(text):
    text = text.replace("¶", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def title_of(text):
    title = NUMBERING.sub("", text, count=1).strip().rstrip(".").strip()
    return title[:200].rstrip(".").strip() or text


class SeedWriter:
    """Numbers chapters and sections in the order they come and writes them as seed text.

    It also remembers which section each page and anchor landed in ("page.html#id" -> "3.2"), for the book's index:
    an anchor seen just before a heading (a section element's own id) belongs to that heading's section."""

    def __init__(self, out):
        self.out = out
        self.chapter = 0
        self.section = 0
        self.dropped = 0
        self.sections = 0
        self.page = None
        self.pending = []
        self.places = {}

    def page_start(self, page):
        self.page = page
        self.pending = [""]

    def anchor(self, name):
        self.pending.append(name)

    def settle(self):
        if self.chapter == 0:
            return
        number = "%d.%d" % (self.chapter, self.section)
        for name in self.pending:
            self.places.setdefault(self.page + ("#" + name if name else ""), number)
        self.pending = []

    def chapter_start(self, title):
        self.chapter += 1
        self.section = 0
        self.section_start(title)

    def section_start(self, title):
        if self.chapter == 0:
            self.chapter = 1
        self.section += 1
        self.sections += 1
        self.settle()
        self.out.write("\n%d.%d %s\n\n" % (self.chapter, self.section, title_of(title)))

    def paragraph(self, text):
        self.settle()
        if self.chapter == 0 or MARKER.fullmatch(text) or HEADING.fullmatch(text):
            self.dropped += 1
            return
        self.out.write(text + "\n\n")


def read_page(path, body_test, level_of):
    with open(path, encoding="utf-8", errors="replace") as f:
        reader = PageReader(body_test, level_of)
        reader.feed(f.read())
        reader.close()
    return reader.events


def sphinx_body(tag, attrs):
    return tag == "div" and attrs.get("role") == "main" or "body" in (attrs.get("class") or "").split() \
        and tag == "div"


def sphinx_level(tag, _classes):
    return HEADINGS[tag]


def sphinx_pages(root, toc_page, only, skip):
    """Pages in the order the toctree links them, each once; fragments and outside links ignored."""
    with open(os.path.join(root, toc_page), encoding="utf-8") as f:
        toc = f.read()
    base = os.path.dirname(toc_page)
    pages = []
    for href in re.findall(r'<li class="toctree-l\d"><a class="reference internal" href="([^"#]+)', toc):
        page = os.path.normpath(os.path.join(base, href))
        if page not in pages and (not only or page.startswith(tuple(only))) and not page.startswith(tuple(skip)):
            pages.append(page)
    return pages


def convert_sphinx(root, toc_page, only, skip, writer):
    for page in sphinx_pages(root, toc_page, only, skip):
        first = True
        writer.page_start(page)
        for event in read_page(os.path.join(root, page), sphinx_body, sphinx_level):
            if event[0] == "anchor":
                writer.anchor(event[1])
            elif event[0] == "heading":
                if first:
                    writer.chapter_start(event[2])
                    first = False
                else:
                    writer.section_start(event[2])
            elif not first:
                writer.paragraph(event[1])


DOCBOOK_LEVELS = {"part": 0, "reference": 0, "preface": 1, "chapter": 1, "appendix": 1, "refentry": 1,
                  "sect1": 2, "sect2": 3, "sect3": 4, "sect4": 5, "section": 2, "simplesect": 3}


ADMONITIONS = {"note", "tip", "caution", "warning", "important", "admonition", "sidebar"}


def docbook_level(_tag, classes):
    """The heading's level from the DocBook element around it; None for an admonition's "Note" or "Tip"."""
    if any(names & ADMONITIONS for names in classes):
        return None
    for names in reversed(classes):
        for name in names:
            if name in DOCBOOK_LEVELS:
                return DOCBOOK_LEVELS[name]
    return 6


def docbook_body(tag, attrs):
    return tag == "body"


def convert_docbook_events(events, writer, in_chapter):
    """Returns whether a chapter is open at the end: a part's page closes it, the next chapter opens one."""
    for event in events:
        if event[0] == "anchor":
            writer.anchor(event[1])
        elif event[0] == "heading":
            level = event[1]
            if level == 0:
                in_chapter = False
            elif level == 1:
                writer.chapter_start(event[2])
                in_chapter = True
            elif in_chapter:
                writer.section_start(event[2])
        elif in_chapter:
            writer.paragraph(event[1])
    return in_chapter


def convert_docbook(root, first, stop, writer):
    page = first
    seen = set()
    in_chapter = False
    while page and page != stop and page not in seen:
        seen.add(page)
        path = os.path.join(root, page)
        writer.page_start(page)
        in_chapter = convert_docbook_events(read_page(path, docbook_body, docbook_level), writer, in_chapter)
        with open(path, encoding="utf-8") as f:
            found = re.search(r'<link rel="next" href="([^"]+)"', f.read())
        page = found.group(1) if found else None


def single_level(tag, classes):
    if any(names & ADMONITIONS for names in classes):
        return None
    return HEADINGS[tag]


def convert_single(path, writer):
    events = read_page(path, docbook_body, single_level)
    writer.page_start(os.path.basename(path))
    # the book's own title (the first h1) is not a chapter; later h1s are the chapters and the introduction
    first_heading = next(i for i, event in enumerate(events) if event[0] == "heading")
    for event in events[first_heading + 1:]:
        if event[0] == "anchor":
            writer.anchor(event[1])
        elif event[0] == "heading":
            if event[1] == 1:
                writer.chapter_start(event[2])
            else:
                writer.section_start(event[2])
        else:
            writer.paragraph(event[1])


class IndexReader(html.parser.HTMLParser):
    """The entries of a book's index page as (term, href) pairs. An entry's term is its own leading text (a DocBook
    "deadlock," before its links, or a Sphinx link's text) after its parents' ("append()" then "(collections.deque
    method)"); links that only repeat a target ("[1]", a DocBook link naming the section) add no words."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.entries = []
        self.items = []
        self.link = None
        self.last_dt = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("li", "dt"):
            while self.items and self.items[-1][0] == tag and not self.items[-1][2]:
                self.items.pop()  # a sibling left unclosed
            self.items.append([tag, "", False])
        elif tag == "dd":
            self.items.append([tag, self.last_dt, True])  # a DocBook entry's sub-entries follow its closed dt
        elif tag in ("ul", "dl") and self.items:
            self.items[-1][2] = True
        elif tag == "a" and attrs.get("href") and self.items and not attrs["href"].startswith("#"):
            self.link = [attrs["href"], "", "indexterm" in (attrs.get("class") or "")]

    def handle_endtag(self, tag):
        if tag == "a" and self.link is not None:
            href, text, docbook = self.link
            self.link = None
            if not docbook and not self.items[-1][2] and not re.fullmatch(r"\[\d+\]", clean(text)):
                self.items[-1][1] += " " + text
            # a parent's own qualifier belongs to its own link: "append() (array.array method)" heads deque's too
            parents = [re.sub(r"\s*\([^()]*\)$", "", clean(item[1])) for item in self.items[:-1]]
            words = parents + [clean(self.items[-1][1])]
            term = " ".join(word for word in (word.strip(" ,") for word in words) if word)
            if term:
                self.entries.append((term, href))
        elif tag in ("li", "dt", "dd") and self.items:
            if self.items[-1][0] == "dt":
                self.last_dt = self.items[-1][1]
            self.items.pop()

    def handle_data(self, data):
        if self.link is not None:
            self.link[1] += data
        elif self.items and not self.items[-1][2]:
            self.items[-1][1] += data


def write_index(index_page, places, out_path):
    """The index entries whose link lands in a converted section, as "term<TAB>section number" lines."""
    reader = IndexReader()
    with open(index_page, encoding="utf-8", errors="replace") as f:
        reader.feed(f.read())
    written = set()
    with open(out_path, "w", encoding="utf-8") as out:
        for term, href in reader.entries:
            number = places.get(href) or places.get(href.split("#")[0])
            if number and (term, number) not in written:
                written.add((term, number))
                out.write("%s\t%s\n" % (term.replace("\t", " "), number))
    print("index: %d entries, %d land in the converted sections" % (len(reader.entries), len(written)),
          file=sys.stderr)


def main(args):
    writer = SeedWriter(sys.stdout)
    index = None
    if "--index" in args:
        at = args.index("--index")
        index = args[at + 1:at + 3]
        args = args[:at] + args[at + 3:]
    if len(args) >= 3 and args[0] == "sphinx":
        only, skip, target = [], [], None
        for arg in args[3:]:
            if arg in ("--only", "--skip"):
                target = only if arg == "--only" else skip
            elif target is not None:
                target.append(arg)
            else:
                raise SystemExit("unexpected argument: " + arg)
        convert_sphinx(args[1], args[2], only, skip, writer)
    elif len(args) == 4 and args[0] == "docbook":
        convert_docbook(args[1], args[2], args[3], writer)
    elif len(args) == 2 and args[0] == "docbook-single":
        convert_single(args[1], writer)
    else:
        raise SystemExit(__doc__)
    if index:
        write_index(index[0], writer.places, index[1])
    print("%d chapters, %d sections, %d paragraphs dropped (punctuation only or heading-like)"
          % (writer.chapter, writer.sections, writer.dropped), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
