/**
 * Brief highlights of changed cells (`data-flash` on, then fading, then gone), stepped by one timer
 * for all cells. A highlight costs a few repaints instead of an animation frame at every vsync for
 * its whole length: with many table screens on one machine, per-frame fades starved the renderers.
 */
export class CellFlash {
  private readonly lit = new Map<HTMLElement, number>();
  private timer = 0;

  constructor(private readonly durationMs = 1200, private readonly stepMs = 200) {}

  /** Lights `cell` (again, if it is lit) for the highlight's duration. */
  flash(cell: HTMLElement): void {
    const now = Date.now();
    cell.dataset.flash = 'on';
    cell.dataset.flashedAt = String(now);
    this.lit.set(cell, now);
    this.timer ||= window.setInterval(() => this.step(), this.stepMs);
  }

  private step(): void {
    const now = Date.now();
    for (const [cell, at] of this.lit) {
      const age = now - at;
      if (age >= this.durationMs) {
        delete cell.dataset.flash;
        this.lit.delete(cell);
      } else if (age >= this.durationMs / 2) {
        cell.dataset.flash = 'fade';
      }
    }
    if (!this.lit.size) {
      window.clearInterval(this.timer);
      this.timer = 0;
    }
  }
}
