import { t } from "@/lib/strings";
import { paths } from "@/lib/routes";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-5 py-20 text-center sm:py-28">
      <p className="font-serif text-7xl font-semibold text-accent/80">404</p>
      <h1 className="mt-4 font-serif text-4xl font-semibold tracking-tight">{t.notFound.title}</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">{t.notFound.text}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <a href={paths.home} className="inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-on-accent hover:bg-accent-strong">
          {t.notFound.home}
        </a>
        <a href={paths.articles} className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-6 font-semibold hover:border-accent">
          {t.notFound.articles}
        </a>
      </div>
    </div>
  );
}
