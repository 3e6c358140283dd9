/** Machine-readable reasons an import, diff or changeset run can fail; each maps to one fixable input problem. */
export type SpecSyncErrorCode =
  | 'INPUT_UNREADABLE'
  | 'INPUT_HTTP_STATUS'
  | 'INPUT_HTML'
  | 'INPUT_NOT_PARSEABLE'
  | 'SWAGGER_1_UNSUPPORTED'
  | 'UNKNOWN_DOCUMENT_FORMAT'
  | 'CONVERSION_FAILED'
  | 'MERGE_CONFLICT'
  | 'SELECTION_INVALID'
  | 'SELECTION_MATCHES_NOTHING'
  | 'SELECTION_ENTRY_UNMATCHED'
  | 'REF_UNRESOLVABLE'
  | 'REF_CYCLE'
  | 'USAGE';

/**
 * Every failure of the spec-sync tools. `input` names the file or URL at fault so the message alone says what to fix;
 * `status` is the HTTP status when the input was fetched (else undefined).
 */
export class SpecSyncError extends Error {
  override readonly name = 'SpecSyncError';
  readonly code: SpecSyncErrorCode;
  readonly input: string | undefined;
  readonly status: number | undefined;

  constructor(code: SpecSyncErrorCode, message: string, options: { input?: string; status?: number; cause?: unknown } = {}) {
    super(`[@ccaas/tools spec-sync] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.input = options.input;
    this.status = options.status;
  }
}
