// JSON parsing that keeps twin versions exact. Versions are .NET ticks (~6.4e17), beyond what a JS
// number holds without rounding (2^53), and clients must compare them exactly. The text's version
// numbers are quoted before parsing (a quote inside a JSON string is escaped, so the pattern only
// meets real keys) and become bigint where they are used (toVersion). One regex pass over a 10 000-twin
// snapshot costs a few milliseconds; a JSON.parse reviver would cost hundreds.

const VERSION = /"version":\s*(-?\d+)/g;

export function parseJson<T>(text: string): T {
  return JSON.parse(text.replace(VERSION, '"version":"$1"')) as T;
}

/** A version as parsed (string), or already converted. */
export function toVersion(value: bigint | string | number): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}
