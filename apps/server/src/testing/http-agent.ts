import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser-like client for `app.inject`: it keeps the session cookie the server sets and sends
 * the CSRF token on state-changing requests, as the web app does.
 */
let agents = 0;

export class HttpAgent {
  cookie: string | null = null;
  csrfToken: string | null = null;
  /** Each agent comes from its own address, as separate people would (rate limits are per address). */
  readonly remoteAddress: string;

  constructor(private readonly app: FastifyInstance) {
    agents += 1;
    this.remoteAddress = `10.${(agents >> 16) & 255}.${(agents >> 8) & 255}.${agents & 255}`;
  }

  /** Sends a request; pass `csrf: false` to leave the token out. */
  async request(method: Method, url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const injected: InjectOptions = { method, url, headers, remoteAddress: this.remoteAddress };
    if (body !== undefined) injected.payload = body as InjectOptions['payload'];
    const response = await this.app.inject(injected);
    this.absorbCookie(response);
    return response;
  }

  get(url: string, options?: { headers?: Record<string, string> }) {
    return this.request('GET', url, undefined, options);
  }
  post(url: string, body?: unknown, options?: { csrf?: boolean; headers?: Record<string, string> }) {
    return this.request('POST', url, body, options);
  }
  patch(url: string, body?: unknown, options?: { csrf?: boolean }) {
    return this.request('PATCH', url, body, options);
  }
  put(url: string, body?: unknown, options?: { csrf?: boolean }) {
    return this.request('PUT', url, body, options);
  }
  delete(url: string, options?: { csrf?: boolean }) {
    return this.request('DELETE', url, undefined, options);
  }

  /** Reads the CSRF token of the current session, as the web app does after each sign-in step. */
  async refreshCsrf(): Promise<void> {
    const response = await this.get('/api/auth/session');
    this.csrfToken = response.statusCode === 200 ? (response.json() as { csrfToken: string }).csrfToken : null;
  }

  private absorbCookie(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as Array<{ name: string; value: string; expires?: Date }>) {
      if (!cookie.name.endsWith('ctip_session')) continue;
      const expired = cookie.value === '' || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now() - 1000 * 60 * 60 * 24 * 365);
      this.cookie = expired ? null : `${cookie.name}=${cookie.value}`;
    }
  }
}
