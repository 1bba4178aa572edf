package studybot.command;

/**
 * How a click is answered, fixed per id prefix (a transport must know it before the handler runs, to acknowledge a slow
 * handler the right way). Either way a problem reply goes privately to whoever clicked.
 */
public enum ClickMode {
    /** Replace the message clicked on (previous/next, answering a quiz card). */
    EDIT_MESSAGE,
    /** Leave it as it is and answer with a new message (open a search hit). */
    NEW_MESSAGE,
    /**
     * Leave it as it is and answer only the member who clicked (a quiz answer on a message many members answer): the
     * reply is private whatever the handler returns, and so is the "thinking" of a slow one.
     */
    PRIVATE_REPLY
}
