/** Types of gate-reporter.js (a plain-JS jest reporter, loaded by jest without transform). */
declare class GateReporter {
  constructor(globalConfig?: { testNamePattern?: string });
  onTestResult(test: unknown, result: { testResults: Array<{ status: string; title: string; ancestorTitles: string[] }> }): void;
  onRunComplete(): void;
}
declare namespace GateReporter {
  function skippedName(group: string, reasons: readonly string[], variables: readonly string[]): string;
  function parseSkippedName(name: string): { group: string; reasons: string[]; variables: string[] } | undefined;
  function summary(skipped: ReadonlyMap<string, number>, nameFilter?: string): string;
}
export = GateReporter;
