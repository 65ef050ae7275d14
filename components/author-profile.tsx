import type { Author } from "@/lib/content/articles";
import { authorPageJsonLd } from "@/lib/seo/json-ld";
import { paths } from "@/lib/routes";
import { t } from "@/lib/strings";
import { AuthorAvatar } from "./author-avatar";
import { JsonLd } from "./json-ld";

/** The top of an author's page: photo, name, role, bio and links, with the person's structured data. */
export function AuthorProfile({ author }: { author: Author }) {
  const links = Object.entries(author.links) as [keyof typeof t.authors.links, string][];
  return (
    <>
      <JsonLd data={authorPageJsonLd(author)} />
      <header className="mb-14 flex flex-col gap-6 border-b border-line pb-12 sm:flex-row sm:items-start sm:gap-10">
        <AuthorAvatar author={author} size="lg" />
        <div className="max-w-2xl">
          <p className="font-sans text-sm font-semibold text-accent">
            <a href={paths.authors} className="hover:underline">{t.authors.allAuthors}</a>
          </p>
          <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">{author.name}</h1>
          <p className="mt-2 text-lg text-muted">{author.role}</p>
          <div className="mt-6 space-y-4 font-text text-lg leading-relaxed">
            {author.bio.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
          </div>
          {links.length > 0 && (
            <ul className="mt-6 flex flex-wrap gap-3">
              {links.map(([kind, value]) => (
                <li key={kind}>
                  <a
                    href={kind === "email" ? `mailto:${value}` : value}
                    rel={kind === "email" ? undefined : "noopener noreferrer me"}
                    className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-5 text-sm font-semibold hover:border-accent hover:text-accent"
                  >
                    {t.authors.links[kind]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
    </>
  );
}
