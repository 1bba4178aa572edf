package studybot.library.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A heading split into the number a book prints and the title: "20.4. Resource Consumption", "Chapter 20. Server
 * Configuration", "Appendix B — Tools", "A.3 Limits", and in the book's language: "Chapitre 1. Didacticiels", "第1章
 * チュートリアル", "附录 A. 附录". Every format's importer reads headings through this one class, so an HTML page and a PDF
 * bookmark with the same text get the same number. Plain words are never read as a number ("A Tour of Python" is a
 * title; a lone capital is a number only with a dot after it, "B. Tools"), nor is a year ("2024 Annual Report"). A
 * heading that is only a label ("Chapter 3") keeps it as its title, having no other.
 *
 * @param printedNumber the number as printed ({@code 20.4}, {@code A}, {@code IV}), or empty
 */
public record NumberedTitle(String printedNumber, String title) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The words books print before a chapter's, a part's, an appendix's or a section's number, in the languages
     * DocBook, Sphinx, LaTeX and texinfo label headings in: "Chapitre 1.", "Capítulo 1.", "Capitolo 1.", "Hoofdstuk 1",
     * "Глава 1", "Rozdział 1". The label's case does not matter, the number's does: "Parte civil" is no part CIVIL.
     */
    private static final String LABELS = "Chapter|Part|Appendix|Section" // English
            + "|Kapitel|Teil|Anhang|Abschnitt" // German (Kapitel also Swedish, Danish, Norwegian)
            + "|Chapitre|Partie|Annexe" // French
            + "|Cap[ií]tulo|Ap[ée]ndice|Secci[óo]n" // Spanish
            + "|Capitolo|Parte|Appendice|Sezione" // Italian (Parte also Spanish, Portuguese)
            + "|Ap[êe]ndice|Anexo|Sec[çc][ãa]o|Se[çc][ãa]o" // Portuguese
            + "|Hoofdstuk|Deel|Bijlage" // Dutch
            + "|Bilaga|Liite|Luku|Kapitola|Příloha|Rozdział|Dodatek" // Swedish, Finnish, Czech, Polish
            + "|Глава|Часть|Приложение|Раздел"; // Russian

    private static final Pattern NAMED = Pattern.compile(
            "(?:" + LABELS + ")\\s+(\\d{1,4}|(?-i:[A-Z]|[IVXLC]{1,8}))(?=$|[\\s.:])"
                    + "[.:]?\\s*(?:[-\u2013\u2014:]\\s*)?(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Chinese, Japanese and Korean labels around or before the number: "第1章 …", "第 1 章 …" (chapter), "第2部" (part), "제 1
     * 장" and "1장." (Korean chapter), "付録A …", "附录 A. …", "부록 A" (appendix).
     */
    private static final Pattern CJK_NAMED =
            Pattern.compile("(?:[第제]\\s*(\\d{1,4})\\s*[章部장편]|(\\d{1,4})\\s*[장편](?=$|[\\s.:])"
                    + "|(?:付録|附录|附錄|부록)\\s*([A-Z])(?=$|[\\s.:]))[.:]?\\s*(.*)");

    private static final Pattern DOTTED =
            Pattern.compile("((?:\\d{1,3}|[A-Z])(?:\\.\\d{1,3})+|\\d{1,3}|[A-Z](?=\\.))\\.?\\s+(\\S.*)");

    /** Splits a heading's text; whitespace is folded and a trailing pilcrow or anchor sign dropped. */
    public static NumberedTitle of(String heading) {
        String text = clean(heading);
        return parse(text).orElseGet(() -> new NumberedTitle("", text));
    }

    /** The heading's printed number and title, or empty when it prints no number. */
    public static Optional<NumberedTitle> parse(String heading) {
        String text = clean(heading);
        Matcher named = NAMED.matcher(text);
        if (named.matches()) {
            String rest = named.group(2).strip();
            return Optional.of(
                    new NumberedTitle(named.group(1).toUpperCase(Locale.ROOT), rest.isEmpty() ? text : rest));
        }
        Matcher cjk = CJK_NAMED.matcher(text);
        if (cjk.matches()) {
            String number = Stream.of(cjk.group(1), cjk.group(2), cjk.group(3))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            String rest = cjk.group(4).strip();
            return Optional.of(new NumberedTitle(number, rest.isEmpty() ? text : rest));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.matches()) {
            return Optional.of(
                    new NumberedTitle(dotted.group(1), dotted.group(2).strip()));
        }
        return Optional.empty();
    }

    /** The printed number as integers, {@code [20, 4]} for 20.4; empty for letters, roman numerals or none. */
    public static Optional<List<Integer>> parts(String printedNumber) {
        if (!printedNumber.matches("\\d{1,4}(?:\\.\\d{1,4})*")) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : printedNumber.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return Optional.of(List.copyOf(parts));
    }

    private static String clean(String heading) {
        String text =
                SPACES.matcher(heading.replace('\u00a0', ' ')).replaceAll(" ").strip();
        return text.replaceAll("[\u00b6#\u00a7]+$", "").strip();
    }
}
