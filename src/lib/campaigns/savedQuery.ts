/**
 * The query string of a saved search as an editor pasted it: a bare "a=1&b=2", "?a=1" or a whole
 * address from the browser's bar.
 */
export function savedSearchParams(query: string | null | undefined): URLSearchParams {
  const text = (query ?? '').trim()
  const start = text.indexOf('?')
  return new URLSearchParams(start >= 0 ? text.slice(start + 1) : text)
}
