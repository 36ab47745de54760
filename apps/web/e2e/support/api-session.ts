import { DEMO_PASSWORD } from './sign-in';

/** An answer of the API: its status and parsed JSON body (null for none). */
export interface ApiAnswer<Body = unknown> {
  status: number;
  body: Body;
}

/**
 * A signed-in client of a running ctip server over real HTTP, as a browser would be: it keeps
 * the session cookie and sends the CSRF token on every state-changing request. Browser tests use
 * it to create the records a journey needs, through the same API the web app calls.
 */
export class ApiSession {
  private constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  /**
   * Signs in with email and password (demo accounts need no second factor).
   * @throws Error when sign-in does not end in an active session.
   */
  static async signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { state?: string };
    if (response.status !== 200 || body.state !== 'active') throw new Error(`sign-in of ${email} answered ${response.status} ${JSON.stringify(body)}`);
    const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]!).find((pair) => pair.includes('ctip_session='));
    if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
    const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    return new ApiSession(baseUrl, cookie, csrfToken);
  }

  /** Sends a request; the body is sent as JSON. Never throws for an error status. */
  async request<Body = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiAnswer<Body>> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Body };
  }

  /**
   * Sends a request that must succeed.
   * @throws Error with the status and body when the answer is not 2xx.
   */
  async expectOk<Body = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Body> {
    const answer = await this.request<Body>(method, path, body);
    if (answer.status < 200 || answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}
