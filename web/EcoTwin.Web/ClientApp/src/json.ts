// JSON parsing that keeps twin versions exact (bigint), using the reviver's access to the source text
// (JSON.parse source text access, in every current Chromium). Where a browser lacks it, versions fall back
// to numbers rounded by JSON.parse, converted to bigint so comparisons still type-check.

interface ReviverContext {
  source?: string;
}

function reviver(this: unknown, key: string, value: unknown, context?: ReviverContext): unknown {
  if (key === 'version' && typeof value === 'number') {
    return context?.source !== undefined ? BigInt(context.source) : BigInt(Math.trunc(value));
  }
  return value;
}

export function parseJson<T>(text: string): T {
  return JSON.parse(text, reviver as (this: unknown, key: string, value: unknown) => unknown) as T;
}
