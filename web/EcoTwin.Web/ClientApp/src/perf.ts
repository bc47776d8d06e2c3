/** Milestones of this page (ms since navigation start), shown to tests and the bench as __ecotwin.timings. */
export const timings: Record<string, number> = {};

export function mark(name: string): void {
  timings[name] ??= Math.round(performance.now());
}
