/** Output sinks of a CLI command; each call is one line (or block) without the trailing newline. Tests pass their own. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const defaultIo: CliIo = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};
