/** Milestones of this page (ms since navigation start), shown to tests and the bench as __ecotwin.timings. */
export const timings: Record<string, number> = {};

/** Records a milestone once; it also shows as a User Timing mark in the browser's performance tools. */
export function mark(name: string): void {
  if (name in timings) return;
  timings[name] = Math.round(performance.now());
  performance.mark(`ecotwin:${name}`);
}
