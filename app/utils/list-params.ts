// Where a long admin list stands (its search and page), read from the URL and carried along by
// its forms, so an action sends the admin back to the list they were looking at.

const MAX_QUERY = 80;

/**
 * One text parameter of a page's URL, trimmed and cut to a length a query can use: absent or
 * blank is "", never null, so loaders need no defaults of their own.
 */
export function searchParam(request: Request, name: string, maxLength = 200) {
  return (new URL(request.url).searchParams.get(name) ?? "").trim().slice(0, maxLength);
}

/** The list's search and page from the page's URL: nonsense becomes the first page, never a refusal. */
export function listParams(url: URL) {
  const query = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_QUERY);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  return { query, page };
}

/**
 * Back to the list the admin was looking at: each form carries the search and page along. They
 * only place the list, so what does not look like them is dropped rather than refused.
 */
export function listPosition(formData: FormData) {
  const query = String(formData.get("q") ?? "").slice(0, MAX_QUERY);
  const page = String(formData.get("page") ?? "");
  return { q: query || undefined, page: /^\d{1,5}$/.test(page) && page !== "1" ? page : undefined };
}

/** A page of a list as a query's `skip` and `take`. */
export function pageWindow(page: number, size: number) {
  return { skip: (page - 1) * size, take: size };
}

/** How many pages of `size` a list of `total` rows fills: one, even when empty. */
export function pageCount(total: number, size: number) {
  return Math.max(1, Math.ceil(total / size));
}
