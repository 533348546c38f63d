// Rendering. Every piece of text from the server goes in through textContent or an attribute, never as
// markup; list items are cloned from the page's <template>s.

import { calendarDay, count, daysLeft, money, plainMoney, quantity, timeOfDay } from './format.js';

const MAX_TICKER = 10;
const MAX_NOTICES = 8;

export function byTestId(id) {
  return document.querySelector(`[data-testid="${id}"]`);
}

function setText(id, text) {
  byTestId(id).textContent = text;
}

function fromTemplate(id) {
  return document.getElementById(id).content.firstElementChild.cloneNode(true);
}

function part(element, selector, text) {
  element.querySelector(selector).textContent = text;
}

/** Replaces a list's items and shows its "nothing here" line when it is empty. */
function fillList(id, items, render) {
  const list = byTestId(id);
  list.replaceChildren(...items.map(render));
  showEmpty(id);
}

function showEmpty(id) {
  const empty = byTestId(`${id}-empty`);
  if (empty) {
    empty.hidden = byTestId(id).children.length > 0;
  }
}

export function showDashboard(signedIn) {
  byTestId('sign-in').hidden = signedIn;
  byTestId('dashboard').hidden = !signedIn;
  byTestId('session').hidden = !signedIn;
}

export function showSignInError(text) {
  setText('sign-in-error', text ?? '');
}

export function showUser(user, storeName) {
  setText('user-name', user ? `${user.fullName || user.email} · ${roleName(user.role)}` : '');
  setText('store-name', storeName || 'Store dashboard');
  document.title = storeName ? `${storeName} · dashboard` : 'Store dashboard';
}

function roleName(role) {
  return role ? role.charAt(0) + role.slice(1).toLowerCase().replace('_', ' ') : '';
}

const CONNECTION_TEXT = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  unavailable: 'Offline',
  closed: 'Offline',
};

export function showConnection(state) {
  const element = byTestId('connection-state');
  element.dataset.state = state;
  element.textContent = CONNECTION_TEXT[state] ?? state;
  byTestId('dashboard').classList.toggle('stale', state !== 'live');
}

/** The figures of one `dashboard` event. */
export function showFigures(view) {
  const today = view.todaySales ?? {};
  const amount = byTestId('today-sales-amount');
  amount.textContent = money(today.totalAmount);
  amount.dataset.value = plainMoney(today.totalAmount);
  setText('today-bills', count(today.billsCount));
  setText('today-cash-sales', count(today.cashSales));
  setText('today-credit-sales', count(today.creditSales));

  const credit = view.creditOutstanding ?? {};
  const outstanding = byTestId('credit-outstanding-amount');
  outstanding.textContent = money(credit.totalAmount);
  outstanding.dataset.value = plainMoney(credit.totalAmount);
  setText('credit-outstanding-customers', count(credit.customersCount));

  const inventory = view.inventory ?? {};
  setText('inventory-active', count(inventory.activeProducts));
  setText('inventory-low-stock', count(inventory.lowStockCount));
  setText('inventory-expiring', count(inventory.expiringCount));

  const customers = view.customers ?? {};
  setText('customers-total', count(customers.total));
  setText('customers-new', count(customers.newThisWeek));

  const alerts = view.alerts ?? {};
  fillList('alerts-low-stock', alerts.lowStock ?? [], alert => {
    const item = fromTemplate('low-stock-item');
    item.dataset.productId = alert.productId;
    part(item, '.name', alert.name);
    part(item, '.detail', `${quantity(alert.currentStock, alert.unit)} left, minimum ${quantity(alert.minStock, alert.unit)}`);
    return item;
  });
  fillList('alerts-expiring', alerts.expiring ?? [], alert => {
    const item = fromTemplate('expiring-item');
    item.dataset.productId = alert.productId;
    part(item, '.name', alert.name);
    part(item, '.detail', `${daysLeft(alert.daysLeft)} (${calendarDay(alert.expiryDate)}), ${count(alert.stock)} in stock`);
    return item;
  });

  const updated = byTestId('updated-at');
  const now = new Date();
  updated.dateTime = now.toISOString();
  updated.textContent = now.toLocaleTimeString();
}

export function clearFigures() {
  for (const id of ['today-sales-amount', 'today-bills', 'today-cash-sales', 'today-credit-sales',
    'credit-outstanding-amount', 'credit-outstanding-customers', 'inventory-active', 'inventory-low-stock',
    'inventory-expiring', 'customers-total', 'customers-new', 'updated-at']) {
    const element = byTestId(id);
    element.textContent = '–';
    delete element.dataset.value;
  }
  for (const id of ['alerts-low-stock', 'alerts-expiring', 'approvals', 'sales-ticker', 'live-notices']) {
    byTestId(id).replaceChildren();
    showEmpty(id);
  }
}

// ---------------------------------------------------------------- bills waiting for approval

/**
 * Adds a bill to the approvals list unless it is there already; says whether it added it.
 * @param request {saleId, billNumber, totalAmount, requestedAt}
 * @param decide  function(saleId, decision, notes) → Promise of an error text or null
 */
export function addApproval(request, decide) {
  const list = byTestId('approvals');
  if ([...list.children].some(item => item.dataset.saleId === request.saleId)) {
    return false;
  }
  const item = fromTemplate('approval-item');
  item.dataset.saleId = request.saleId;
  item.dataset.testid = 'approval';
  part(item, '.name', request.billNumber ?? 'Bill');
  part(item, '.amount', money(request.totalAmount));
  part(item, '.detail', request.requestedAt ? `asked at ${timeOfDay(request.requestedAt)}` : '');
  const error = item.querySelector('.form-error');
  const form = item.querySelector('.reject-form');
  const buttons = [...item.querySelectorAll('button')];
  const run = async (decision, notes) => {
    buttons.forEach(button => { button.disabled = true; });
    error.textContent = '';
    const failure = await decide(request.saleId, decision, notes);
    if (failure) {
      error.textContent = failure;
      buttons.forEach(button => { button.disabled = false; });
    }
  };
  const approve = item.querySelector('[data-action="approve"]');
  approve.setAttribute('aria-label', `Approve ${request.billNumber ?? 'bill'}`);
  approve.addEventListener('click', () => run('approve'));
  const reject = item.querySelector('[data-action="reject"]');
  reject.setAttribute('aria-label', `Reject ${request.billNumber ?? 'bill'}`);
  reject.addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) {
      form.elements.notes.focus();
    }
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    const notes = form.elements.notes.value.trim();
    if (notes) {
      run('reject', notes);
    }
  });
  list.append(item);
  showEmpty('approvals');
  return true;
}

/** @return whether the bill was on the list */
export function removeApproval(saleId) {
  const items = [...byTestId('approvals').children].filter(item => item.dataset.saleId === saleId);
  items.forEach(item => item.remove());
  showEmpty('approvals');
  return items.length > 0;
}

/** The list becomes exactly these bills (after a reconnect, some may have been decided meanwhile). */
export function showApprovals(requests, decide) {
  const waiting = new Set(requests.map(request => request.saleId));
  [...byTestId('approvals').children].filter(item => !waiting.has(item.dataset.saleId))
    .forEach(item => item.remove());
  requests.forEach(request => addApproval(request, decide));
  showEmpty('approvals');
}

// ---------------------------------------------------------------- latest bills

/** A completed bill at the top of the ticker: {saleId, billNumber, totalAmount, creditAmount, tenders, completedAt}. */
export function addSale(sale, { highlight = true } = {}) {
  const list = byTestId('sales-ticker');
  [...list.children].filter(item => item.dataset.saleId === sale.saleId).forEach(item => item.remove());
  const item = fromTemplate('sale-item');
  item.dataset.saleId = sale.saleId;
  part(item, '.name', sale.billNumber ?? '');
  part(item, '.amount', money(sale.totalAmount));
  const methods = [...new Set((sale.tenders ?? []).map(tender => tender.method))].join(' + ');
  part(item, '.detail', [methods, timeOfDay(sale.completedAt)].filter(Boolean).join(' · '));
  if (highlight) {
    item.classList.add('fresh');
  }
  list.prepend(item);
  while (list.children.length > MAX_TICKER) {
    list.lastElementChild.remove();
  }
  showEmpty('sales-ticker');
}

export function showSales(sales) {
  byTestId('sales-ticker').replaceChildren();
  [...sales].reverse().forEach(sale => addSale(sale, { highlight: false }));
  showEmpty('sales-ticker');
}

// ---------------------------------------------------------------- what just happened

export function notice(text) {
  const list = byTestId('live-notices');
  const item = fromTemplate('notice-item');
  const now = new Date();
  const time = item.querySelector('time');
  time.dateTime = now.toISOString();
  time.textContent = timeOfDay(now);
  part(item, '.detail', text);
  list.prepend(item);
  while (list.children.length > MAX_NOTICES) {
    list.lastElementChild.remove();
  }
  showEmpty('live-notices');
}

export function showPanel(id, visible) {
  byTestId(id).hidden = !visible;
}
