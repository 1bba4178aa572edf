package studybot.discord;

import java.util.function.Supplier;
import studybot.command.Asker;

/**
 * Who asked, worked out once by whichever thread needs it first: normally the foresight thread, in arrival order, then
 * the handler gets it ready-made. Working it out reads the server, the member's permissions and the locales from JDA,
 * and JDA's gateway thread, which reads every interaction and so delays every acknowledgement by what it does, need
 * not.
 */
final class AskerOnce implements Supplier<Asker> {

    private final Supplier<Asker> working;
    private Asker asker;

    AskerOnce(Supplier<Asker> working) {
        this.working = working;
    }

    @Override
    public synchronized Asker get() {
        if (asker == null) {
            asker = working.get();
        }
        return asker;
    }
}
