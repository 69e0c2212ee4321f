/**
 * User-facing policy errors. A policy mistake is not a crash: it is reported as
 * one line per problem naming the file, the field path, the offending value and
 * the fix, and the CLI exits non-zero without a stack trace.
 */

export interface PolicyProblem {
  /** Policy file (repo-relative), or a logical source such as "catalog". */
  readonly file: string;
  /** Dotted path of the field inside that file, e.g. "vendors.openia". */
  readonly field: string;
  /** What is wrong, quoting the offending value. */
  readonly problem: string;
  /** What to do instead. */
  readonly fix: string;
}

export function formatProblem(p: PolicyProblem): string {
  const where = p.field ? `${p.file}: ${p.field}` : p.file;
  return `${where}: ${p.problem}. Fix: ${p.fix}`;
}

export class PolicyError extends Error {
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PolicyError';
    this.problems = problems;
  }

  static single(problem: PolicyProblem): PolicyError {
    return new PolicyError([problem]);
  }
}

/** Throws one PolicyError carrying every collected problem, if there are any. */
export function throwIfProblems(problems: readonly PolicyProblem[]): void {
  if (problems.length > 0) throw new PolicyError(problems);
}
