type Query = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `?category=<slug>&page=<n>` of the news list; anything else is ignored. */
export function parseNewsQuery(query: Query): { category: string | null; page: number } {
  const category = first(query.category)
  const page = Number(first(query.page))
  return {
    category: category && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(category) && category.length <= 120 ? category : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}
