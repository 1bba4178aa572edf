package studybot.command;

import java.util.List;
import java.util.Objects;

/**
 * A feature whose answers read or write the store, as the composition root built it (over tables it declared). The
 * registry runs every command and click route of such a feature where store work runs, so a slow or locked store never
 * delays the answers that don't need it; nothing inside the feature has to remember to say so.
 */
public record StoreFeature(Feature feature) implements Feature {

    public StoreFeature {
        Objects.requireNonNull(feature, "feature");
    }

    @Override
    public List<BotCommand> commands() {
        return feature.commands();
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return feature.clickRoutes();
    }
}
