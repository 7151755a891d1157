import { Formatter, ReportFormat } from './format';

export * from './format';
export { formatGithubAnnotations } from './github';

/**
 * Each report format, loaded when it is asked for: a run prints one, and SARIF alone
 * pulls in every rule's documentation (part of `aisite validate`'s start-up otherwise,
 * docs/performance.md).
 */
export const FORMATTERS: Readonly<Record<ReportFormat, Formatter>> = {
  text: (result, opts) => (require('./text') as typeof import('./text')).formatText(result, opts),
  json: (result, opts) => (require('./json') as typeof import('./json')).formatJson(result, opts),
  sarif: (result, opts) => (require('./sarif') as typeof import('./sarif')).formatSarif(result, opts),
  junit: (result, opts) => (require('./junit') as typeof import('./junit')).formatJunit(result, opts),
};
