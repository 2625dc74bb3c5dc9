// A long text in pieces, for the work that copies a string in one go (a message between threads, a
// record put into IndexedDB): each piece is copied in a task of its own, so a million events' 70 MB
// of notes is no single long task. Pieces are slices, which V8 makes without copying.

/** UTF-16 units in a piece: at most 8 MB, 4 MB for Latin text (one byte a character). */
export const TEXT_PIECE_CHARS = 4 * 2 ** 20;

/** How many pieces `text` makes: at least one, so an empty text is still one (empty) piece. */
export const pieceCount = (text: string, pieceChars = TEXT_PIECE_CHARS) => Math.max(1, Math.ceil(text.length / pieceChars));

/** The pieces of `text`, in order. */
export function* textPieces(text: string, pieceChars = TEXT_PIECE_CHARS): Generator<string> {
	for (let i = 0; i < pieceCount(text, pieceChars); i++) yield text.slice(i * pieceChars, (i + 1) * pieceChars);
}
