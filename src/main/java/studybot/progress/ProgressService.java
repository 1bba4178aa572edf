package studybot.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.Place;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionKeys;
import studybot.library.SectionNumber;
import studybot.plan.PlanDay;
import studybot.plan.PlanService;
import studybot.plan.PlanUnits;
import studybot.section.NearbySections;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;
import studybot.server.ServerZones;
import studybot.sharing.ShareOptIns;

/**
 * Members' read marks and what they add up to: each member's progress against the server's plan, and the group's. In
 * direct messages there is no plan; days are counted in UTC there.
 */
public final class ProgressService {

    private static final Logger log = LoggerFactory.getLogger(ProgressService.class);

    private final ReadMarkStore marks;
    private final PlanService plans;
    private final Function<Place, Library> library;
    private final Function<Place, String> books;
    private final ServerZones zones;
    private final ShareOptIns optIns;
    private final Clock clock;
    private final SectionQueryParser parser = new SectionQueryParser();
    /** The words of its refusals, which the asker reads in their own language ({@link ProgressException#message}). */
    private final Texts texts = Texts.load("progress");

    /**
     * @param library the book each place reads, asked on every call
     * @param books which book the place's read marks belong to, asked with {@code library}: the shelf's id of the book
     *     it reads
     * @param zones each server's timezone, the one its plan and daily post use
     * @param optIns who may be named in {@code /progress group}
     */
    public ProgressService(
            ReadMarkStore marks,
            PlanService plans,
            Function<Place, Library> library,
            Function<Place, String> books,
            ServerZones zones,
            ShareOptIns optIns,
            Clock clock) {
        this.marks = Objects.requireNonNull(marks, "marks");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.library = Objects.requireNonNull(library, "library");
        this.books = Objects.requireNonNull(books, "books");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.optIns = Objects.requireNonNull(optIns, "optIns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The example section and chapter a reply in {@code place} gives: from the book that place reads. */
    public BookExample example(Place place) {
        return BookExample.of(library.apply(place));
    }

    /**
     * Marks what {@code typed} names read: a section ({@code 20.4}) or a whole chapter ({@code 20}).
     *
     * @throws ProgressException when the book has no such section or chapter, or the text names neither
     */
    public MarkResult read(Place place, long memberId, String typed) throws ProgressException {
        Library book = library.apply(place);
        return mark(place, memberId, book, sectionsNamed(typed, book));
    }

    /**
     * Marks one section read, as a "Mark as read" button does.
     *
     * @throws ProgressException when the section is no longer in the book (a button from before a reload)
     */
    public MarkResult read(Place place, long memberId, SectionNumber number) throws ProgressException {
        Library book = library.apply(place);
        Section section = book.find(number)
                .orElseThrow(() -> new ProgressException(
                        texts,
                        "problem.gone",
                        Map.of("section", number.toString(), "hint", NearbySections.hint(book, number))));
        return mark(place, memberId, book, List.of(section));
    }

    /**
     * Takes back read marks for a section or a whole chapter.
     *
     * @throws ProgressException when the text names no section or chapter of the book
     */
    public MarkResult unread(Place place, long memberId, String typed) throws ProgressException {
        Library book = library.apply(place);
        List<Section> sections = sectionsNamed(typed, book);
        Set<SectionNumber> named = Set.copyOf(numbers(sections));
        List<ReadMark> taken = current(place, memberId, book).stream()
                .filter(mark -> named.contains(mark.section()))
                .toList();
        return new MarkResult(sections, marks.unmark(place, books.apply(place), memberId, taken));
    }

    /** The sections the member marked read here. */
    public Set<SectionNumber> marked(Place place, long memberId) {
        return current(place, memberId, library.apply(place)).stream()
                .map(ReadMark::section)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The member's progress here, against the server's plan when there is one. */
    public MemberProgress progress(Place place, long memberId) {
        Library book = library.apply(place);
        Optional<PlanDay> plan = planIn(place);
        ZoneId zone = zoneOf(place);
        return MemberProgress.of(
                book,
                plan,
                current(place, memberId, book),
                zone,
                clock.instant().atZone(zone).toLocalDate());
    }

    /** The group's progress where members meet ({@link Place#isShared()}); only members who opted in are named. */
    public GroupProgress group(Place place) {
        long key = place.storageKey();
        Library book = library.apply(place);
        Optional<PlanDay> plan = planIn(place);
        ZoneId zone = zoneOf(place);
        LocalDate today = plans.localDate(key);
        Map<Long, MemberProgress> members = marks.marksByMember(place, books.apply(place)).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> MemberProgress.of(
                                book,
                                plan,
                                MarkLocations.of(entry.getValue(), book.keys()).current(),
                                zone,
                                today)));
        Set<Long> sharing = optIns.sharing(key);
        List<NamedStanding> named = new ArrayList<>();
        int onTrack = 0;
        int behind = 0;
        int ahead = 0;
        for (Map.Entry<Long, MemberProgress> member : members.entrySet()) {
            MemberProgress progress = member.getValue();
            switch (progress.standing()) {
                case ON_TRACK -> onTrack++;
                case BEHIND -> behind++;
                case AHEAD -> ahead++;
                case NO_PLAN -> {}
            }
            if (sharing.contains(member.getKey())) {
                named.add(new NamedStanding(
                        member.getKey(), progress.standing(), progress.behind().size()));
            }
        }
        named.sort((a, b) -> Long.compare(a.memberId(), b.memberId()));
        List<Section> inPlan =
                plan.map(day -> PlanUnits.of(book, day.plan()).sections()).orElse(book.sections());
        List<ChapterFinishers> chapters = inPlan.stream()
                .collect(
                        Collectors.groupingBy(section -> section.number().chapter(), TreeMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .map(chapter -> new ChapterFinishers(
                        chapter.getKey(), chapter.getValue().size(), (int) members.values().stream()
                                .filter(m -> m.hasRead(chapter.getValue()))
                                .count()))
                .toList();
        return new GroupProgress(members.size(), onTrack, behind, ahead, chapters, named, plan);
    }

    /**
     * The group's last {@code weeks} weeks, ending today: sections finished per member at each week's end, against the
     * plan's schedule.
     */
    public GroupHistory history(Place place, int weeks) {
        long key = place.storageKey();
        Library book = library.apply(place);
        Optional<PlanDay> plan = planIn(place);
        ZoneId zone = zoneOf(place);
        LocalDate today = plans.localDate(key);
        List<LocalDate> weekEnds = new ArrayList<>();
        for (int week = weeks - 1; week >= 0; week--) {
            weekEnds.add(today.minusWeeks(week));
        }
        Set<SectionNumber> counted =
                plan.map(day -> PlanUnits.of(book, day.plan()).sections()).orElse(book.sections()).stream()
                        .map(Section::number)
                        .collect(Collectors.toSet());
        Optional<List<Integer>> planLine = plan.map(day -> weekEnds.stream()
                .map(end -> {
                    PlanDay then = PlanDay.of(day.plan(), book, end, zone);
                    return then.due().size() + then.today().size();
                })
                .toList());
        Set<Long> sharing = optIns.sharing(key);
        List<GroupHistory.MemberHistory> members = marks.marksByMember(place, books.apply(place)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(member -> new GroupHistory.MemberHistory(
                        member.getKey(),
                        sharing.contains(member.getKey()),
                        weekEnds.stream()
                                .map(end -> finishedBy(
                                        MarkLocations.of(member.getValue(), book.keys())
                                                .current(),
                                        counted,
                                        end.plusDays(1).atStartOfDay(zone).toInstant()))
                                .toList()))
                .toList();
        return new GroupHistory(weekEnds, planLine, members);
    }

    private static int finishedBy(List<ReadMark> marks, Set<SectionNumber> counted, Instant end) {
        return (int) marks.stream()
                .filter(mark -> mark.markedAt().isBefore(end) && counted.contains(mark.section()))
                .count();
    }

    /** How many members in the server have read every section of {@code reading}; 0 for an empty reading. */
    public int finished(long serverId, List<Section> reading) {
        if (reading.isEmpty()) {
            return 0;
        }
        List<SectionNumber> wanted = numbers(reading);
        Place server = Place.server(serverId);
        SectionKeys keys = library.apply(server).keys();
        return (int) marks.marksByMember(server, books.apply(server)).values().stream()
                .filter(list -> MarkLocations.of(list, keys).current().stream()
                        .map(ReadMark::section)
                        .collect(Collectors.toSet())
                        .containsAll(wanted))
                .count();
    }

    /**
     * Deletes all of a member's read marks here.
     *
     * @return how many were deleted
     */
    public int forget(Place place, long memberId) {
        int deleted = marks.forgetMember(place, memberId);
        log.info("Forgot {} read mark(s) of a member in {} {}", deleted, place.kind(), place.storageKey());
        return deleted;
    }

    /** The ids of the books members of the server have read marks of. */
    public Set<String> booksMarked(long serverId) {
        return marks.books(placeOf(serverId));
    }

    /** Forgets every member's marks of one book in the server, for when the book is removed there. */
    public void forgetBook(long serverId, String book) {
        int deleted = marks.forgetBook(placeOf(serverId), book);
        log.info("Server {}: {} read marks of book {} removed", serverId, deleted, book);
    }

    private static Place placeOf(long serverId) {
        return serverId == Place.NOT_A_SERVER ? Place.console() : Place.server(serverId);
    }

    /** Forgets every member's marks in a server, for when studybot leaves it. */
    public void removeServer(long serverId) {
        marks.forgetPlace(Place.server(serverId));
        log.info("Server {}: read marks removed", serverId);
    }

    private MarkResult mark(Place place, long memberId, Library book, List<Section> sections) {
        current(place, memberId, book);
        Instant now = clock.instant();
        List<ReadMark> marked = sections.stream()
                .map(section -> new ReadMark(section.number(), now, book.keys().keyOf(section.number())))
                .toList();
        return new MarkResult(sections, marks.mark(place, books.apply(place), memberId, marked));
    }

    /**
     * The member's marks placed in {@code book}; marks whose sections were renumbered since they were stored are
     * rewritten first, so marking, unmarking and counting all see each mark on its own section.
     */
    private List<ReadMark> current(Place place, long memberId, Library book) {
        MarkLocations located = MarkLocations.of(marks.marks(place, books.apply(place), memberId), book.keys());
        if (located.anyMoved()) {
            marks.move(place, books.apply(place), memberId, located.movedFrom(), located.movedTo());
        }
        return located.current();
    }

    /** The plan where members meet (a server, or the console's local one); a member on their own has none. */
    private Optional<PlanDay> planIn(Place place) {
        return place.isShared() ? plans.today(place.storageKey()) : Optional.empty();
    }

    private ZoneId zoneOf(Place place) {
        return place.isShared() ? zones.zoneOf(place.storageKey()) : ZoneOffset.UTC;
    }

    private List<Section> sectionsNamed(String typed, Library book) throws ProgressException {
        SectionQuery query = parser.parse(typed);
        if (query instanceof SectionQuery.ForSection section) {
            return List.of(book.find(section.number())
                    .orElseThrow(() -> new ProgressException(
                            texts,
                            "problem.noSection",
                            Map.of(
                                    "section",
                                    section.written(),
                                    "hint",
                                    NearbySections.hint(book, section.number())))));
        }
        if (query instanceof SectionQuery.ForChapter chapter) {
            List<Section> sections = book.chapter(chapter.chapter());
            if (sections.isEmpty()) {
                throw new ProgressException(
                        texts,
                        "problem.noChapter",
                        Map.of("chapter", chapter.written(), "chapters", NearbySections.chapters(book)));
            }
            return sections;
        }
        if (query instanceof SectionQuery.Unreadable unreadable) {
            throw new ProgressException(
                    texts,
                    "problem.unreadable",
                    BookExample.of(book)
                            .with(Map.of("explanation", unreadable.problem().wording())));
        }
        throw new ProgressException(texts, "problem.give", BookExample.of(book).with(Map.of()));
    }

    private static List<SectionNumber> numbers(List<Section> sections) {
        return sections.stream().map(Section::number).toList();
    }
}
