package studybot.quiz;

/**
 * How an identifier is written: its letter case (all capitals like a constant, all lower case like a function or a
 * catalog, or mixed like a type or a libpq call), whether it is a call ("len()") and whether it is dotted
 * ("str.format"). Identifiers written differently are different sorts of thing even when the prose names them alike, so
 * a distractor written unlike the answer ("PQresultStatus" beside "pg_init_privs") gives the answer away.
 */
record IdentifierStyle(Letters letters, boolean call, boolean dotted) {

    /** The letter case of an identifier. */
    enum Letters {
        UPPER,
        LOWER,
        MIXED
    }

    static IdentifierStyle of(String text) {
        boolean upper = text.chars().anyMatch(Character::isUpperCase);
        boolean lower = text.chars().anyMatch(Character::isLowerCase);
        Letters letters = upper && lower ? Letters.MIXED : upper ? Letters.UPPER : Letters.LOWER;
        String name = text.endsWith("()") ? text.substring(0, text.length() - 2) : text;
        return new IdentifierStyle(letters, text.endsWith(")"), name.contains("."));
    }
}
