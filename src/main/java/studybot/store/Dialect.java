package studybot.store;

/**
 * The SQL flavour a {@link Store} speaks. Most statements are written once for both (see the package documentation);
 * the schema differs, so each feature keeps its migrations in one folder per dialect, named by {@link #folder()}.
 */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder under a feature's migration location that holds this dialect's scripts. */
    public String folder() {
        return folder;
    }
}
