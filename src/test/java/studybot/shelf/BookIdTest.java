package studybot.shelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Book ids: whatever a file is called or an identifier says, the id is short, plain and safe in a button's id. */
class BookIdTest {

    @Test
    void namesAndIdentifiersBecomePlainIds() {
        assertThat(BookId.slug("The Rust Programming Language").value()).isEqualTo("the-rust-programming-language");
        assertThat(BookId.slug("urn:isbn:978-0-00-000000-1").value()).isEqualTo("urn-isbn-978-0-00-000000-1");
        assertThat(BookId.slug("Éléments de géométrie").value()).isEqualTo("elements-de-geometrie");
        assertThat(BookId.slug("../../etc/passwd").value()).isEqualTo("etc-passwd");
        assertThat(BookId.slug("!!!").value()).isEqualTo("book");
        assertThat(BookId.slug("a".repeat(100) + " b").value()).hasSize(BookId.MAX_LENGTH);
    }

    @Test
    void forgedIdsAreRefused() {
        assertThat(BookId.isValid("notes")).isTrue();
        assertThat(BookId.isValid("notes:0123")).isFalse();
        assertThat(BookId.isValid("-notes")).isFalse();
        assertThat(BookId.isValid("Notes")).isFalse();
        assertThatThrownBy(() -> new BookId("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
