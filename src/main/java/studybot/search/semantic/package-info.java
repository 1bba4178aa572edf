/**
 * The embedding model behind search by meaning: ONNX Runtime's native library, the WordPiece tokenizer, the encoder and
 * the on-disk vector store.
 *
 * <p>May use: no other studybot package.
 */
package studybot.search.semantic;
