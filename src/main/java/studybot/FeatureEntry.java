package studybot;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import studybot.command.Feature;
import studybot.command.StoreFeature;
import studybot.store.Migrations;

/**
 * One line of the {@link CompositionRoot}'s feature list: how the feature is built from the shared parts, and the
 * tables it keeps in the store. The store's schema list is derived from these, so a feature's tables exist wherever the
 * feature does, and a feature with tables has its commands and clicks run where store work runs.
 *
 * @param tables the schema histories of every table the feature reads or writes, its own and those it shares
 * @param usesStore whether its commands and clicks touch the store at all
 */
record FeatureEntry(Function<FeatureParts, Feature> build, List<Migrations> tables, boolean usesStore) {

    FeatureEntry {
        Objects.requireNonNull(build, "build");
        tables = List.copyOf(tables);
    }

    /**
     * The feature, built: a {@link StoreFeature} when it uses the store, so the registry runs its commands and clicks
     * where store work runs.
     */
    Feature feature(FeatureParts parts) {
        Feature feature = build.apply(parts);
        return usesStore ? new StoreFeature(feature) : feature;
    }

    /** A feature that answers from the book alone. */
    static FeatureEntry ofBook(Function<FeatureParts, Feature> build) {
        return new FeatureEntry(build, List.of(), false);
    }

    /**
     * A feature that reads or writes whichever tables the other features keep (a member's data everywhere): its
     * commands run where store work runs, and it adds no table of its own.
     */
    static FeatureEntry acrossEveryTable(Function<FeatureParts, Feature> build) {
        return new FeatureEntry(build, List.of(), true);
    }

    /** A feature that also reads or writes these tables. */
    static FeatureEntry withTables(Function<FeatureParts, Feature> build, Migrations... tables) {
        return new FeatureEntry(build, List.of(tables), true);
    }
}
