package studybot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.facts.FactLanguage;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Fill-in-the-blank questions on a book in French, Spanish or German, where the word before a blank can give the answer
 * away: "la _____" tells a feminine noun, "l'_____" one that opens with a vowel, "einem _____" a masculine or neuter
 * one. The blank is the fact's subject term, the thing it defines or says something of. The choices are subject terms
 * of facts in other chapters, of the same sort ({@link Sort}): a command for a command, a path for a path, a name for a
 * name. When an article or another word that shows the noun ({@link FactLanguage#showsNoun}) stands before the blank,
 * every choice is one the book itself writes after that very word, and an ordinary noun is asked only when the book's
 * articles tell its gender and each distractor's is the same (a participle later in the sentence agrees with it too).
 * With no such word before it, the answer must be a name or a term written like code. None is in the fact, part of the
 * answer or holding it. A fact with fewer than three such choices has no question: fewer, better questions.
 */
final class AgreeingBlanks {

    private static final int MAX_BLANKS = 2;
    /** The sorts whose distractors are of the answer's kind often enough to ask. */
    private static final Set<Sort> ASKED = Set.of(Sort.COMMAND, Sort.PATH, Sort.NOUN);

    private static final Set<String> COPULAS = Set.of("est", "sont", "es", "son", "ist", "sind");
    /** The subject term opens the fact: it is among its first this many words. */
    private static final int SUBJECT_WORDS = 8;

    /** A program the book names with its manual section: user commands (1) and administration commands (8). */
    private static final Pattern MAN_PAGE_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}_.+-])([\\p{L}\\p{N}_.+-]+)\\([18]\\w*\\)");

    private static final String MAN_PAGE_SUFFIX = "(?:\\(\\d\\w*\\))?";

    private final FactLanguage words;
    private final Map<String, Set<String>> wordsBefore;
    private final Map<String, Set<String>> wordsAfter;
    private final Set<String> commands;
    private final List<Choice> pool;
    private final Map<String, String> sectionTexts;

    private AgreeingBlanks(
            FactLanguage words,
            Map<String, Set<String>> wordsBefore,
            Map<String, Set<String>> wordsAfter,
            Set<String> commands,
            List<Choice> pool,
            Map<String, String> sectionTexts) {
        this.words = words;
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
        this.commands = commands;
        this.pool = pool;
        this.sectionTexts = sectionTexts;
    }

    /** What sort of thing a term names, so that the choices are all of one sort. */
    enum Sort {
        /** A program the book writes with its manual section of commands: "dpkg(1)", "mount(8)". */
        COMMAND,
        /** A file or directory: "/proc". */
        PATH,
        /**
         * A capitalised name: "Debian", "Linux", "Échap". Never asked: the names of one book are of too many kinds
         * (systems, keys, people, fragments of longer names) for a distractor to be of the answer's kind, and several
         * are often true ("le système Linux", "le système Debian").
         */
        NAME,
        /**
         * An acronym that is not a command: "IFS", "MTU", "TCP" name a variable, a setting and a protocol alike, so the
         * sort says too little to choose distractors by; never asked.
         */
        ACRONYM,
        /** An ordinary noun, asked only with its gender known. */
        NOUN,
        /** Anything else written like code (options, devices, package names): never asked, its sort is unclear. */
        OTHER
    }

    /** A subject term or a command of the book offered as a choice, with its sort and its kind. */
    private record Choice(String text, Sort sort, TermKind kind, Pattern asWord) {

        Choice(String text, Sort sort, TermKind kind) {
            this(text, sort, kind, AgreeingBlanks.asWord(text.toLowerCase(Locale.ROOT)));
        }
    }

    static AgreeingBlanks of(Library library, KeyFacts facts, FactLanguage words) {
        Map<String, Set<String>> before = new HashMap<>();
        Map<String, Set<String>> after = new HashMap<>();
        Set<String> commands = new HashSet<>();
        Map<String, String> sectionTexts = new HashMap<>();
        for (Section section : library.sections()) {
            sectionTexts.put(section.number().toString(), String.join("\n", section.paragraphs()));
            for (String paragraph : section.paragraphs()) {
                Matcher manPage = MAN_PAGE_NAME.matcher(paragraph);
                while (manPage.find()) {
                    commands.add(manPage.group(1).toLowerCase(Locale.ROOT));
                }
                List<String> tokens = words.tokens(paragraph);
                String previous = "";
                String previousTerm = "";
                for (String token : tokens) {
                    String term = bare(token).toLowerCase(Locale.ROOT);
                    if (term.isEmpty()) {
                        continue;
                    }
                    if (!previous.isEmpty()) {
                        before.computeIfAbsent(term, key -> new HashSet<>()).add(previous);
                        after.computeIfAbsent(previousTerm, key -> new HashSet<>())
                                .add(term);
                    }
                    previous = words.showsNoun(token) ? token.toLowerCase(Locale.ROOT) : term;
                    previousTerm = term;
                }
            }
        }
        AgreeingBlanks unpooled = new AgreeingBlanks(words, before, after, commands, List.of(), sectionTexts);
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (KeyFact fact : facts.all()) {
            unpooled.subjectTerm(fact)
                    .ifPresent(term -> choices.putIfAbsent(
                            term.text().toLowerCase(Locale.ROOT),
                            new Choice(
                                    unpooled.sortOf(term) == Sort.COMMAND
                                            ? term.text().toLowerCase(Locale.ROOT)
                                            : QuizDeck.display(term),
                                    unpooled.sortOf(term),
                                    term.kind())));
        }
        commands.stream()
                .sorted()
                .forEach(command ->
                        choices.putIfAbsent(command, new Choice(command, Sort.COMMAND, TermKind.of(command))));
        return new AgreeingBlanks(words, before, after, commands, List.copyOf(choices.values()), sectionTexts);
    }

    /**
     * The fact's question: on its subject term, else on the first command it names, when that can be blanked and gets
     * three agreeing distractors.
     */
    Optional<Question> question(KeyFact fact) {
        Optional<Question> onSubject = subjectTerm(fact).flatMap(term -> question(fact, term));
        if (onSubject.isPresent()) {
            return onSubject;
        }
        return fact.terms().stream()
                .filter(term -> sortOf(term) == Sort.COMMAND)
                .findFirst()
                .flatMap(term -> question(fact, term));
    }

    private Optional<Question> question(KeyFact fact, KeyTerm term) {
        Sort sort = sortOf(term);
        Pattern occurrence = occurrence(term, sort);
        List<String> before = new ArrayList<>();
        Matcher matcher = occurrence.matcher(fact.text());
        while (matcher.find()) {
            before.add(wordBefore(fact.text().substring(0, matcher.start())));
        }
        if (before.isEmpty() || before.size() > MAX_BLANKS || !ASKED.contains(sort)) {
            return Optional.empty();
        }
        if (givenAway(fact.text(), term.text()) || partOfName(fact.text(), occurrence)) {
            return Optional.empty();
        }
        List<String> shown =
                before.stream().filter(word -> !word.isEmpty()).distinct().toList();
        if (sort == Sort.NOUN && (!defines(fact, term) || genders(term.text()).isEmpty())) {
            return Optional.empty();
        }
        String cardId = QuizDeck.cardId(QuestionKind.FILL_IN_THE_BLANK, fact);
        String answer = sort == Sort.COMMAND ? term.text().toLowerCase(Locale.ROOT) : QuizDeck.display(term);
        String after = shown.isEmpty() ? wordAfter(fact, term) : "";
        if (sort == Sort.NOUN && !nounEnds(after.isEmpty() ? wordAfter(fact, term) : after)) {
            return Optional.empty();
        }
        String sectionText = sectionText(fact);
        List<String> distractors = distractors(fact, answer, term.kind(), sort, shown, after, sectionText, cardId);
        if (distractors.size() < QuizDeck.CHOICES - 1) {
            return Optional.empty();
        }
        String prompt = occurrence.matcher(fact.text()).replaceAll(Matcher.quoteReplacement(Blanks.BLANK));
        return Optional.of(
                QuizDeck.shuffled(cardId, QuestionKind.FILL_IN_THE_BLANK, prompt, answer, distractors, fact));
    }

    /** The fact's first key term when it is topical, one word, and among the fact's first words: its subject. */
    private Optional<KeyTerm> subjectTerm(KeyFact fact) {
        if (fact.terms().isEmpty()) {
            return Optional.empty();
        }
        KeyTerm term = fact.terms().get(0);
        if (!term.topical() || term.kind().multiword() || term.text().length() < 2) {
            return Optional.empty();
        }
        List<String> opening = words.tokens(fact.text());
        String lower = term.text().toLowerCase(Locale.ROOT);
        boolean opens = opening.subList(0, Math.min(SUBJECT_WORDS, opening.size())).stream()
                .anyMatch(token -> token.toLowerCase(Locale.ROOT).contains(lower));
        return opens ? Optional.of(term) : Optional.empty();
    }

    /**
     * Whether the rest of the fact gives the answer away: a word holding it or held by it ("mini-Debian", "OpenSSH",
     * "TeX" beside "LaTeX"), a word sharing a long stem with a part of it ("diversions" beside "dpkg-divert"), or
     * capitalised words whose capitals spell it ("Secure SHell" beside "SSH").
     */
    static boolean givenAway(String fact, String answer) {
        String lowerAnswer = answer.toLowerCase(Locale.ROOT);
        String rest = fact.replaceAll("(?<![\\p{L}\\p{N}_/.-])" + Pattern.quote(answer) + "(?![\\p{L}\\p{N}_/-])", " ");
        List<String> restWords = List.of(rest.split("[^\\p{L}\\p{N}]+"));
        List<String> parts = List.of(lowerAnswer.split("[^\\p{L}\\p{N}]+"));
        for (String word : restWords) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 3) {
                continue;
            }
            if (lower.contains(lowerAnswer) || lowerAnswer.contains(lower) && lower.length() >= 3) {
                return true;
            }
            for (String part : parts) {
                if (part.length() >= 5 && lower.length() >= 5 && part.regionMatches(0, lower, 0, 5)) {
                    return true;
                }
            }
        }
        if (answer.matches("\\p{Lu}{2,}")) {
            StringBuilder initials = new StringBuilder();
            for (String word : restWords) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    word.chars().filter(Character::isUpperCase).forEach(letter -> initials.append((char) letter));
                } else {
                    initials.setLength(0);
                }
                if (initials.toString().endsWith(answer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a capitalised word stands right before or after the answer: it is part of a longer name. */
    private static boolean partOfName(String fact, Pattern occurrence) {
        Matcher matcher = occurrence.matcher(fact);
        while (matcher.find()) {
            String before = fact.substring(0, matcher.start()).stripTrailing();
            String after = fact.substring(matcher.end());
            boolean capitalisedAfter = after.startsWith(" ")
                    && !after.isBlank()
                    && Character.isUpperCase(after.stripLeading().charAt(0));
            boolean capitalisedBefore = !before.isEmpty()
                    && before.length() < matcher.start()
                    && before.matches("(?s).*\\s\\p{Lu}[\\p{L}]*")
                    && !before.matches("(?s).*[.!?]\\s*\\S*");
            if (capitalisedAfter || capitalisedBefore) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the fact defines the noun: it opens with an article and the noun, then
     * "est"/"sont"/"es"/"son"/"ist"/"sind" and another article ("Les tubes sont une innovation …"). An ordinary noun
     * anywhere else is too often a word of the sentence's context ("La taille est indiquée en Kio") to ask.
     */
    private boolean defines(KeyFact fact, KeyTerm term) {
        List<String> tokens = words.tokens(fact.text());
        return tokens.size() > 3
                && words.article(tokens.get(0))
                && tokens.get(1).equals(term.text())
                && COPULAS.contains(tokens.get(2).toLowerCase(Locale.ROOT))
                && words.article(tokens.get(3));
    }

    /**
     * Whether an ordinary noun ends its phrase before {@code after}: a verb, punctuation or a word that opens another
     * noun follows it ("les tubes sont"), not an adjective or a complement that makes it part of a fixed term ("tube
     * nommé", "courrier électronique").
     */
    private boolean nounEnds(String after) {
        return after.isEmpty()
                || words.propertyVerbs().contains(after)
                || words.negations().contains(after)
                || words.showsNoun(after);
    }

    /** The word right after the fact's subject term, in lower case, past quotes and a manual section; empty if none. */
    String wordAfter(KeyFact fact, KeyTerm term) {
        Matcher matcher = occurrence(term, sortOf(term)).matcher(fact.text());
        if (!matcher.find()) {
            return "";
        }
        String rest = fact.text().substring(matcher.end());
        if (rest.matches("(?s)^\\s*[,;:(].*")) {
            return "";
        }
        for (String token : words.tokens(rest)) {
            String bare = bare(token).toLowerCase(Locale.ROOT);
            if (!bare.isEmpty()) {
                return bare;
            }
        }
        return "";
    }

    private String sectionText(KeyFact fact) {
        return FactLanguage.normalised(sectionTexts.getOrDefault(fact.section().toString(), ""))
                .toLowerCase(Locale.ROOT);
    }

    Sort sortOf(KeyTerm term) {
        String text = term.text();
        if (commands.contains(text.toLowerCase(Locale.ROOT))) {
            return Sort.COMMAND;
        }
        if (text.startsWith("/")) {
            return Sort.PATH;
        }
        return switch (term.kind().shape()) {
            case NAME -> Sort.NAME;
            case ACRONYM -> Sort.ACRONYM;
            case CONCEPT -> Sort.NOUN;
            case IDENTIFIER -> Sort.OTHER;
        };
    }

    private List<String> distractors(
            KeyFact fact,
            String answer,
            TermKind kind,
            Sort sort,
            List<String> shown,
            String after,
            String sectionText,
            String cardId) {
        String lowerAnswer = answer.toLowerCase(Locale.ROOT);
        String lowerFact = FactLanguage.normalised(fact.text()).toLowerCase(Locale.ROOT);
        Set<String> answerGenders = genders(lowerAnswer);
        List<String> candidates = new ArrayList<>();
        for (Choice choice : pool) {
            String lower = choice.text().toLowerCase(Locale.ROOT);
            if (choice.sort() != sort
                    || sort == Sort.NOUN && !choice.kind().equals(kind)
                    || lower.contains(lowerAnswer)
                    || lowerAnswer.contains(lower)
                    || choice.asWord().matcher(lowerFact).find()
                    || choice.asWord().matcher(sectionText).find()
                    || !after.isEmpty()
                            && !wordsAfter.getOrDefault(lower, Set.of()).contains(after)
                    || !shown.stream()
                            .allMatch(word ->
                                    wordsBefore.getOrDefault(lower, Set.of()).contains(word))
                    || sort == Sort.NOUN && !genders(lower).equals(answerGenders)) {
                continue;
            }
            candidates.add(choice.text());
        }
        SplittableRandom random = new SplittableRandom(QuizDeck.seed(cardId + answer));
        List<String> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int attempt = 0;
                attempt < QuizDeck.DRAW_ATTEMPTS && chosen.size() < QuizDeck.CHOICES - 1 && !candidates.isEmpty();
                attempt++) {
            String candidate = candidates.get(random.nextInt(candidates.size()));
            if (seen.add(candidate.toLowerCase(Locale.ROOT))) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /**
     * The genders the book's articles before {@code term} tell, or before its singular for a plural ("les fichiers":
     * "le fichier"); empty when none tells one, or when they disagree.
     */
    private Set<String> genders(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        Set<String> genders = new HashSet<>();
        for (String form : List.of(lower, lower.replaceFirst("(?<=\\p{L}{3})(?:s|x)$", ""))) {
            wordsBefore.getOrDefault(form, Set.of()).stream()
                    .map(words::genderOf)
                    .filter(gender -> !gender.isEmpty())
                    .forEach(genders::add);
        }
        return genders.size() == 1 ? genders : Set.of();
    }

    /**
     * The word right before a blank, in lower case, past any quotes around the blank ("les métadonnées « _____ »" gives
     * "métadonnées"): an elided form keeps its apostrophe ("l'"); empty at the start of the sentence, or after a comma
     * or a bracket, where nothing before the blank constrains it.
     */
    private String wordBefore(String prefix) {
        List<String> tokens = words.tokens(FactLanguage.normalised(prefix));
        for (int at = tokens.size() - 1; at >= 0; at--) {
            String token = tokens.get(at);
            if (words.showsNoun(token)) {
                return token.toLowerCase(Locale.ROOT);
            }
            if (token.matches("[«»\"“”„]+")) {
                continue;
            }
            if (token.matches(".*[,;:()\\[\\]]$")) {
                return "";
            }
            return bare(token).toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** Every occurrence of the term, a command with its manual section ("dpkg(1)" is blanked whole). */
    private static Pattern occurrence(KeyTerm term, Sort sort) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_/.-])" + Pattern.quote(term.text())
                + (sort == Sort.COMMAND ? MAN_PAGE_SUFFIX : "") + "(?![\\p{L}\\p{N}_/-])");
    }

    /** {@code lowerTerm} as a whole word, in text already in lower case. */
    private static Pattern asWord(String lowerTerm) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(lowerTerm) + "(?![\\p{L}\\p{N}_])");
    }

    /** A token without the quotes and punctuation around it, nor a manual section ("dpkg(1)," gives "dpkg"). */
    private static String bare(String token) {
        return token.replaceAll("\\(\\d\\w*\\)[«»\"“”,;:.!]*$", "")
                .replaceAll("^[«»\"“”„(\\[]+|[«»\"“”,;:.!)\\]]+$", "");
    }
}
