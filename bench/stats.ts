import { performance } from "node:perf_hooks";

/** Medians with their range, and how a figure is printed next to its target. */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("no measurement to summarise");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/** `1.15 (1.10–1.21, 5 runs)` */
export function show(s: Spread, digits: number, runs: number, unit = ""): string {
  const f = (x: number) => x.toFixed(digits);
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)}${unit}, ${runs} run${runs === 1 ? "" : "s"})`;
}

/** One line of the results: the figure, what was measured, the target and PASS or MISS. */
export function verdict(figure: string, measured: string, target: string, pass: boolean): string {
  return `${pass ? "PASS" : "MISS"}  ${figure}: ${measured}   target ${target}`;
}

/**
 * Runs every variant once per round, in a different order each round, so that drift in the
 * machine's load hits each alike. Rounds after the first start only while `deadline`
 * (performance.now() milliseconds) has not passed; returns the number of rounds run.
 */
export async function interleaved<T extends string>(
  variants: readonly T[],
  rounds: number,
  deadline: number,
  step: (variant: T) => Promise<void>,
): Promise<number> {
  let round = 0;
  for (; round < rounds && (round === 0 || performance.now() < deadline); round++) {
    for (let i = 0; i < variants.length; i++) await step(variants[(i + round) % variants.length] as T);
  }
  return round;
}
