package studybot.digest;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import studybot.command.Place;
import studybot.dailytips.StoredServerZones;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanService;
import studybot.plan.SqlPlanStore;
import studybot.progress.ProgressService;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.learning.StudyPlace;
import studybot.quiz.learning.StudyPlaces;
import studybot.sharing.ShareOptIns;
import studybot.store.Store;

/**
 * Reading plans, members' progress and the digest they add to the daily post, built together over the bot's store since
 * the digest reads both; the {@code CompositionRoot} builds {@code /plan} and {@code /progress} from them. Days are
 * counted in each server's daily-tip timezone.
 */
public record ReadingServices(PlanService plans, ProgressService progress, PlanDigests digests) {

    public ReadingServices {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(digests, "digests");
    }

    /**
     * @param store opened with the daily tips', plans' and read marks' migrations
     * @param library the book each place reads (a server's plan reads its server's, the console's the console's)
     * @param books which book the place's data belongs to: the shelf's id of the book it reads
     * @param optIns who may be named in group progress
     */
    public static ReadingServices open(
            Store store,
            Function<Place, Library> library,
            Function<Place, String> books,
            ShareOptIns optIns,
            Clock clock) {
        StoredServerZones zones = new StoredServerZones(store);
        PlanService plans = new PlanService(
                new SqlPlanStore(store),
                server -> library.apply(placeOf(server)),
                server -> books.apply(placeOf(server)),
                zones,
                clock);
        ProgressService progress =
                new ProgressService(new SqlReadMarkStore(store), plans, library, books, zones, optIns, clock);
        return new ReadingServices(plans, progress, new PlanDigests(plans, progress));
    }

    /**
     * Where each member is, for the order of their new quiz cards: their read marks at the place, and where members
     * meet (a server, the console) the plan up to today's reading.
     */
    public StudyPlaces studyPlaces() {
        return (place, member) -> {
            Set<SectionNumber> planned = place.isShared()
                    ? plans.today(place.storageKey())
                            .map(day -> Stream.concat(day.due().stream(), day.today().stream())
                                    .map(Section::number)
                                    .collect(Collectors.toSet()))
                            .orElse(Set.of())
                    : Set.of();
            return new StudyPlace(progress.marked(place, member), planned);
        };
    }

    private static Place placeOf(long server) {
        return server == Place.NOT_A_SERVER ? Place.console() : Place.server(server);
    }

    /** The books whose plans or read marks the server keeps, by the id they are kept under. */
    public Set<String> booksWithData(long serverId) {
        Set<String> books = new TreeSet<>(plans.booksPlanned(serverId));
        books.addAll(progress.booksMarked(serverId));
        return books;
    }

    /** Forgets the server's plan and read marks of one book, for when it is removed there or an admin deletes them. */
    public void forgetBook(long serverId, String book) {
        plans.removeBook(serverId, book);
        progress.forgetBook(serverId, book);
    }

    /** Forgets a server's plan and every member's read marks there, for when studybot leaves it. */
    public void forgetServer(long serverId) {
        plans.removeServer(serverId);
        progress.removeServer(serverId);
    }
}
