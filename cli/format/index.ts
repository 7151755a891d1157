import { Formatter, ReportFormat } from './format';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

export * from './format';
export { formatGithubAnnotations } from './github';

export const FORMATTERS: Readonly<Record<ReportFormat, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
};
