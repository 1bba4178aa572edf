package studybot.shelf.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.ConfirmationNonces;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.config.UploadsConfig;
import studybot.i18n.Texts;
import studybot.library.Library;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.reply.UserEcho;
import studybot.shelf.BookId;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;
import studybot.shelf.UploadOutcome;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * The {@code /book} command: the books there are ({@code list}, {@code info}, for everyone), which one a server reads
 * ({@code use}, for server managers; in direct messages a member picks their own), and a server's own books
 * ({@code add} and {@code remove}, for server managers, answered privately). Removing asks first, with a button whose
 * id carries a one-time nonce; {@link BookFeature} routes its click back here.
 */
final class BookCommand implements BotCommand {

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
    private final Texts texts;

    /**
     * @param data members' plans and read marks per book, deleted with a book and listed when left behind
     * @param texts the {@code shelf} bundle
     */
    BookCommand(Shelf shelf, BookPlaces places, UploadsConfig uploads, BookData data, Clock clock, Texts texts) {
        this.shelf = shelf;
        this.places = places;
        this.uploads = uploads;
        this.data = data;
        this.nonces = new ConfirmationNonces(clock);
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        describe(""),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        new SubcommandSpec(LIST, describe(".list")),
                        new SubcommandSpec(
                                INFO,
                                describe(".info"),
                                List.of(OptionSpec.text(BOOK, describe(".info.book"), 64)
                                        .optional()
                                        .withAutocomplete())),
                        new SubcommandSpec(
                                USE,
                                describe(".use"),
                                List.of(OptionSpec.text(BOOK, describe(".use.book"), 64)
                                        .withAutocomplete())),
                        new SubcommandSpec(
                                ADD,
                                describe(".add"),
                                List.of(OptionSpec.attachment(FILE, describe(".add.file"), uploads.maxBytes()))),
                        new SubcommandSpec(
                                REMOVE,
                                describe(".remove"),
                                List.of(OptionSpec.text(BOOK, describe(".remove.book"), 64)
                                        .withAutocomplete())),
                        new SubcommandSpec(
                                FORGET,
                                describe(".forget"),
                                List.of(OptionSpec.text(BOOK, describe(".forget.book"), 64))))
                .translatedBy(Translations.from(texts));
    }

    private String describe(String path) {
        return texts.english("describe." + NAME + path);
    }

    @Override
    public Reply answer(CommandCall call) {
        Asker asker = call.asker();
        return switch (call.subcommand()) {
            case INFO -> info(asker, call.options().optionalText(BOOK));
            case USE -> use(asker, call.options().text(BOOK).strip());
            case ADD -> add(asker, call.options().attachment(FILE));
            case REMOVE -> confirmRemove(asker, call.options().text(BOOK).strip());
            case FORGET -> forget(asker, call.options().text(BOOK).strip());
            default -> list(asker);
        };
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

    private Reply list(Asker asker) {
        Place place = asker.place();
        Locale reader = asker.publicLocale();
        Optional<ShelvedBook> reading = places.bookOf(place.storageKey(), member(place));
        List<Text> lines = new ArrayList<>();
        for (ShelvedBook book : shelf.booksFor(owner(place))) {
            Text.Builder line =
                    Text.builder().code(book.id().value()).plain(" " + book.title() + byAuthor(book, reader));
            if (owner(place).isPresent() && book.uploadedBy(place.storageKey())) {
                line.plain(texts.text(reader, place.isServer() ? "list.serversOwn" : "list.uploadedHere"));
            }
            if (reading.isPresent() && reading.get() == book) {
                line.strong(texts.text(reader, "list.readHere"));
            }
            lines.add(line.build());
        }
        if (lines.isEmpty()) {
            return Reply.problem(texts.text(asker.privateLocale(), "list.none"));
        }
        if (!place.isPersonal() && asker.managesServer()) {
            List<String> left = leftBehind(place);
            if (!left.isEmpty()) {
                lines.add(Text.builder()
                        .plain(texts.text(reader, "list.leftBehind.start"))
                        .code(String.join(", ", left))
                        .plain(" (")
                        .code("/book forget")
                        .plain(texts.text(reader, "list.leftBehind.end"))
                        .build());
            }
        }
        String how = texts.text(reader, place.isPersonal() ? "list.howPersonal" : "list.howServer");
        return Reply.content(texts.text(reader, "list.title"), Text.lines(lines).append(Text.markup("\n\n" + how)));
    }

    private Reply info(Asker asker, Optional<String> id) {
        Place place = asker.place();
        Optional<ShelvedBook> book = id.isPresent() && !id.get().isBlank()
                ? shelf.find(owner(place), id.get().strip())
                : places.bookOf(place.storageKey(), member(place));
        if (book.isEmpty()) {
            return unknownBook(asker, id.orElse(""));
        }
        Locale reader = asker.publicLocale();
        ShelvedBook shown = book.get();
        Optional<Library> library = shown.ifLoaded().map(edition -> edition.library());
        Text.Builder text = Text.builder()
                .plain(texts.text(reader, "info.id"))
                .code(shown.id().value());
        if (!shown.author().isEmpty()) {
            text.plain(texts.format(reader, "info.author", Map.of("author", shown.author())));
        }
        library.flatMap(loaded -> BookLanguageNote.of(loaded, reader)).ifPresent(note -> text.plain("\n" + note));
        library.ifPresent(loaded -> {
            text.plain(texts.format(
                    reader, "info.outline", Map.of("chapters", loaded.chapters().size(), "sections", loaded.size())));
            loaded.chapters().stream()
                    .limit(OUTLINE_CHAPTERS)
                    .forEach(chapter -> text.plain("\n  " + chapter + " "
                            + loaded.chapterTitle(chapter).orElse("")));
            if (loaded.chapters().size() > OUTLINE_CHAPTERS) {
                text.plain(texts.format(
                        reader,
                        "info.moreChapters",
                        Map.of("count", loaded.chapters().size() - OUTLINE_CHAPTERS)));
            }
        });
        if (library.isEmpty()) {
            text.plain(texts.text(reader, "info.indexing"));
        }
        List<String> report = shown.report().map(loaded -> loaded.lines(reader)).orElse(List.of());
        if (!report.isEmpty()) {
            text.plain(texts.text(reader, "info.report")).codeBlock(String.join("\n", report));
        }
        return Reply.content(shown.title(), text.build());
    }

    private Reply use(Asker asker, String id) {
        Place place = asker.place();
        if (place.isServer() && !asker.managesServer()) {
            return managersOnly(USE, asker.privateLocale());
        }
        Optional<ShelvedBook> book = shelf.find(owner(place), id);
        if (book.isEmpty()) {
            return unknownBook(asker, id);
        }
        places.choose(place.storageKey(), member(place), book.get().id());
        Locale reader = asker.privateLocale();
        Text.Builder text = Text.builder();
        if (asker.inServerWithoutStudybot()) {
            text.plain(texts.text(reader, "use.notInstalled"));
        }
        text.plain(texts.format(
                        reader,
                        "use.reads",
                        Map.of(
                                "personal",
                                String.valueOf(place.isPersonal()),
                                "title",
                                book.get().title())))
                .code(book.get().id().value())
                .plain(texts.text(reader, "use.answers"));
        if (place.isPersonal()) {
            text.plain(texts.text(reader, "use.personalPlaces"));
        }
        Reply reply = Reply.content(
                texts.text(reader, "use.title"),
                text.plain(texts.text(reader, "use.end")).build());
        return place.isServer() ? reply.toAskerOnly() : asker.aboutThemselves(reply);
    }

    private Reply add(Asker asker, Optional<Path> file) {
        Locale reader = asker.privateLocale();
        if (asker.place().isPersonal()) {
            return Reply.problem(Text.builder()
                    .code("/book add")
                    .plain(texts.text(reader, "add.serversOnly"))
                    .build());
        }
        if (!asker.managesServer()) {
            return managersOnly(ADD, reader);
        }
        if (file.isEmpty()) {
            return Reply.problem(texts.text(reader, "add.attach"));
        }
        Path path = file.get();
        UploadOutcome outcome =
                shelf.add(asker.place().storageKey(), path, path.getFileName().toString());
        List<String> reportLines = outcome.reportLines(reader);
        Text report = reportLines.isEmpty()
                ? Text.empty()
                : Text.builder().codeBlock(String.join("\n", reportLines)).build();
        if (!outcome.isAdded()) {
            return Reply.problem(Text.plain(texts.format(
                                    reader,
                                    "add.refused",
                                    Map.of(
                                            "problem",
                                            outcome.refusal().orElseThrow().in(reader))))
                            .append(report))
                    .toAskerOnly();
        }
        ShelvedBook book = outcome.book();
        return Reply.content(
                        texts.text(reader, "add.title"),
                        Text.builder()
                                .plain(texts.format(reader, "add.isOwn", Map.of("title", book.title())))
                                .code(book.id().value())
                                .plain(texts.text(reader, "add.dot"))
                                .code("/book use book:" + book.id().value())
                                .plain(texts.text(reader, "add.makesRead"))
                                .append(report)
                                .build())
                .toAskerOnly();
    }

    private Reply confirmRemove(Asker asker, String id) {
        Locale reader = asker.privateLocale();
        if (asker.place().isPersonal()) {
            return Reply.problem(Text.builder()
                    .code("/book remove")
                    .plain(texts.text(reader, "remove.serversOnly"))
                    .build());
        }
        if (!asker.managesServer()) {
            return managersOnly(REMOVE, reader);
        }
        long server = asker.place().storageKey();
        Optional<ShelvedBook> book = shelf.find(OptionalLong.of(server), id).filter(found -> found.uploadedBy(server));
        if (book.isEmpty()) {
            return Reply.problem(Text.builder()
                    .plain(texts.text(reader, "remove.noOwn"))
                    .code(UserEcho.of(id))
                    .plain(texts.text(reader, "remove.seedsAreOperators"))
                    .build());
        }
        String nonce =
                nonces.issue(removeKey(server, asker.userId(), book.get().id().value()));
        return Reply.content(
                        texts.format(
                                reader,
                                "remove.ask.title",
                                Map.of("title", book.get().title())),
                        Text.plain(texts.text(reader, "remove.ask")))
                .withActions(List.of(new ReplyAction.Button(
                        texts.text(reader, "remove.button"),
                        PREFIX + ":" + REMOVE + ":" + book.get().id().value() + ":" + nonce,
                        ReplyAction.Style.PRIMARY,
                        "")))
                .toAskerOnly();
    }

    /** A click on the remove confirmation ({@link #PREFIX}): removes the book if the nonce is the one issued. */
    Reply confirmedRemove(ClickCall click) {
        List<String> args = click.args();
        Asker asker = click.asker();
        Locale reader = asker.privateLocale();
        if (args.size() != 3 || !args.get(0).equals(REMOVE) || !BookId.isValid(args.get(1))) {
            return Reply.problem(texts.text(reader, "remove.badButton"));
        }
        if (!asker.managesServer() || asker.place().isPersonal()) {
            return managersOnly(REMOVE, reader);
        }
        long server = asker.place().storageKey();
        BookId id = new BookId(args.get(1));
        if (!nonces.redeem(removeKey(server, asker.userId(), id.value()), args.get(2))) {
            return Reply.problem(Text.builder()
                    .plain(texts.text(reader, "remove.badConfirmation"))
                    .code("/book remove")
                    .plain(texts.text(reader, "remove.askAgain"))
                    .build());
        }
        try {
            if (!shelf.remove(server, id)) {
                return Reply.problem(texts.text(reader, "remove.gone"));
            }
            places.forget(server, id);
            data.forget(server, id.value());
        } catch (StoreBusyException | StoreUnwritableException e) {
            return Reply.problem(texts.text(reader, "remove.choicesKept"));
        }
        return Reply.content(
                texts.text(reader, "remove.done.title"), texts.format(reader, "remove.done", Map.of("id", id.value())));
    }

    /** The ids of books no longer on the shelf here whose plans, read marks or quiz data the server still keeps. */
    private List<String> leftBehind(Place place) {
        Set<String> here = shelf.booksFor(owner(place)).stream()
                .map(book -> book.id().value())
                .collect(Collectors.toSet());
        return data.booksWithData(place.storageKey()).stream()
                .filter(book -> !book.equals(BookData.UNASSIGNED) && !here.contains(book))
                .sorted()
                .toList();
    }

    private Reply forget(Asker asker, String id) {
        Place place = asker.place();
        Locale reader = asker.privateLocale();
        if (!asker.managesServer() || place.isPersonal()) {
            return managersOnly(FORGET, reader);
        }
        if (!leftBehind(place).contains(id)) {
            return Reply.problem(Text.builder()
                    .plain(texts.text(reader, "forget.none.start"))
                    .code(id.isBlank() ? texts.text(reader, "unknown.none") : UserEcho.of(id))
                    .plain(texts.text(reader, "forget.none.middle"))
                    .code("/book list")
                    .plain(texts.text(reader, "forget.none.end"))
                    .build());
        }
        data.forget(place.storageKey(), id);
        return Reply.content(
                texts.text(reader, "forget.done.title"), texts.format(reader, "forget.done", Map.of("id", id)));
    }

    private Reply unknownBook(Asker asker, String id) {
        Locale reader = asker.privateLocale();
        return Reply.problem(Text.builder()
                .plain(texts.text(reader, "unknown.start"))
                .code(id.isBlank() ? texts.text(reader, "unknown.none") : UserEcho.of(id))
                .markup(texts.text(reader, "unknown.end"))
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

    private Reply managersOnly(String subcommand, Locale reader) {
        return Reply.problem(Text.builder()
                .plain(texts.text(reader, "managersOnly.start"))
                .code("/book " + subcommand)
                .plain(texts.text(reader, "managersOnly.end"))
                .build());
    }

    private String byAuthor(ShelvedBook book, Locale reader) {
        return book.author().isEmpty() ? "" : texts.format(reader, "list.byAuthor", Map.of("author", book.author()));
    }

    /** Whose prompt to remove which book a nonce belongs to: the manager, the server and the book. */
    private static String removeKey(long server, long member, String book) {
        return "book-remove/" + server + "/" + member + "/" + book;
    }
}
