import type { AuthorSummary } from "@/lib/content/articles";
import { avatarPicture, isRaster } from "@/lib/images/variants";
import { ResponsivePicture } from "./responsive-picture";
import { withBasePath } from "@/lib/routes";

/** Initials for a name: first and last word, e.g. "Youssef El Amrani" → "YA". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length >= 2 ? [words[0]!, words[words.length - 1]!] : [name];
  return picked.map((w) => w[0]!.toUpperCase()).join("");
}

const sizes = { sm: "size-9 text-xs", md: "size-12 text-sm", lg: "size-24 text-2xl" } as const;
const pixels = { sm: 36, md: 48, lg: 96 } as const;

/** An author's photo, or a tidy initials badge when there is none. */
export function AuthorAvatar({ author, size = "sm" }: { author: AuthorSummary; size?: keyof typeof sizes }) {
  if (author.avatar && isRaster(author.avatar)) {
    return <ResponsivePicture picture={avatarPicture(author.avatar, pixels[size])} alt="" className={`${sizes[size]} shrink-0 rounded-full bg-line object-cover`} />;
  }
  if (author.avatar) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- small static files from public/, no optimiser needed
      <img src={withBasePath(author.avatar)} alt="" className={`${sizes[size]} shrink-0 rounded-full bg-line object-cover`} width={96} height={96} />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-testid="initials"
      className={`${sizes[size]} inline-flex shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold tracking-wide text-accent-strong`}
    >
      {initials(author.name)}
    </span>
  );
}
