/** Parts of the benchmark that can run alone. */
export const PARTS = ['backend', 'export', 'canvas', 'views', 'workshop', 'search', 'move', 'contacts', 'reviews', 'portfolio'] as const;
/** A part of the benchmark. */
export type Part = (typeof PARTS)[number];

/** The command line of `npm run bench`. */
export interface BenchArgs {
  quick: boolean;
  out: string;
  only: Part[];
}

/** Default place of the JSON report. */
export const DEFAULT_OUT = 'tests/output/bench.json';

/** Usage text. */
export const USAGE = `Usage: npm run bench -- [--quick] [--out FILE] [--only backend|export|canvas|views|workshop|search|move|contacts|reviews|portfolio]
  --quick   sizes 200/1,000/2,000 and fewer runs (under two minutes)
  --out     JSON report (default ${DEFAULT_OUT})
  --only    run one part; repeat or separate with commas for several`;

/** Parses the arguments; throws with a clear sentence on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, out: DEFAULT_OUT, only: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value.\n${USAGE}`);
      return next;
    };
    if (name === '--quick') args.quick = true;
    else if (name === '--out') args.out = value();
    else if (name === '--only') {
      for (const part of value().split(',')) {
        if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}, not "${part}".\n${USAGE}`);
        args.only.push(part as Part);
      }
    } else throw new Error(`Unknown option "${arg}".\n${USAGE}`);
  }
  if (args.only.length === 0) args.only = [...PARTS];
  return args;
}
