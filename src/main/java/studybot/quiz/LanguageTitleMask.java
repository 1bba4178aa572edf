package studybot.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks a section title's words in a fact of a French, Spanish or German book, so a "which section says this?" question
 * does not give its answer away: every word of the fact whose stem ({@link LanguageStems}: the language's own stemmer,
 * accents folded) is a title word's stem, starts with one or is the start of one ("configurer" beside "Configuration"),
 * is masked, keeping an elided article ("l'▢▢▢"). In a language that joins nouns into one word (German), a word holding
 * a title word's stem, or held by one, is masked too ("Paketverwaltung" beside "Pakete"). Stop words of the title
 * ("de", "la", "der") are not title words.
 *
 * <p>{@link #question} also says whether the masked fact is still worth asking: no title word inside a name or a path,
 * no title word showing in another form ({@link #leaks}: inside a name, as an acronym, as its expansion, without its
 * ending), and it must stay readable: at most {@value TitleMask#MAX_MASKS} masks, on at most a quarter of its words.
 */
final class LanguageTitleMask implements MaskedTitle {

    /** The shortest stem a longer word's start may hold, or a word of the fact be the start of. */
    private static final int MIN_ROOT = 4;
    /** The shortest stem looked for anywhere in the masked fact, or inside a compound. */
    private static final int MIN_CLIPPED = 5;

    /** The longest a function word the stop words miss may be. */
    private static final int SHORT = 3;
    /** The share of the book's sections above which a short title word is a function word. */
    private static final double FUNCTION_WORD_SHARE = 0.5;

    /** A title word in capitals or with a digit ("MD5", "UUID"): it may start a name ("md5sum") that gives it away. */
    private static final Pattern ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}{2,}|\\p{L}+\\d[\\p{L}\\d]*)(?![\\p{L}\\p{N}])");

    /**
     * A capitalised title word: any two in a row (skipping lower-case words) may be spelled as the initials of an
     * acronym in the fact ("SSH" beside "Secure Shell", "SPI" beside "Software in the Public Interest").
     */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");
    /** An acronym of the fact. */
    private static final Pattern FACT_ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?![\\p{Ll}])");
    /**
     * An acronym in brackets right after masked words ("▢▢▢ ▢▢▢ (SSH)", "La ▢▢▢ de ▢▢▢ ▢▢▢ (LVM)"): it spells what the
     * masks hide.
     */
    private static final Pattern ACRONYM_OF_MASKS =
            Pattern.compile(Pattern.quote(TitleMask.MASK) + "(?:\\s+\\S+){0,3}\\s*\\(\\p{Lu}{2,}");

    private static final Pattern NOT_A_CAPITAL = Pattern.compile("[^\\p{Lu}]+");
    /**
     * At most this many letters a title word may have past a word of the fact that it starts with ("procfs", "/proc").
     */
    private static final int SHORT_ENDING = 2;
    /** A stem this short is looked for only at the start of a word of the masked fact ("texlive" beside "TeX"). */
    private static final int MIN_LEAK = 3;

    private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,2}['’]");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A word of letters only: a title word inside a name ("registre_config.txt") cannot be masked without the name. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** Punctuation around a word that leaves it a word ("« registre »", "(Kassenbuch)", "caisse,"). */
    private static final Pattern EDGES = Pattern.compile("^[«»\"“”„‘’'(\\[]+|[«»\"“”„‘’')\\],;:.!?]+$");
    /** A word, or words joined by hyphens ("Debian-Paket"), maybe after an elided article. */
    private static final Pattern PLAIN_WORD = Pattern.compile("(?:\\p{L}{1,2}['’])?\\p{L}+(?:-\\p{L}+)*");

    private final LanguageStems stems;
    private final Set<String> titleStems;
    private final boolean compounds;
    private final Set<String> acronyms;
    private final Set<String> initials;

    private LanguageTitleMask(
            LanguageStems stems,
            Set<String> titleStems,
            boolean compounds,
            Set<String> acronyms,
            Set<String> initials) {
        this.stems = stems;
        this.titleStems = Set.copyOf(titleStems);
        this.compounds = compounds;
        this.acronyms = Set.copyOf(acronyms);
        this.initials = Set.copyOf(initials);
    }

    /**
     * The mask of {@code title}; {@code compounds} says whether the language joins nouns into one word (German), so a
     * part of a word is a form of a title word. A short title word most of the book's sections use is a function word
     * the stop words miss ("est", "ist" in a question title): it is not masked.
     */
    static LanguageTitleMask of(String title, LanguageStems stems, boolean compounds, StemSpread spread) {
        Set<String> titleStems = stems.words(title).stream()
                .map(LanguageStems.Word::stem)
                .filter(stem -> stem.codePoints().anyMatch(Character::isLetter))
                .filter(stem -> stem.length() > SHORT || spread.share(stem) <= FUNCTION_WORD_SHARE)
                .collect(Collectors.toSet());
        Set<String> acronyms = ACRONYM.matcher(title)
                .results()
                .map(match -> LanguageStems.folded(match.group()))
                .collect(Collectors.toCollection(HashSet::new));
        String initials = CAPITALISED
                .matcher(title)
                .results()
                .map(match -> match.group().substring(0, 1))
                .collect(Collectors.joining())
                .toLowerCase(Locale.ROOT);
        Set<String> pairs = new HashSet<>();
        for (int start = 0; start + 1 < initials.length(); start++) {
            pairs.add(initials.substring(start, start + 2));
        }
        return new LanguageTitleMask(stems, titleStems, compounds, acronyms, pairs);
    }

    /** Whether another title has a word of this one, in any of its forms. */
    @Override
    public boolean sharesWordWith(String other) {
        return stems.words(other).stream().anyMatch(word -> titleWord(word.stem()));
    }

    /**
     * The fact with every form of the title's words masked, or empty when a title word still shows or the masks would
     * leave too little to read.
     */
    @Override
    public Optional<String> question(String fact) {
        StringBuilder masked = new StringBuilder();
        int masks = 0;
        int copied = 0;
        for (LanguageStems.Word word : stems.words(fact)) {
            if (!titleWord(word.stem())) {
                continue;
            }
            var elided = ELIDED.matcher(fact.substring(word.start(), word.end()));
            int start = word.start() + (elided.find() ? elided.end() : 0);
            if (!LETTERS.matcher(fact.substring(start, word.end())).matches() || insideAName(fact, start, word.end())) {
                return Optional.empty();
            }
            masked.append(fact, copied, start).append(TitleMask.MASK);
            copied = word.end();
            masks++;
        }
        masked.append(fact.substring(copied));
        String question = masked.toString();
        return leaks(question) ? Optional.empty() : readable(question, masks);
    }

    /**
     * Whether the masked fact still shows the title: a stem of {@value #MIN_CLIPPED} letters or more anywhere, a
     * shorter one at a word's start, a word starting with a title word in capitals or with a digit, an acronym of the
     * fact made of the initials of two title words, or one in brackets after masked words.
     */
    private boolean leaks(String question) {
        String folded = LanguageStems.folded(question);
        List<String> factAcronyms = FACT_ACRONYM
                .matcher(question)
                .results()
                .map(match -> LanguageStems.folded(match.group()))
                .toList();
        return titleStems.stream()
                        .anyMatch(stem -> stem.length() >= MIN_CLIPPED
                                ? folded.contains(stem)
                                : stem.length() >= MIN_LEAK
                                        && wordStart(stem).matcher(folded).find())
                || acronyms.stream()
                        .anyMatch(acronym -> wordStart(acronym).matcher(folded).find())
                || initials.stream().anyMatch(pair -> factAcronyms.stream().anyMatch(word -> word.startsWith(pair)))
                || ACRONYM_OF_MASKS.matcher(question).find()
                || spellsATitleAcronym(question)
                || clipsATitleWord(folded);
    }

    /**
     * Whether the fact's capitals, read in order, spell a title acronym of three letters or more: its expansion
     * ("Secure SHell" beside "SSH") or a name holding it ("OpenSSH").
     */
    private boolean spellsATitleAcronym(String question) {
        String capitals = LanguageStems.folded(NOT_A_CAPITAL.matcher(question).replaceAll(""));
        return acronyms.stream().filter(acronym -> acronym.length() >= MIN_LEAK).anyMatch(capitals::contains);
    }

    /**
     * Whether a word of the fact is a title word without its last letters, but for a short ending ("/proc" beside
     * "procfs", "/sys" beside "sysfs").
     */
    private boolean clipsATitleWord(String folded) {
        return LETTERS.matcher(folded)
                .results()
                .map(MatchResult::group)
                .anyMatch(word -> word.length() >= MIN_LEAK
                        && titleStems.stream()
                                .anyMatch(stem -> stem.length() > word.length()
                                        && stem.length() - word.length() <= SHORT_ENDING
                                        && stem.startsWith(word)));
    }

    private static Pattern wordStart(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text));
    }

    /**
     * Whether the word from {@code start} to {@code end} is part of a path or code name ("/lib/systemd/systemd",
     * "/etc/alternatives/"): masking it would hide what the fact is about.
     */
    private static boolean insideAName(String fact, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(fact.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < fact.length() && !Character.isWhitespace(fact.charAt(to))) {
            to++;
        }
        return !PLAIN_WORD
                .matcher(EDGES.matcher(fact.substring(from, to)).replaceAll(""))
                .matches();
    }

    private static Optional<String> readable(String question, int masks) {
        long words = WORD.matcher(question).results().count();
        return masks > TitleMask.MAX_MASKS || masks * 4 > words ? Optional.empty() : Optional.of(question);
    }

    private boolean titleWord(String stem) {
        for (String title : titleStems) {
            if (stem.equals(title)
                    || title.length() >= MIN_ROOT && stem.startsWith(title)
                    || stem.length() > MIN_ROOT && title.startsWith(stem)
                    || compounds
                            && (title.length() >= MIN_CLIPPED && stem.contains(title)
                                    || stem.length() >= MIN_CLIPPED && title.contains(stem))) {
                return true;
            }
        }
        return false;
    }
}
