export type DocumentFileErrorCode = 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE';

/** An upload the library refuses; the back office maps `code` to a form message. */
export class DocumentFileError extends Error {
  readonly code: DocumentFileErrorCode;

  constructor(code: DocumentFileErrorCode, message: string) {
    super(message);
    this.name = 'DocumentFileError';
    this.code = code;
  }
}
