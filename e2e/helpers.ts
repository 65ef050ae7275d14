import type { APIRequestContext } from "@playwright/test";

/** Counts the article cards of a paginated list, following its /pagina/N pages. */
export async function countCardsAcrossPages(request: APIRequestContext, basePath: string): Promise<number> {
  let total = 0;
  for (let page = 1; page < 1000; page++) {
    const response = await request.get(page === 1 ? basePath : `${basePath}/pagina/${page}`);
    if (response.status() !== 200) break;
    const html = await response.text();
    total += html.match(/data-testid="article-card"/g)?.length ?? 0;
    if (!html.includes(`${basePath}/pagina/${page + 1}"`)) break;
  }
  return total;
}
