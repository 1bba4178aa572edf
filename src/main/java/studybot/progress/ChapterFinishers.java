package studybot.progress;

/** How many members have read every section of {@code chapter}. */
public record ChapterFinishers(int chapter, int sections, int finished) {}
