import { t } from "@/lib/strings";
import { CopyButton } from "./copy-button";

const linkClass =
  "inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-card px-4 text-sm font-semibold hover:border-accent hover:text-accent";

/** Plain share links (no third-party scripts or iframes) and a button that copies the address. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  const links = [
    { label: t.reading.shareLinkedIn, href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}` },
    { label: t.reading.shareWhatsApp, href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { label: t.reading.shareEmail, href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(t.reading.emailBody(title, url))}` },
  ];
  return (
    <section aria-labelledby="delen" className="print:hidden">
      <h2 id="delen" className="mb-3 font-sans text-xs font-semibold tracking-[0.08em] text-muted uppercase">{t.reading.share}</h2>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} className={linkClass} rel="noopener noreferrer" target={link.href.startsWith("mailto:") ? undefined : "_blank"}>
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <CopyButton value={url} label={t.reading.copyLink} done={t.reading.linkCopied} failed={t.reading.copyFailed} className={linkClass} />
        </li>
      </ul>
    </section>
  );
}
