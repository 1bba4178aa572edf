package studybot.facts;

import java.util.regex.Pattern;

/**
 * What sort of term a key term is, so that a distractor can be of the same sort: a product or proper name for a name,
 * an acronym for an acronym, an identifier from code for an identifier, a lower-case mechanism or concept for a
 * concept, and a phrase of several words for a phrase. Plural and singular ordinary words are kept apart too, so the
 * blank reads grammatically whichever choice fills it.
 */
public record TermKind(Shape shape, boolean multiword, boolean plural) {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}s?");
    private static final Pattern IDENTIFIER = Pattern.compile(".*[\\d_./-].*|.*\\p{Ll}\\p{Lu}.*");

    /** The sort of term, from how it is written. */
    public enum Shape {
        /** Capitalised words: products, projects, named features ("Redis", "Read Replicas"). */
        NAME,
        /** All capitals ("VPC", "TLB"). */
        ACRONYM,
        /** Written like code: digits, underscores, dots, hyphens, inner capitals ("psycopg2", "SCHED_FIFO"). */
        IDENTIFIER,
        /** An ordinary lower-case word or phrase: a mechanism or concept ("replication", "page table"). */
        CONCEPT
    }

    public static TermKind of(String term) {
        boolean multiword = term.strip().contains(" ");
        Shape shape;
        if (!multiword && ACRONYM.matcher(term).matches()) {
            shape = Shape.ACRONYM;
        } else if (!multiword && IDENTIFIER.matcher(term).matches()) {
            shape = Shape.IDENTIFIER;
        } else if (Character.isUpperCase(term.codePointAt(0))) {
            shape = Shape.NAME;
        } else {
            shape = Shape.CONCEPT;
        }
        String last = term.substring(term.lastIndexOf(' ') + 1);
        boolean plural = shape == Shape.CONCEPT && last.endsWith("s") && !last.endsWith("ss");
        return new TermKind(shape, multiword, plural);
    }
}
