/** Fields every @ccaas error carries. Values never include tokens, client secrets or Authorization headers. */
export interface CcaasErrorOptions {
  code: string;
  status?: number;
  correlationId?: string;
  /** A sanitised cause (name and redacted message only); raw fetch/oauth4webapi errors are never attached. */
  cause?: Error;
}

/** Base class of every error thrown by @ccaas packages. */
export class CcaasError extends Error {
  /** Stable machine-readable code, e.g. `invalid_grant`, `missing.permissions`, `token_request_timeout`. */
  readonly code: string;
  /** HTTP status that caused the error, when there was one. */
  readonly status: number | undefined;
  /** Platform correlation id (e.g. `ININ-Correlation-Id`), when the server sent one. */
  readonly correlationId: string | undefined;

  constructor(message: string, options: CcaasErrorOptions) {
    super(message, options.cause ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.correlationId = options.correlationId;
  }

  /** Plain, secret-free representation used by `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) json[key] = value;
    }
    if (this.cause instanceof Error) json.cause = { name: this.cause.name, message: this.cause.message };
    return json;
  }
}
