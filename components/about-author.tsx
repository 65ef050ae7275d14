import type { Author } from "@/lib/content/articles";
import { t } from "@/lib/strings";
import { AuthorAvatar } from "./author-avatar";
import { authorPath } from "@/lib/routes";

/** The short "about the author" block at the end of an article. */
export function AboutAuthor({ author }: { author: Author }) {
  return (
    <section aria-label={`${t.article.aboutAuthor}: ${author.name}`} className="flex gap-5 rounded-xl bg-panel p-6 sm:p-8">
      <AuthorAvatar author={author} size="md" />
      <div>
        <p className="font-sans text-xs font-semibold tracking-[0.08em] text-muted uppercase">{t.article.aboutAuthor}</p>
        <h2 className="mt-1 font-serif text-xl font-semibold">
          <a href={authorPath(author.slug)} className="hover:text-accent hover:underline">{author.name}</a>
        </h2>
        <p className="text-sm text-muted">{author.role}</p>
        <p className="mt-3 leading-relaxed">{author.bio[0]}</p>
      </div>
    </section>
  );
}
