// Display formatting only: the server computes every amount exactly; the page never adds money up.

const decimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const counts = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

let currencySymbol = '';

export function setCurrencySymbol(symbol) {
  currencySymbol = typeof symbol === 'string' ? symbol : '';
}

/** 1234.5 → "₹1,234.50" (or "1,234.50" when the store's symbol is unknown). */
export function money(amount) {
  const value = Number(amount);
  if (amount === null || amount === undefined || Number.isNaN(value)) {
    return '–';
  }
  const sign = value < 0 ? '−' : '';
  return sign + currencySymbol + decimals.format(Math.abs(value));
}

/** 3500 → "₹3.5K": for chart axes. */
export function moneyShort(amount) {
  const value = Number(amount);
  return Number.isNaN(value) ? '' : (value < 0 ? '−' : '') + currencySymbol + compact.format(Math.abs(value));
}

/** The amount with two decimals and no grouping, as the server wrote it: for data attributes. */
export function plainMoney(amount) {
  const value = Number(amount);
  return Number.isNaN(value) ? '' : value.toFixed(2);
}

export function count(value) {
  const number = Number(value);
  return value === null || value === undefined || Number.isNaN(number) ? '–' : counts.format(number);
}

export function quantity(value, unit) {
  const text = count(value);
  return unit ? `${text} ${String(unit).toLowerCase()}` : text;
}

/** An instant as the local time of day, e.g. "14:02". */
export function timeOfDay(instant) {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "2026-11-15" → "15 Nov" (the date is a calendar day, not an instant, so it is read as UTC). */
export function calendarDay(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? String(isoDate ?? '')
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "2026-11-15" → "Sun 15" for chart labels. */
export function shortDay(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? String(isoDate ?? '')
    : date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Today's date ("2026-11-15") in the store's time zone, or the browser's when it is unknown or invalid. */
export function todayIn(timeZone) {
  try {
    return isoDateIn(new Date(), timeZone || undefined);
  } catch (invalidZone) {
    return isoDateIn(new Date(), undefined);
  }
}

function isoDateIn(date, timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(date);
  const part = type => parts.find(p => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The n calendar days ending with (and including) the given one, oldest first. */
export function daysEndingWith(isoDate, n) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const days = [];
  for (let back = n - 1; back >= 0; back--) {
    days.push(new Date(Date.UTC(year, month - 1, day - back)).toISOString().slice(0, 10));
  }
  return days;
}

export function daysLeft(days) {
  const n = Number(days);
  if (n < 0) {
    return 'expired';
  }
  if (n === 0) {
    return 'expires today';
  }
  return n === 1 ? 'expires tomorrow' : `expires in ${n} days`;
}
