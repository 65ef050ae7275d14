/** Dutch alphabetical order (so "Één" sorts with the E's): one collator for titles, names and tags. */
export const dutchOrder = new Intl.Collator("nl");
