// The signed-in session: tokens, their renewal, and requests that carry them.
//
// The tokens live in this module's memory only. localStorage would keep them for any script of this origin
// long after the tab is closed; sessionStorage is copied when a tab is duplicated, and since each refresh
// token works once, the second tab to renew would present a spent token and end the session everywhere.
// The price is signing in again after reloading the page.

const API = '/api/v1';

export class SessionEnded extends Error {
}

export class Session {

  #accessToken = null;
  #refreshToken = null;
  #user = null;
  #renewal = null;
  #timer = null;
  #generation = 0;
  #listeners = { renewed: [], ended: [] };

  get user() {
    return this.#user;
  }

  get accessToken() {
    return this.#accessToken;
  }

  get active() {
    return this.#accessToken !== null;
  }

  can(permission) {
    return Boolean(this.#user?.permissions?.includes(permission));
  }

  /** Called with no arguments after every renewal (streams reconnect with the new token then). */
  onRenewed(listener) {
    this.#listeners.renewed.push(listener);
  }

  /** Called with a reason when the server will no longer renew the session. */
  onEnded(listener) {
    this.#listeners.ended.push(listener);
  }

  async signIn(email, password) {
    const response = await fetch(`${API}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      throw new Error(await problemText(response, 'Signing in failed'));
    }
    this.#start(await response.json());
    return this.#user;
  }

  /** Ends the session on the server (best effort) and forgets it here. */
  async signOut() {
    const access = this.#accessToken;
    const refresh = this.#refreshToken;
    this.#forget();
    if (access) {
      try {
        await fetch(`${API}/auth/logout`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${access}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ refreshToken: refresh }),
        });
      } catch (unreachable) {
        // the tokens are gone from this page either way; the access token expires by itself
      }
    }
  }

  /**
   * Trades the refresh token for a new pair. One renewal at a time: the refresh token works once, so two
   * concurrent renewals would spend it twice and the server would end the session.
   */
  renew() {
    if (!this.#renewal) {
      this.#renewal = this.#exchange().finally(() => {
        this.#renewal = null;
      });
    }
    return this.#renewal;
  }

  /** A request with the access token; a 401 renews the session once and tries again. */
  async request(path, { method = 'GET', body } = {}) {
    const send = () => fetch(API + path, {
      method,
      headers: {
        Authorization: `Bearer ${this.#accessToken}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!this.active) {
      throw new SessionEnded('signed out');
    }
    let response = await send();
    if (response.status === 401 && this.active) {
      await this.renew();
      response = await send();
    }
    return response;
  }

  /** The JSON body of a successful GET, or null for any refusal (absent endpoint, missing permission). */
  async readJson(path) {
    const response = await this.request(path);
    return response.ok ? response.json() : null;
  }

  async #exchange() {
    if (!this.#refreshToken) {
      throw new SessionEnded('signed out');
    }
    const generation = this.#generation;
    let response;
    try {
      response = await fetch(`${API}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: this.#refreshToken }),
      });
    } catch (unreachable) {
      // the server is away for a moment; the current token may still be good, so try again shortly
      this.#schedule(15);
      throw unreachable;
    }
    if (generation !== this.#generation) {
      throw new SessionEnded('signed out');
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const reason = await problemText(response, 'Your session has ended');
      this.#forget();
      this.#listeners.ended.forEach(listener => listener(reason));
      throw new SessionEnded(reason);
    }
    if (!response.ok) {
      this.#schedule(15);
      throw new Error(await problemText(response, 'Renewing the session failed'));
    }
    this.#start(await response.json());
    this.#listeners.renewed.forEach(listener => listener());
  }

  #start(pair) {
    this.#accessToken = pair.accessToken;
    this.#refreshToken = pair.refreshToken;
    this.#user = pair.user ?? this.#user;
    // renew well before expiry, leaving room for a slow network or a throttled background tab
    const lifetime = Number(pair.expiresIn) > 0 ? Number(pair.expiresIn) : 900;
    this.#schedule(Math.max(5, lifetime - Math.min(60, lifetime * 0.2)));
  }

  #schedule(seconds) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.renew().catch(() => {}), seconds * 1000);
  }

  #forget() {
    this.#generation++;
    clearTimeout(this.#timer);
    this.#accessToken = null;
    this.#refreshToken = null;
    this.#user = null;
  }
}

/** The human part of a problem+json answer, falling back to the given text. */
export async function problemText(response, fallback) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || fallback;
  } catch (notJson) {
    return `${fallback} (${response.status})`;
  }
}
