// A server-sent event stream that survives what a long-open dashboard meets: dropped connections (the
// browser's EventSource reconnects by itself, resending Last-Event-ID), an expired token (renew, reopen),
// a server that is away (back off), and a stream this server does not offer (stop, and say so).

const API = '/api/v1';
const MAX_BACKOFF_SECONDS = 60;

export const State = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  RECONNECTING: 'reconnecting',
  UNAVAILABLE: 'unavailable',
  CLOSED: 'closed',
});

export class LiveStream {

  #path;
  #session;
  #handlers;
  #onState;
  #source = null;
  #retry = null;
  #failures = 0;
  #state = State.CLOSED;
  #lastEventId = '';

  /**
   * @param path     the stream under /api/v1, e.g. "/stream/dashboard"
   * @param session  the Session whose access token opens it
   * @param handlers event name → function(data, event)
   * @param onState  function(state) on every change of connection state
   */
  constructor(path, session, handlers, onState = () => {}) {
    this.#path = path;
    this.#session = session;
    this.#handlers = handlers;
    this.#onState = onState;
  }

  get state() {
    return this.#state;
  }

  open() {
    this.#stop();
    if (!this.#session.active) {
      this.#setState(State.CLOSED);
      return;
    }
    this.#setState(this.#failures === 0 ? State.CONNECTING : State.RECONNECTING);
    // EventSource cannot send headers; the stream endpoints accept the token as a query parameter, and the
    // last event seen, so a stream opened anew (a renewed token, a retry) resumes where the old one stopped
    const resume = this.#lastEventId ? `&lastEventId=${encodeURIComponent(this.#lastEventId)}` : '';
    const url = `${API}${this.#path}?access_token=${encodeURIComponent(this.#session.accessToken)}${resume}`;
    const source = new EventSource(url);
    this.#source = source;
    source.onopen = () => {
      this.#failures = 0;
      this.#setState(State.LIVE);
    };
    source.onerror = () => {
      if (source !== this.#source) {
        return;
      }
      if (source.readyState === EventSource.CONNECTING) {
        this.#setState(State.RECONNECTING); // the browser is already retrying
      } else {
        this.#diagnose();
      }
    };
    for (const [name, handle] of Object.entries(this.#handlers)) {
      source.addEventListener(name, event => {
        if (source !== this.#source) {
          return;
        }
        if (event.lastEventId) {
          this.#lastEventId = event.lastEventId;
        }
        let data;
        try {
          data = JSON.parse(event.data);
        } catch (malformed) {
          return;
        }
        handle(data, event);
      });
    }
  }

  /**
   * Reopens with the session's current token (after a renewal). A stream found unavailable is tried again
   * too, once per renewal, in case the server has gained it since.
   */
  reopen() {
    if (this.#session.active) {
      this.open();
    }
  }

  close() {
    this.#stop();
    this.#failures = 0;
    this.#lastEventId = '';
    this.#setState(State.CLOSED);
  }

  #stop() {
    clearTimeout(this.#retry);
    this.#retry = null;
    if (this.#source) {
      this.#source.close();
      this.#source = null;
    }
  }

  /**
   * The browser gave up: the answer was not a stream. Ask once more with an ordinary request to learn why,
   * and abort it as soon as its status is known.
   */
  async #diagnose() {
    this.#stop();
    this.#failures++;
    let status = 0;
    const abort = new AbortController();
    try {
      const response = await fetch(`${API}${this.#path}`, {
        headers: { Authorization: `Bearer ${this.#session.accessToken}`, Accept: 'text/event-stream' },
        signal: abort.signal,
      });
      status = response.status;
    } catch (unreachable) {
      status = 0;
    } finally {
      abort.abort();
    }
    if (!this.#session.active) {
      this.#setState(State.CLOSED);
    } else if (status === 401 && this.#failures <= 2) {
      try {
        await this.#session.renew(); // renewal reopens every stream
      } catch (ended) {
        this.#setState(State.CLOSED);
      }
    } else if (status === 403 || status === 404) {
      this.#setState(State.UNAVAILABLE);
    } else {
      this.#setState(State.RECONNECTING);
      const seconds = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(this.#failures, 6));
      this.#retry = setTimeout(() => this.open(), seconds * 1000);
    }
  }

  #setState(state) {
    if (state !== this.#state) {
      this.#state = state;
      this.#onState(state);
    }
  }
}
