package studybot.reply;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader can do with a reply: press a button, or pick from a list. Its id is all the state there is
 * ({@code prefix:arg:arg…}, at most 100 characters), so it keeps working after a restart or a reload; the feature that
 * owns the prefix answers it. Where nothing can be clicked (the console), the reader types {@code typed} instead.
 */
public sealed interface ReplyAction {

    /**
     * A button.
     *
     * @param label what the reader sees, e.g. {@code 20.5 ▶}
     * @param id what a click sends back, e.g. {@code nav:20.5:0}
     * @param style the main action of a reply, or one of several ways on
     * @param typed the command that does the same, e.g. {@code /section 20.5}; empty if none does
     * @param startsRow where buttons are laid out in rows (Discord), this one begins a new row, so that a group such as
     *     a question's answers is not mixed with the buttons after it
     */
    record Button(String label, String id, Style style, String typed, boolean startsRow) implements ReplyAction {

        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(typed, "typed");
        }

        /** A button that joins the row of the ones before it while there is room. */
        public Button(String label, String id, Style style, String typed) {
            this(label, id, style, typed, false);
        }

        /** This button, beginning a new row. */
        public Button startingARow() {
            return new Button(label, id, style, typed, true);
        }
    }

    /** How prominent a button is. */
    enum Style {
        PRIMARY,
        SECONDARY
    }

    /**
     * A list to pick one entry from, e.g. the sections a search found.
     *
     * @param id what a pick sends back, with the picked entry's value
     * @param placeholder what the closed list says, e.g. {@code Open a section…}
     */
    record PickList(String id, String placeholder, List<Pick> picks) implements ReplyAction {

        public PickList {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(placeholder, "placeholder");
            picks = List.copyOf(picks);
        }
    }

    /**
     * One entry of a {@link PickList}.
     *
     * @param value what picking it sends back along with the list's id
     * @param typed the command that does the same; empty if none does
     */
    record Pick(String label, String value, String typed) {

        public Pick {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(typed, "typed");
        }
    }
}
