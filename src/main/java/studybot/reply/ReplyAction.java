package studybot.reply;

import java.util.Objects;

/**
 * A follow-up the reader can take from a reply, such as "next section" or "open 62.8". It carries everything needed
 * to answer it, so a Discord button can keep it in its {@code custom_id} and still work after a restart.
 *
 * @param label  what the reader sees, e.g. {@code Next: 20.5}
 * @param target the page of the section it opens
 * @param role   navigation (previous, next, page) or a result to open (a search hit)
 */
public record ReplyAction(String label, OpenSection target, Role role) {

    /** How a renderer groups actions: navigation as buttons, results as a pick list. */
    public enum Role { NAVIGATION, RESULT }

    public ReplyAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
    }
}
