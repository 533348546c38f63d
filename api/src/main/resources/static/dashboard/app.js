// The web dashboard: sign in, then today's figures, the week's revenue, alerts, approvals and the latest
// bills, all kept current by server-sent events.

import { money, setCurrencySymbol } from './format.js';
import { RevenueChart } from './revenue-chart.js';
import { Session, problemText } from './session.js';
import { LiveStream, State } from './streams.js';
import * as view from './view.js';

const session = new Session();
const chart = new RevenueChart(view.byTestId('revenue-chart'), view.byTestId('revenue-chart-status'), session);

let lastBillsCount = null;
let salesRefresh = null;

const dashboardStream = new LiveStream('/stream/dashboard', session, {
  dashboard: onDashboard,
  alert: onAlert,
  'approval-requested': request => {
    if (session.can('BILL_APPROVE') && view.addApproval(request, decide)) {
      view.notice(`${request.billNumber} for ${money(request.totalAmount)} is waiting for approval`);
    }
  },
  'approval-decided': decision => {
    // a decision made on this page has already left the list and been noted
    if (view.removeApproval(decision.saleId)) {
      const verb = decision.decision === 'APPROVED' ? 'was approved' : 'was sent back to the cashier';
      view.notice(`${decision.billNumber} ${verb}`);
    }
  },
}, state => {
  view.showConnection(state);
  if (state === State.LIVE) {
    // what happened while the stream was down comes with the first dashboard event; bills and approvals
    // are read again, as their events may have been missed
    loadLatestSales();
    loadApprovals();
  }
});

const salesStream = new LiveStream('/stream/sales', session, {
  sale: sale => view.addSale(sale),
});

session.onRenewed(() => {
  dashboardStream.reopen();
  if (session.can('SALE_VIEW')) {
    salesStream.reopen();
  }
});
session.onEnded(reason => signedOut(`${reason}. Please sign in again.`));

function onDashboard(figures) {
  view.showFigures(figures);
  chart.today(figures.todaySales?.totalAmount);
  const bills = figures.todaySales?.billsCount;
  if (lastBillsCount !== null && bills !== lastBillsCount && salesStream.state !== State.LIVE) {
    // without the sales stream, the ticker follows the dashboard's bill count
    scheduleSalesRefresh();
  }
  lastBillsCount = bills;
}

function onAlert(alert) {
  const what = alert.kind === 'EXPIRING' ? 'is about to expire' : 'is running low';
  view.notice(`${alert.name} ${what}`);
}

async function decide(saleId, decision, notes) {
  try {
    const response = await session.request(`/sales/${encodeURIComponent(saleId)}/${decision}`, {
      method: 'POST',
      body: decision === 'reject' ? { notes } : {},
    });
    if (!response.ok) {
      return problemText(response, 'That did not work');
    }
    const sale = await response.json();
    // the approval-decided push may have been first: one notice either way
    if (view.removeApproval(saleId)) {
      view.notice(`${sale.billNumber} ${decision === 'approve' ? 'approved' : 'sent back to the cashier'}`);
    }
    return null;
  } catch (failure) {
    return 'The server could not be reached. Try again.';
  }
}

async function loadApprovals() {
  if (!session.can('BILL_APPROVE')) {
    return;
  }
  const page = await session.readJson('/sales/pending-approval?limit=100').catch(() => null);
  if (page && session.active) {
    view.showApprovals(page.items.map(sale => ({ saleId: sale.id, billNumber: sale.billNumber,
      totalAmount: sale.totalAmount, requestedAt: sale.updatedAt ?? sale.createdAt })), decide);
  }
}

async function loadLatestSales() {
  if (!session.can('SALE_VIEW')) {
    return;
  }
  const page = await session.readJson('/sales?status=COMPLETED&limit=10').catch(() => null);
  if (page && session.active) {
    view.showSales(page.items.map(sale => ({
      saleId: sale.id, billNumber: sale.billNumber, totalAmount: sale.totalAmount,
      creditAmount: sale.creditAmount, tenders: sale.payments, completedAt: sale.updatedAt ?? sale.createdAt,
    })));
  }
}

function scheduleSalesRefresh() {
  if (!salesRefresh) {
    salesRefresh = setTimeout(() => {
      salesRefresh = null;
      loadLatestSales();
    }, 500);
  }
}

async function signedIn() {
  const user = session.user;
  view.showSignInError('');
  if (!session.can('DASHBOARD_VIEW')) {
    await session.signOut();
    view.showSignInError('Your role has no dashboard to show.');
    return;
  }
  const settings = await session.readJson('/settings').catch(() => null);
  setCurrencySymbol(settings?.currencySymbol ?? '');
  view.showUser(user, settings?.storeName);
  view.showPanel('approvals-panel', session.can('BILL_APPROVE'));
  view.showPanel('sales-panel', session.can('SALE_VIEW'));
  view.showDashboard(true);
  document.getElementById('main').focus({ preventScroll: true });
  dashboardStream.open();
  if (session.can('SALE_VIEW')) {
    salesStream.open();
  }
  chart.load(settings?.timeZone);
}

function signedOut(message) {
  dashboardStream.close();
  salesStream.close();
  clearTimeout(salesRefresh);
  salesRefresh = null;
  lastBillsCount = null;
  chart.destroy();
  view.clearFigures();
  view.showUser(null, null);
  setCurrencySymbol('');
  view.showDashboard(false);
  view.showSignInError(message ?? '');
  view.byTestId('password').value = '';
  view.byTestId('email').focus();
}

view.byTestId('sign-in-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  const submit = view.byTestId('sign-in-submit');
  submit.disabled = true;
  view.showSignInError('');
  try {
    await session.signIn(form.elements.email.value.trim(), form.elements.password.value);
    form.elements.password.value = '';
    await signedIn();
  } catch (failure) {
    view.showSignInError(failure instanceof TypeError ? 'The server could not be reached.' : failure.message);
  } finally {
    submit.disabled = false;
  }
});

view.byTestId('sign-out').addEventListener('click', async () => {
  const leaving = session.signOut();
  signedOut();
  await leaving;
});
