// One-line progress on a terminal: "[####------]  37% 已读 1234/5000 · 12 失败 · 310 份/秒 · 预计剩余 0:13".
// Redrawn in place at most ten times a second; only ever used when stderr is a terminal.

export interface ProgressState {
  done: number;
  failed: number;
  /** Files to read in all, once the count of the inputs has finished; null until then. */
  total: number | null;
  /** Files per second, lately. */
  rate: number;
}

/** "0:13", "12:05", "1:02:03". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function truncate(text: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}

export function progressText(s: ProgressState): string {
  const { rate } = s;
  const parts = [`已读 ${s.done}${s.total === null ? '' : `/${s.total}`}`, `${s.failed} 失败`, `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} 份/秒`];
  if (s.total !== null && rate > 0) parts.push(`预计剩余 ${formatDuration(Math.max(0, s.total - s.done) / rate)}`);
  return parts.join(' · ');
}

function bar(done: number, total: number, width = 20): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
}

/** The whole line for a terminal `columns` wide: the bar goes first when space is short. */
export function progressLine(s: ProgressState, columns: number): string {
  const text = progressText(s);
  const full = s.total === null ? text : `${bar(s.done, s.total)} ${text}`;
  const room = Math.max(10, columns - 1); // never reach the last column: the terminal would wrap
  if (displayWidth(full) <= room) return full;
  return truncate(text, room);
}

export interface TerminalLike {
  write(text: string): unknown;
  columns?: number;
}

const CLEAR_LINE = '\r\x1b[K';

/** The rate over about the last this many milliseconds, so the time left follows the current pace. */
const RATE_WINDOW_MS = 5000;

export class ProgressBar {
  private state: ProgressState = { done: 0, failed: 0, total: null, rate: 0 };
  private lastDraw = -Infinity;
  private readonly started: number;
  /** (time, done) when drawn, for the recent rate. */
  private readonly marks: [number, number][] = [];
  private readonly timer: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly term: TerminalLike,
    private readonly now: () => number = () => performance.now(),
    private readonly minIntervalMs = 100,
  ) {
    this.started = now();
    // Keeps rate and time left moving while one slow file holds up the results.
    this.timer = setInterval(() => this.draw(true), 500);
    this.timer.unref();
  }

  setTotal(total: number): void {
    this.state = { ...this.state, total };
  }

  update(done: number, failed: number): void {
    this.state = { ...this.state, done, failed };
    this.draw(false);
  }

  private draw(force: boolean): void {
    if (this.stopped) return;
    const t = this.now();
    if (!force && t - this.lastDraw < this.minIntervalMs) return;
    this.lastDraw = t;
    this.state = { ...this.state, rate: this.rateAt(t) };
    this.term.write(CLEAR_LINE + progressLine(this.state, this.term.columns || 80));
  }

  private rateAt(t: number): number {
    this.marks.push([t, this.state.done]);
    while (this.marks.length > 2 && t - this.marks[1]![0] >= RATE_WINDOW_MS) this.marks.shift();
    const [t0, d0] = this.marks[0]!;
    // Until a second of history exists, the average since the start.
    const [from, base] = t - t0 >= 1000 ? [t0, d0] : [this.started, 0];
    return t > from ? ((this.state.done - base) * 1000) / (t - from) : 0;
  }

  /** Clears the line, so the summary that follows starts clean. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.term.write(CLEAR_LINE);
  }
}
