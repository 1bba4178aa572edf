package studybot.fsrs;

/** How well a card was recalled, FSRS's four grades (the numbers are FSRS's own, used in its formulas). */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }
}
