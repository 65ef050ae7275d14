import { describe, expect, it } from "vitest";
import { parseMdx } from "./compile";
import { checkMdxTree, type SiteContext } from "./rules";

const context: SiteContext = {
  pageExists: (p) => ["/artikelen", "/artikelen/bestaat", "/tags/it", "/auteurs/jeroen-bakker"].includes(p),
  publicFileExists: (p) => p === "/images/foto.jpg",
};

function check(body: string) {
  const tree = parseMdx(body);
  if ("reason" in tree) throw new Error(tree.reason);
  return checkMdxTree(tree, context);
}

describe("MDX allowlist", () => {
  it("accepts Markdown and a PullQuote with string props", () => {
    expect(
      check('Tekst met *nadruk* en een [link](https://example.nl).\n\n## Kop\n\n### Sub\n\n- punt\n\n> citaat\n\n<PullQuote cite="Tom" role="junior">\nZin.\n</PullQuote>\n'),
    ).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", 3, "HTML element <script> is not allowed; use Markdown (or one of: PullQuote)"],
    ['<iframe src="https://evil.example"></iframe>', 3, "HTML element <iframe> is not allowed; use Markdown (or one of: PullQuote)"],
    ["<style>{'body{}'}</style>", 3, "HTML element <style> is not allowed; use Markdown (or one of: PullQuote)"],
    ['<object data="x"></object>', 3, "HTML element <object> is not allowed; use Markdown (or one of: PullQuote)"],
    ["Som: {1+1}", 3, "{1+1} is code, which is blocked and would vanish; remove the braces or write \\{ for a literal brace"],
    ['import x from "y"', 3, "import and export are not allowed in articles; remove this line"],
    ["export const a = 1", 3, "import and export are not allowed in articles; remove this line"],
    ["<Pullquote cite=\"Tom\">\nx\n</Pullquote>", 3, "unknown component <Pullquote>; did you mean PullQuote?"],
    ["<PullQuote>\nx\n</PullQuote>", 3, '<PullQuote> needs the prop cite="…"'],
    ["<PullQuote cite={naam}>\nx\n</PullQuote>", 3, 'prop cite of <PullQuote> is given as an {expression}, which is blocked and would vanish; write cite="text"'],
    ['<PullQuote cite="Tom" onClick="steal()">\nx\n</PullQuote>', 3, 'event handler "onClick" on <PullQuote> is not allowed: articles cannot run code'],
    ['<PullQuote cite="Tom" {...props}>\nx\n</PullQuote>', 3, "<PullQuote> has a {…} expression among its props; write each prop as name=\"text\""],
    ['<PullQuote cite="Tom" rol="x">\nx\n</PullQuote>', 3, '<PullQuote> has no prop "rol"; did you mean role? (it takes: cite, role)'],
    ['<PullQuote cite="Tom" />', 3, "<PullQuote> is empty; put the text between <PullQuote> and </PullQuote>"],
    ["[klik](javascript:alert(1))", 3, 'link to a "javascript:" address is not allowed; use an https:// address or a page of this site'],
    ["[klik](data:text/html;base64,PHNjcmlwdD4=)", 3, 'link to a "data:" address is not allowed; use an https:// address or a page of this site'],
    ["[weg](/artikelen/bestaat-niet)", 3, "link to /artikelen/bestaat-niet, a page that does not exist; check the slug"],
    ["[weg](/tags/onbekend)", 3, "link to /tags/onbekend, a page that does not exist; check the slug"],
    ["[weg](/auteurs/niemand)", 3, "link to /auteurs/niemand, a page that does not exist; check the slug"],
    ["![Een foto](/images/weg.jpg)", 3, "image /images/weg.jpg does not exist; put the file in public/images/weg.jpg"],
    ["![](/images/foto.jpg)", 3, "image without alt text; describe the image between the [ ] brackets"],
    ["# Tweede titel", 3, "a # heading is not allowed: the title is the page's only main heading; use ## for sections"],
    ["### Te diep", 3, "heading level 3 follows level 1; use ## here so no level is skipped"],
    ["![Logo](https://example.com/logo.png)", 3, "image https://example.com/logo.png is not a file of this site; put it in public/images/ and write /images/… (images from other websites are blocked)"],
    ["[relatief](artikelen/foo)", 3, 'link to "artikelen/foo": write a full address starting with https:// or a page of this site starting with /'],
    ["[ftp](ftp://example.com/x)", 3, 'link to "ftp://example.com/x": write a full address starting with https:// or a page of this site starting with /'],
  ])("refuses %j on its line", (snippet, line, message) => {
    const problems = check(`Eerste alinea.\n\n${snippet}\n`);
    expect(problems).toContainEqual(expect.objectContaining({ line, message }));
  });

  it("accepts links to existing pages and external https links", () => {
    expect(check("[a](/artikelen/bestaat) [b](/tags/it#top) [c](/auteurs/jeroen-bakker) [d](https://x.nl) [e](#kop) [f](mailto:a@b.nl)\n")).toEqual([]);
  });
});
