// Rows hold JSON the store itself wrote; reading it back is trusted (validating every hot read
// would cost more than the search it serves).
export function parseStoredJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
