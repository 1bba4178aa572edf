/**
 * The embedding model behind search by meaning: ONNX Runtime's native library, the WordPiece tokenizer, the encoder and
 * the on-disk vector store.
 *
 * <p>May use: {@code i18n} (the status line in the reader's language), {@code concurrent}, {@code files}.
 */
package studybot.search.semantic;
