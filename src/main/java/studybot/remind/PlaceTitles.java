package studybot.remind;

import studybot.command.Place;

/** The title of the book read at a place, which a reminder names ("7 reviews due in Redis replication"). */
@FunctionalInterface
public interface PlaceTitles {

    String titleAt(Place place);
}
