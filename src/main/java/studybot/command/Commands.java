package studybot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The book commands by name, in the order {@code /help} lists them. */
public final class Commands {

    private final Map<String, BookCommand> byName = new LinkedHashMap<>();

    public Commands(List<BookCommand> commands) {
        for (BookCommand command : commands) {
            if (byName.putIfAbsent(command.spec().name(), command) != null) {
                throw new IllegalArgumentException("two commands are named " + command.spec().name());
            }
        }
    }

    public Optional<BookCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<BookCommand> all() {
        return List.copyOf(byName.values());
    }
}
