package studybot.section;

/** How many typing slips (a letter wrong, missing, extra, or two swapped) separate a typed word from a title word. */
final class EditDistance {

    private EditDistance() {}

    /** The optimal-string-alignment distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int within(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowBest = Math.min(rowBest, best);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}
