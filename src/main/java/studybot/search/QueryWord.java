package studybot.search;

/**
 * One word of what the user typed, lowercased, with where it sits in their text so a correction can replace exactly
 * that word and leave the rest as typed.
 */
record QueryWord(String text, int start, int end) {

    boolean hasLetter() {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
