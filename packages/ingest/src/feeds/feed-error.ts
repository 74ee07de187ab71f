/**
 * The one error `parseFeed` throws: a feed that cannot be read, in words a user understands
 * ("the XML is cut off (truncated document)"). The fetch and poll code records `message` on the
 * feed as is; `cause` keeps the parser's own error, if any, for `--debug`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
