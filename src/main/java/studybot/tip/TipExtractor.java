package studybot.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;
import studybot.reply.WordCut;

/**
 * Draws study tips from the book's own sentences. A tip must make sense read alone in a channel at 9 am, so it is
 * one or two whole sentences, at most {@value #MAX_LENGTH} characters, that do not lean on what came before
 * ("This is why…", "It's…") and are not questions or small talk. Every section contributes at least one tip, its
 * most self-contained sentence (or, for a section with none, its opening words), so the daily rotation covers the
 * whole book.
 */
public final class TipExtractor {

    /** The longest tip, in characters. */
    public static final int MAX_LENGTH = 300;
    private static final int MIN_LENGTH = 60;
    private static final int TIPS_PER_SECTION = 3;
    private static final int LEANING_PENALTY = 20;
    private static final Set<String> LEANING_OPENERS = Set.of(
            "this", "that", "these", "those", "it", "it's", "it’s", "its", "they", "they're", "they’re", "there",
            "there's", "there’s", "he", "she", "and", "but", "or", "so", "because", "also", "then", "which", "here",
            "one", "right", "alright", "well", "now", "no", "yes", "whatever", "maybe", "excellent",
            "good", "forever", "immediately", "first", "i", "i'm", "i’m", "i'll", "i’ll", "let's", "let’s", "we're",
            "we’re", "think", "forget", "welcome", "blocking", "disabled", "you’ve", "you've", "you", "trying");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    private static final Pattern LEANING_WORD = Pattern.compile("\\b(this|that|it|these|those|them|I)\\b");
    private static final Pattern CHATTER = Pattern.compile(
            "^(right|alright|so|well)\\b|let’s talk|let's talk|you’ve probably|you've probably", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVICE = Pattern.compile(
            "\\b(you|your|should|never|always|don’t|don't|use|pick|choose|need|means|is the|are the)\\b",
            Pattern.CASE_INSENSITIVE);

    public TipDeck extract(Library library) {
        List<Tip> tips = new ArrayList<>();
        for (Section section : library.sections()) {
            tips.addAll(tipsOf(section));
        }
        return new TipDeck(tips);
    }

    private List<Tip> tipsOf(Section section) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> titleWords = titleWords(section);
        for (String paragraph : section.paragraphs()) {
            List<String> sentences = sentences(paragraph);
            for (int i = 0; i < sentences.size(); i++) {
                String first = sentences.get(i);
                String text = first;
                if (text.length() < MIN_LENGTH && i + 1 < sentences.size() && standsAlone(sentences.get(i + 1))) {
                    text = first + " " + sentences.get(i + 1);
                }
                if (text.length() <= MAX_LENGTH && !text.contains("?")) {
                    int penalty = (standsAlone(first) ? 0 : LEANING_PENALTY)
                            + (CHATTER.matcher(text).find() ? LEANING_PENALTY : 0);
                    candidates.add(new Candidate(text, score(text, titleWords) - penalty));
                }
            }
        }
        List<Candidate> ranked = candidates.stream()
                .filter(candidate -> candidate.text.length() >= MIN_LENGTH)
                .sorted(Comparator.comparingInt(Candidate::score).reversed())
                .toList();
        List<Candidate> chosen = ranked.stream().filter(candidate -> candidate.score > 0).limit(TIPS_PER_SECTION).toList();
        if (chosen.isEmpty()) {
            chosen = List.of(ranked.isEmpty() ? new Candidate(fallback(section), 0) : ranked.get(0));
        }
        return chosen.stream().map(candidate -> tip(section, candidate.text)).toList();
    }

    private static boolean standsAlone(String sentence) {
        var words = WORD.matcher(sentence);
        if (!words.find() || !Character.isUpperCase(sentence.codePointAt(0))) {
            return false;
        }
        return !LEANING_OPENERS.contains(words.group().toLowerCase(Locale.ROOT));
    }

    /** Favours sentences about the section's own subject that give advice, and penalises ones that lean on context. */
    private static int score(String text, Set<String> titleWords) {
        int score = 0;
        for (String word : words(text)) {
            if (titleWords.contains(stem(word))) {
                score += 3;
            }
        }
        var advice = ADVICE.matcher(text);
        while (advice.find()) {
            score += 2;
        }
        var leaning = LEANING_WORD.matcher(text);
        while (leaning.find()) {
            score -= 3;
        }
        if (text.length() >= 100 && text.length() <= 220) {
            score += 3;
        }
        return score;
    }

    private static Set<String> titleWords(Section section) {
        Set<String> stems = new HashSet<>();
        for (String word : words(section.title())) {
            if (word.length() > 3) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    /** A section too chatty for a clean tip still contributes its opening words, cut at a word. */
    private static String fallback(Section section) {
        String body = section.paragraphs().isEmpty() ? section.title() : section.paragraphs().get(0);
        return WordCut.toLength(body, MAX_LENGTH);
    }

    private static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String flat = paragraph.replace('\n', ' ');
        iterator.setText(flat);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE;
                start = end, end = iterator.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static Tip tip(Section section, String text) {
        return new Tip(idOf(text), text, section.number());
    }

    private static String idOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Candidate(String text, int score) {
    }
}
