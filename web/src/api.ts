// The one way the web application talks to the API: JSON in and out, the session cookie sent by
// the browser, errors turned into ApiError with the server's Chinese message and stable code.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown[] } };
    if (body.error?.message) return new ApiError(response.status, body.error.code ?? 'UNKNOWN', body.error.message, body.error.details);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, 'HTTP_ERROR', `服务器返回错误（HTTP ${response.status}），请稍后再试。`);
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试。');
  }
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Uploads raw bytes (ledger import). */
  async upload<T>(path: string, file: Blob): Promise<T> {
    let response: Response;
    try {
      response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream' }, body: file });
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试。');
    }
    if (!response.ok) throw await failure(response);
    return (await response.json()) as T;
  },
};

/** A message for people from anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '发生未知错误，请刷新页面后重试。';
}
