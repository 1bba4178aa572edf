package studybot.shelf.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import studybot.book.BookLanguageNote;
import studybot.command.Access;
import studybot.command.Asker;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.config.UploadsConfig;
import studybot.library.Library;
import studybot.library.imports.LoadReport;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.shelf.BookId;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;
import studybot.shelf.UploadOutcome;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * {@code /book}: the books there are ({@code list}, {@code info}, for everyone), which one a server reads ({@code use},
 * for server managers; in direct messages a member picks their own), and a server's own books ({@code add} and
 * {@code remove}, for server managers, answered privately). Removing asks first, with a button whose id carries a
 * one-time nonce.
 */
public final class BookFeature implements Feature {

    static final String NAME = "book";
    static final String LIST = "list";
    static final String INFO = "info";
    static final String USE = "use";
    static final String ADD = "add";
    static final String REMOVE = "remove";
    static final String FORGET = "forget";
    static final String BOOK = "book";
    static final String FILE = "file";
    /** The id prefix of the remove confirmation: {@code book:remove:<book id>:<nonce>}. */
    static final String PREFIX = "book";

    private static final int MAX_CHOICES = 25;
    private static final int OUTLINE_CHAPTERS = 12;

    private final Shelf shelf;
    private final BookPlaces places;
    private final UploadsConfig uploads;
    private final BookData data;
    private final ConfirmationNonces nonces;

    /** @param data members' plans and read marks per book, deleted with a book and listed when left behind */
    public BookFeature(Shelf shelf, BookPlaces places, UploadsConfig uploads, BookData data, Clock clock) {
        this.shelf = shelf;
        this.places = places;
        this.uploads = uploads;
        this.data = data;
        this.nonces = new ConfirmationNonces(clock);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(new BookCommand());
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(PREFIX, ClickMode.PRIVATE_REPLY, this::click));
    }

    private final class BookCommand implements BotCommand {

        @Override
        public CommandSpec spec() {
            List<SubcommandSpec> subcommands = new ArrayList<>(List.of(
                    new SubcommandSpec(LIST, "The books there are, and which one is read here"),
                    new SubcommandSpec(
                            INFO,
                            "Title, author, outline and load report of a book",
                            List.of(OptionSpec.text(BOOK, "The book's id (the one read here if not given)", 64)
                                    .optional()
                                    .withAutocomplete())),
                    new SubcommandSpec(
                            USE,
                            "Read another book here (server managers; elsewhere, your own)",
                            List.of(OptionSpec.text(BOOK, "The book's id, from /book list", 64)
                                    .withAutocomplete()))));
            subcommands.add(new SubcommandSpec(
                    ADD,
                    "Bring this server's own book: EPUB, PDF, Markdown or a zip of HTML pages (server managers)",
                    List.of(OptionSpec.attachment(FILE, "The book's file", uploads.maxBytes()))));
            subcommands.add(new SubcommandSpec(
                    REMOVE,
                    "Remove one of this server's own books (server managers; asks first)",
                    List.of(OptionSpec.text(BOOK, "The book's id", 64).withAutocomplete())));
            subcommands.add(new SubcommandSpec(
                    FORGET,
                    "Delete the plans and read marks a book no longer here left (server managers)",
                    List.of(OptionSpec.text(BOOK, "The book's id, from /book list", 64))));
            return CommandSpec.withSubcommands(
                    NAME,
                    "The books studybot reads from",
                    Access.EVERYONE,
                    Reach.EVERYWHERE,
                    subcommands.toArray(SubcommandSpec[]::new));
        }

        @Override
        public Reply answer(CommandCall call) {
            Asker asker = call.asker();
            try {
                return switch (call.subcommand()) {
                    case INFO -> info(asker, call.options().optionalText(BOOK));
                    case USE -> use(asker, call.options().text(BOOK).strip());
                    case ADD -> add(asker, call.options().attachment(FILE));
                    case REMOVE ->
                        confirmRemove(asker, call.options().text(BOOK).strip());
                    case FORGET -> forget(asker, call.options().text(BOOK).strip());
                    default -> list(asker);
                };
            } catch (StoreBusyException e) {
                return Reply.problem("The store is busy, try again in a moment. Nothing was changed.");
            } catch (StoreUnwritableException e) {
                return Reply.problem("Nothing was changed: studybot cannot write its store right now. The bot's host "
                        + "has been told in the log; try again once it is fixed.");
            }
        }

        @Override
        public List<Choice> complete(CompletionCall call) {
            String typed = call.typed().strip().toLowerCase(Locale.ROOT);
            Place place = call.asker().place();
            return shelf.booksFor(owner(place)).stream()
                    .filter(book -> !call.subcommand().equals(REMOVE) || book.uploadedBy(place.storageKey()))
                    .filter(book -> book.id().value().contains(typed)
                            || book.title().toLowerCase(Locale.ROOT).contains(typed))
                    .limit(MAX_CHOICES)
                    .map(book -> new Choice(
                            book.id().value() + " – " + book.title(), book.id().value()))
                    .toList();
        }
    }

    private Reply list(Asker asker) {
        Place place = asker.place();
        Optional<ShelvedBook> reading = places.bookOf(place.storageKey(), member(place));
        List<Text> lines = new ArrayList<>();
        for (ShelvedBook book : shelf.booksFor(owner(place))) {
            Text.Builder line = Text.builder().code(book.id().value()).plain(" " + book.title() + byAuthor(book));
            if (owner(place).isPresent() && book.uploadedBy(place.storageKey())) {
                line.plain(place.isServer() ? " (this server's own)" : " (uploaded here)");
            }
            if (reading.isPresent() && reading.get() == book) {
                line.strong(" ← read here");
            }
            lines.add(line.build());
        }
        if (lines.isEmpty()) {
            return Reply.problem("No book is loaded yet; try again in a moment.");
        }
        if (!place.isPersonal() && asker.managesServer()) {
            List<String> left = leftBehind(place);
            if (!left.isEmpty()) {
                lines.add(Text.builder()
                        .plain("Plans and read marks left by books no longer here: ")
                        .code(String.join(", ", left))
                        .plain(" (")
                        .code("/book forget")
                        .plain(" deletes them)")
                        .build());
            }
        }
        String how = !place.isPersonal()
                ? "`/book use` picks the book read here (Manage Server)."
                : "`/book use` picks your own book, read wherever studybot is not installed in the server"
                        + " (DMs, group DMs, servers without studybot).";
        return Reply.content("Books", Text.lines(lines).append(Text.markup("\n\n" + how)));
    }

    private Reply info(Asker asker, Optional<String> id) {
        Place place = asker.place();
        Optional<ShelvedBook> book = id.isPresent() && !id.get().isBlank()
                ? shelf.find(owner(place), id.get().strip())
                : places.bookOf(place.storageKey(), member(place));
        if (book.isEmpty()) {
            return unknownBook(asker, id.orElse(""));
        }
        ShelvedBook shown = book.get();
        Optional<Library> library = shown.ifLoaded().map(edition -> edition.library());
        Text.Builder text = Text.builder().plain("Id: ").code(shown.id().value());
        if (!shown.author().isEmpty()) {
            text.plain("\nAuthor: " + shown.author());
        }
        library.flatMap(loaded -> BookLanguageNote.of(loaded.language())).ifPresent(note -> text.plain("\n" + note));
        library.ifPresent(loaded -> {
            text.plain("\nOutline: " + loaded.chapters().size() + " chapters, " + loaded.size() + " sections");
            loaded.chapters().stream()
                    .limit(OUTLINE_CHAPTERS)
                    .forEach(chapter -> text.plain("\n  " + chapter + " "
                            + loaded.chapterTitle(chapter).orElse("")));
            if (loaded.chapters().size() > OUTLINE_CHAPTERS) {
                text.plain("\n  … and " + (loaded.chapters().size() - OUTLINE_CHAPTERS) + " more chapters");
            }
        });
        if (library.isEmpty()) {
            text.plain("\nStill being indexed.");
        }
        List<String> report = shown.report().map(LoadReport::lines).orElse(List.of());
        if (!report.isEmpty()) {
            text.plain("\n\nLoad report:").codeBlock(String.join("\n", report));
        }
        return Reply.content(shown.title(), text.build());
    }

    private Reply use(Asker asker, String id) {
        Place place = asker.place();
        if (place.isServer() && !asker.managesServer()) {
            return managersOnly(USE);
        }
        Optional<ShelvedBook> book = shelf.find(owner(place), id);
        if (book.isEmpty()) {
            return unknownBook(asker, id);
        }
        places.choose(place.storageKey(), member(place), book.get().id());
        Text.Builder text = Text.builder();
        if (asker.inServerWithoutStudybot()) {
            text.plain("studybot isn't installed in this server, so this is your own book, not the server's. ");
        }
        text.plain((place.isPersonal() ? "You read " : "This server reads ")
                        + book.get().title() + " (")
                .code(book.get().id().value())
                .plain(") from now on: /section, /search, /tip and the quiz answer from it");
        if (place.isPersonal()) {
            text.plain(" in studybot's DMs, group DMs and servers without studybot");
        }
        Reply reply = Reply.content("Book chosen", text.plain(".").build());
        return place.isServer() ? reply.toAskerOnly() : asker.aboutThemselves(reply);
    }

    private Reply add(Asker asker, Optional<Path> file) {
        if (asker.place().isPersonal()) {
            return Reply.problem(Text.builder()
                    .code("/book add")
                    .plain(" works only in a server that has studybot: the book becomes that server's own.")
                    .build());
        }
        if (!asker.managesServer()) {
            return managersOnly(ADD);
        }
        if (file.isEmpty()) {
            return Reply.problem("Attach the book's file to /book add.");
        }
        Path path = file.get();
        UploadOutcome outcome =
                shelf.add(asker.place().storageKey(), path, path.getFileName().toString());
        Text report = outcome.reportLines().isEmpty()
                ? Text.empty()
                : Text.builder()
                        .codeBlock(String.join("\n", outcome.reportLines()))
                        .build();
        if (!outcome.isAdded()) {
            return Reply.problem(Text.plain("The book was not added: " + outcome.problem() + "\n")
                            .append(report))
                    .toAskerOnly();
        }
        ShelvedBook book = outcome.book();
        return Reply.content(
                        "Book added",
                        Text.builder()
                                .plain(book.title() + " is now this server's own book, id ")
                                .code(book.id().value())
                                .plain(". ")
                                .code("/book use book:" + book.id().value())
                                .plain(" makes it the one read here.\n")
                                .append(report)
                                .build())
                .toAskerOnly();
    }

    private Reply confirmRemove(Asker asker, String id) {
        if (asker.place().isPersonal()) {
            return Reply.problem(Text.builder()
                    .code("/book remove")
                    .plain(" works only in the server whose book it is, which has studybot.")
                    .build());
        }
        if (!asker.managesServer()) {
            return managersOnly(REMOVE);
        }
        long server = asker.place().storageKey();
        Optional<ShelvedBook> book = shelf.find(OptionalLong.of(server), id).filter(found -> found.uploadedBy(server));
        if (book.isEmpty()) {
            return Reply.problem(Text.builder()
                    .plain("This server has no book of its own with the id ")
                    .code(id)
                    .plain(". The seeds folder's books are the bot operator's; `/book list` marks this server's own.")
                    .build());
        }
        String nonce =
                nonces.issue(removeKey(server, asker.userId(), book.get().id().value()));
        return Reply.content(
                        "Remove " + book.get().title() + "?",
                        Text.plain("This deletes the book from this server. Places reading it go back to the"
                                + " default book. It can't be undone."))
                .withActions(List.of(new ReplyAction.Button(
                        "Remove the book",
                        PREFIX + ":" + REMOVE + ":" + book.get().id().value() + ":" + nonce,
                        ReplyAction.Style.PRIMARY,
                        "")))
                .toAskerOnly();
    }

    private Reply click(ClickCall click) {
        List<String> args = click.args();
        Asker asker = click.asker();
        if (args.size() != 3 || !args.get(0).equals(REMOVE) || !BookId.isValid(args.get(1))) {
            return Reply.problem("This button isn't valid. Nothing was changed.");
        }
        if (!asker.managesServer() || asker.place().isPersonal()) {
            return managersOnly(REMOVE);
        }
        long server = asker.place().storageKey();
        BookId id = new BookId(args.get(1));
        if (!nonces.redeem(removeKey(server, asker.userId(), id.value()), args.get(2))) {
            return Reply.problem(Text.builder()
                    .plain("This confirmation isn't valid (used, expired, or not yours), so nothing was removed. Run ")
                    .code("/book remove")
                    .plain(" to be asked again.")
                    .build());
        }
        try {
            if (!shelf.remove(server, id)) {
                return Reply.problem("That book is already gone.");
            }
            places.forget(server, id);
            data.forget(server, id.value());
        } catch (StoreBusyException | StoreUnwritableException e) {
            return Reply.problem("The book was removed, but its choices could not be cleared right now; places that"
                    + " chose it read the default book anyway.");
        }
        return Reply.content("Removed", "The book " + id + " is gone from this server.");
    }

    /** The ids of books no longer on the shelf here whose plans or read marks the server still keeps. */
    private List<String> leftBehind(Place place) {
        Set<String> here = shelf.booksFor(owner(place)).stream()
                .map(book -> book.id().value())
                .collect(Collectors.toSet());
        return data.booksWithData(place.storageKey()).stream()
                .filter(book -> !book.equals(BookData.DEFAULT_BOOK) && !here.contains(book))
                .sorted()
                .toList();
    }

    private Reply forget(Asker asker, String id) {
        Place place = asker.place();
        if (!asker.managesServer() || place.isPersonal()) {
            return managersOnly(FORGET);
        }
        if (!leftBehind(place).contains(id)) {
            return Reply.problem(Text.builder()
                    .plain("No book ")
                    .code(id.isBlank() ? "(none given)" : id)
                    .plain(" has left plans or read marks here; ")
                    .code("/book list")
                    .plain(" names those that have. A book still here keeps its data.")
                    .build());
        }
        data.forget(place.storageKey(), id);
        return Reply.content("Deleted", "The plans and read marks book " + id + " left here are deleted.");
    }

    private Reply unknownBook(Asker asker, String id) {
        return Reply.problem(Text.builder()
                .plain("There is no book ")
                .code(id.isBlank() ? "(none given)" : id)
                .plain(" here. `/book list` shows the ids.")
                .build());
    }

    /** Whose own books the place sees besides the seeds folder's: a server's or the console's. */
    private static OptionalLong owner(Place place) {
        return BookPlaces.owner(place.storageKey(), member(place));
    }

    /** The member a place's choice is kept for: the member's own in direct messages, else none. */
    private static long member(Place place) {
        return place.isPersonal() ? place.id() : SqlBookChoiceStore.NONE;
    }

    private static Reply managersOnly(String subcommand) {
        return Reply.problem(Text.builder()
                .plain("Only members with the Manage Server permission can use ")
                .code("/book " + subcommand)
                .plain(" in a server. Ask a server admin.")
                .build());
    }

    private static String byAuthor(ShelvedBook book) {
        return book.author().isEmpty() ? "" : " by " + book.author();
    }

    /** Whose prompt to remove which book a nonce belongs to: the manager, the server and the book. */
    private static String removeKey(long server, long member, String book) {
        return "book-remove/" + server + "/" + member + "/" + book;
    }
}
