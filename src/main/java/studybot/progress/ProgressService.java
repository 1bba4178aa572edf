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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.Library;
import studybot.library.Section;
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
    private final Supplier<Library> library;
    private final ServerZones zones;
    private final ShareOptIns optIns;
    private final Clock clock;
    private final SectionQueryParser parser = new SectionQueryParser();

    /**
     * @param library the book being served, asked on every call
     * @param zones each server's timezone, the one its plan and daily post use
     * @param optIns who may be named in {@code /progress group}
     */
    public ProgressService(
            ReadMarkStore marks,
            PlanService plans,
            Supplier<Library> library,
            ServerZones zones,
            ShareOptIns optIns,
            Clock clock) {
        this.marks = Objects.requireNonNull(marks, "marks");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.library = Objects.requireNonNull(library, "library");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.optIns = Objects.requireNonNull(optIns, "optIns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Marks what {@code typed} names read: a section ({@code 20.4}) or a whole chapter ({@code 20}).
     *
     * @throws ProgressException when the book has no such section or chapter, or the text names neither
     */
    public MarkResult read(Place place, long memberId, String typed) throws ProgressException {
        List<Section> sections = sectionsNamed(typed, library.get());
        return new MarkResult(sections, marks.mark(place, memberId, numbers(sections), clock.instant()));
    }

    /**
     * Marks one section read, as a "Mark as read" button does.
     *
     * @throws ProgressException when the section is no longer in the book (a button from before a reload)
     */
    public MarkResult read(Place place, long memberId, SectionNumber number) throws ProgressException {
        Library book = library.get();
        Section section = book.find(number)
                .orElseThrow(() -> new ProgressException(
                        "Section " + number + " is no longer in the book, so it can't be marked read."
                                + NearbySections.hint(book, number)));
        return new MarkResult(List.of(section), marks.mark(place, memberId, List.of(number), clock.instant()));
    }

    /**
     * Takes back read marks for a section or a whole chapter.
     *
     * @throws ProgressException when the text names no section or chapter of the book
     */
    public MarkResult unread(Place place, long memberId, String typed) throws ProgressException {
        List<Section> sections = sectionsNamed(typed, library.get());
        return new MarkResult(sections, marks.unmark(place, memberId, numbers(sections)));
    }

    /** The sections the member marked read here. */
    public Set<SectionNumber> marked(Place place, long memberId) {
        return marks.marks(place, memberId).stream().map(ReadMark::section).collect(Collectors.toUnmodifiableSet());
    }

    /** The member's progress here, against the server's plan when there is one. */
    public MemberProgress progress(Place place, long memberId) {
        Library book = library.get();
        Optional<PlanDay> plan = planIn(place);
        ZoneId zone = zoneOf(place);
        return MemberProgress.of(
                book,
                plan,
                marks.marks(place, memberId),
                zone,
                clock.instant().atZone(zone).toLocalDate());
    }

    /** The group's progress in a server; only members who opted in are named. */
    public GroupProgress group(long serverId) {
        Place place = Place.server(serverId);
        Library book = library.get();
        Optional<PlanDay> plan = plans.today(serverId);
        ZoneId zone = zones.zoneOf(serverId);
        LocalDate today = plans.localDate(serverId);
        Map<Long, MemberProgress> members = marks.marksByMember(place).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> MemberProgress.of(book, plan, entry.getValue(), zone, today)));
        Set<Long> sharing = optIns.sharing(serverId);
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
    public GroupHistory history(long serverId, int weeks) {
        Library book = library.get();
        Optional<PlanDay> plan = plans.today(serverId);
        ZoneId zone = zones.zoneOf(serverId);
        LocalDate today = plans.localDate(serverId);
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
        Set<Long> sharing = optIns.sharing(serverId);
        List<GroupHistory.MemberHistory> members = marks.marksByMember(Place.server(serverId)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(member -> new GroupHistory.MemberHistory(
                        member.getKey(),
                        sharing.contains(member.getKey()),
                        weekEnds.stream()
                                .map(end -> finishedBy(
                                        member.getValue(),
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
        return (int) marks.marksByMember(Place.server(serverId)).values().stream()
                .filter(list -> list.stream()
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
        log.info("Forgot {} read mark(s) of a member in {} {}", deleted, place.kind(), place.id());
        return deleted;
    }

    /** Forgets every member's marks in a server, for when studybot leaves it. */
    public void removeServer(long serverId) {
        marks.forgetPlace(Place.server(serverId));
        log.info("Server {}: read marks removed", serverId);
    }

    private Optional<PlanDay> planIn(Place place) {
        return place.isServer() ? plans.today(place.id()) : Optional.empty();
    }

    private ZoneId zoneOf(Place place) {
        return place.isServer() ? zones.zoneOf(place.id()) : ZoneOffset.UTC;
    }

    private List<Section> sectionsNamed(String typed, Library book) throws ProgressException {
        SectionQuery query = parser.parse(typed);
        if (query instanceof SectionQuery.ForSection section) {
            return List.of(book.find(section.number())
                    .orElseThrow(() -> new ProgressException("There is no " + "section " + section.written()
                            + " in the book." + NearbySections.hint(book, section.number()))));
        }
        if (query instanceof SectionQuery.ForChapter chapter) {
            List<Section> sections = book.chapter(chapter.chapter());
            if (sections.isEmpty()) {
                throw new ProgressException("The book has no chapter " + chapter.written() + ". Chapters: "
                        + NearbySections.chapters(book) + ".");
            }
            return sections;
        }
        if (query instanceof SectionQuery.Unreadable unreadable) {
            throw new ProgressException(unreadable.problem().explanation() + " Give a section number such as 20.4, "
                    + "or a chapter such as 20.");
        }
        throw new ProgressException("Give a section number such as 20.4, or a chapter such as 20.");
    }

    private static List<SectionNumber> numbers(List<Section> sections) {
        return sections.stream().map(Section::number).toList();
    }
}
