package studybot.progress;

import java.util.Objects;

/** A member who opted in to be named, with where they stand and how many sections they are behind. */
public record NamedStanding(long memberId, Standing standing, int behind) {

    public NamedStanding {
        Objects.requireNonNull(standing, "standing");
    }
}
