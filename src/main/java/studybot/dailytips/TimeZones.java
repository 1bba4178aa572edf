package studybot.dailytips;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import studybot.reply.UserEcho;

/**
 * IANA timezone names as admins type them: lenient about case, with completions for Discord's autocomplete (which shows
 * at most 25) so nobody has to know whether it is {@code Asia/Kolkata} or {@code Asia/Calcutta}.
 */
public final class TimeZones {

    /** The most of what was typed that an error repeats. */

    /** The refusal's {@code suggestion} when no zone comes close (no zone id is a single lower-case word). */
    private static final String NO_SUGGESTION = "none";

    /** How many completions are offered: as many as fit a chat client's list (transports may show fewer). */
    public static final int MAX_COMPLETIONS = 25;

    private static final Set<String> REGIONS = Set.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");

    private static final Map<String, String> BY_LOWER_CASE_ID = new TreeMap<>(ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toMap(
                    id -> id.toLowerCase(Locale.ROOT), Function.identity(), (first, second) -> first)));

    private TimeZones() {}

    /**
     * The zone named {@code text}, ignoring case ({@code europe/berlin} is {@code Europe/Berlin}).
     *
     * @throws InvalidSettingException when no IANA zone has that name; the message suggests the closest one
     */
    public static ZoneId parse(String text) throws InvalidSettingException {
        String trimmed = text.strip();
        String id = BY_LOWER_CASE_ID.get(trimmed.toLowerCase(Locale.ROOT));
        if (id != null) {
            return ZoneId.of(id);
        }
        String lastPart = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        String suggestion = lastPart.isEmpty()
                ? NO_SUGGESTION
                : complete(lastPart).stream().findFirst().orElse(NO_SUGGESTION);
        throw new InvalidSettingException(
                "setting.zone", Map.of("typed", UserEcho.of(trimmed), "suggestion", suggestion));
    }

    /**
     * Zone ids matching what an admin has typed so far, best first, at most {@link #MAX_COMPLETIONS}. Case and
     * spaces-for-underscores do not matter. A match at the start of the id or of one of its parts ({@code berl} finds
     * {@code Europe/Berlin}, {@code new y} finds {@code America/New_York}) beats a match inside; then region-based ids
     * beat legacy aliases ({@code Asia/Singapore} before {@code Singapore}); then shorter first.
     */
    public static List<String> complete(String typed) {
        String query = normalize(typed.strip());
        return BY_LOWER_CASE_ID.values().stream()
                .map(id -> new Candidate(id, rank(normalize(id), query)))
                .filter(candidate -> candidate.rank().isPresent())
                .sorted(Comparator.comparing(
                                (Candidate candidate) -> candidate.rank().get())
                        .thenComparing(candidate -> isRegional(candidate.id()) ? 0 : 1)
                        .thenComparing(candidate -> candidate.id().length())
                        .thenComparing(Candidate::id))
                .limit(MAX_COMPLETIONS)
                .map(Candidate::id)
                .toList();
    }

    private record Candidate(String id, Optional<Integer> rank) {}

    private static Optional<Integer> rank(String id, String query) {
        if (id.startsWith(query) || Arrays.stream(id.split("/")).anyMatch(part -> part.startsWith(query))) {
            return Optional.of(0);
        }
        return id.contains(query) ? Optional.of(1) : Optional.empty();
    }

    private static boolean isRegional(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && REGIONS.contains(id.substring(0, slash));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
