import { ValidationResult } from '../../spec/validate';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatOptions {
  /** Warnings fail validation. */
  readonly strict: boolean;
  /** ANSI colors (text only). */
  readonly color: boolean;
  /** aisite's version, for SARIF tool metadata. */
  readonly version: string;
  /** List suppressed findings in the text report (other formats always carry them). @default false */
  readonly showSuppressed?: boolean;
}

export type Formatter = (result: ValidationResult, opts: FormatOptions) => string;
