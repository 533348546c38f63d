// The revenue bars of the last seven days: history from the analytics endpoint, today's bar from the live
// dashboard figures, so the chart moves with every sale without asking the server again.

import { daysEndingWith, money, moneyShort, shortDay, todayIn } from './format.js';

const DAYS = 7;
const HISTORY = `/analytics/revenue?period=${DAYS}d&interval=day`;

export class RevenueChart {

  #canvas;
  #status;
  #session;
  #chart = null;
  #timeZone = null;
  #days = [];
  #revenue = new Map();
  #todayAmount = null;
  #loading = null;

  constructor(canvas, status, session) {
    this.#canvas = canvas;
    this.#status = status;
    this.#session = session;
  }

  /** Draws the empty week at once, then fills it from the server's history. */
  async load(timeZone) {
    this.#timeZone = timeZone;
    this.#days = daysEndingWith(todayIn(timeZone), DAYS);
    this.#revenue.clear();
    this.#draw();
    await this.#fetchHistory();
  }

  /** Today's total from a dashboard push. A new day (the store's) brings the history up to date. */
  today(totalAmount) {
    this.#todayAmount = Number(totalAmount);
    const today = todayIn(this.#timeZone);
    if (this.#days.length && today !== this.#days[this.#days.length - 1]) {
      this.#days = daysEndingWith(today, DAYS);
      this.#fetchHistory();
    }
    this.#draw();
  }

  destroy() {
    this.#chart?.destroy();
    this.#chart = null;
    this.#days = [];
    this.#revenue.clear();
    this.#todayAmount = null;
    this.#status.textContent = '';
  }

  #fetchHistory() {
    if (!this.#loading) {
      this.#loading = this.#readHistory().finally(() => {
        this.#loading = null;
      });
    }
    return this.#loading;
  }

  async #readHistory() {
    let history = null;
    try {
      history = await this.#session.readJson(HISTORY);
    } catch (unreachable) {
      history = null;
    }
    if (!this.#session.active) {
      return;
    }
    if (history && Array.isArray(history.series)) {
      if (history.timeZone && history.timeZone !== this.#timeZone) {
        this.#timeZone = history.timeZone; // the buckets are the store's days, as the server counts them
        this.#days = daysEndingWith(todayIn(this.#timeZone), DAYS);
      }
      this.#revenue.clear();
      for (const bucket of history.series) {
        this.#revenue.set(String(bucket.bucket).slice(0, 10), Number(bucket.revenue));
      }
      this.#status.textContent = '';
    } else {
      this.#status.textContent = 'No data for earlier days: the revenue history is not available.';
    }
    this.#draw();
  }

  #values() {
    const today = this.#days[this.#days.length - 1];
    return this.#days.map(day => {
      if (day === today && this.#todayAmount !== null) {
        return this.#todayAmount;
      }
      return this.#revenue.has(day) ? this.#revenue.get(day) : null;
    });
  }

  #draw() {
    const values = this.#values();
    const labels = this.#days.map(shortDay);
    this.#canvas.setAttribute('aria-label', `Revenue over the last ${DAYS} days: `
      + labels.map((label, i) => `${label} ${values[i] === null ? 'no data' : money(values[i])}`).join(', '));
    const Chart = window.Chart;
    if (!Chart) {
      this.#status.textContent = 'The chart could not be drawn (its script did not load).';
      return;
    }
    if (this.#chart) {
      this.#chart.data.labels = labels;
      this.#chart.data.datasets[0].data = values;
      this.#chart.update();
      return;
    }
    const style = getComputedStyle(document.documentElement);
    const colour = name => style.getPropertyValue(name).trim();
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#chart = new Chart(this.#canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [{
          label: 'Revenue',
          data: values,
          backgroundColor: colour('--chart-bar'),
          hoverBackgroundColor: colour('--chart-bar-hover'),
          borderRadius: 4,
          maxBarThickness: 48,
        }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: still ? false : { duration: 300 },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: item => money(item.parsed.y) } },
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: colour('--muted') } },
          y: {
            beginAtZero: true,
            grid: { color: colour('--grid') },
            ticks: { color: colour('--muted'), callback: value => moneyShort(value) },
          },
        },
      },
    });
  }
}
