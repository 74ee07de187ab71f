/** An error the user caused or can fix: printed as one line, without a stack unless --debug. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
