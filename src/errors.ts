/**
 * Typed errors. Every error kornews throws on purpose is a `KornewsError` with a `code` and a
 * message that says what to do.
 */

export class KornewsError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input exceeds `maxChars`. */
export class InputTooLargeError extends KornewsError {
  /** The input's length in UTF-16 code units (a lower bound when `atLeast`). */
  readonly length: number;
  readonly maxChars: number;
  /** Whether `length` is a lower bound (a file judged by its size, never read). */
  readonly atLeast: boolean;
  constructor(length: number, maxChars: number, what = 'input', options: { atLeast?: boolean } = {}) {
    const atLeast = options.atLeast === true;
    super(
      'E_INPUT_TOO_LARGE',
      `${what} has ${atLeast ? 'at least ' : ''}${length} characters, more than maxChars (${maxChars}); split it or raise the maxChars option`,
    );
    this.length = length;
    this.maxChars = maxChars;
    this.atLeast = atLeast;
  }
}

/** No mecab binary was found for `backend: 'mecab'` (or `'mecab-ya'`). */
export class MecabNotFoundError extends KornewsError {
  constructor(detail: string) {
    super('E_MECAB_NOT_FOUND', `mecab was not found (${detail}). Install it with: ${installHint()}, or pass backend: 'embedded'`);
  }
}

/** The dictionary path does not exist or does not hold a compiled mecab-ko-dic. */
export class DictionaryError extends KornewsError {
  constructor(message: string) {
    super('E_DICTIONARY', message);
  }
}

/** A morphology request failed (the process died repeatedly, or it produced output we cannot read). */
export class TokenizerError extends KornewsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_TOKENIZER', message, options);
  }
}

/** A morphology request took longer than `timeoutMs`; the process was replaced. */
export class TokenizerTimeoutError extends KornewsError {
  constructor(timeoutMs: number) {
    super('E_TOKENIZER_TIMEOUT', `mecab did not answer within ${timeoutMs} ms; the process was replaced (raise timeoutMs for very long inputs)`);
  }
}

/** The analyzer was used after `close()`. */
export class ClosedError extends KornewsError {
  constructor(what = 'analyzer') {
    super('E_CLOSED', `this ${what} was closed; create a new one`);
  }
}

/** The platform's command that installs mecab. */
export function installHint(platform: NodeJS.Platform = process.platform): string {
  switch (platform) {
    case 'darwin':
      return 'brew install mecab';
    case 'win32':
      return 'install mecab-ko for Windows (github.com/Pusnow/mecab-ko-msvc) and set MECAB_PATH';
    default:
      return 'sudo apt-get install -y mecab (Debian/Ubuntu), sudo dnf install mecab (Fedora)';
  }
}
