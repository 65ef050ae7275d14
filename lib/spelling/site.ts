import { readWordList } from "../content/files";
import { createTextCheck, type TextCheck } from "../content/text-check";
import { dutchDictionary } from "./dictionary";
import { itTerms } from "./it-terms";
import { createSpeller, type Speller } from "./speller";

/** The speller the site uses: the Dutch dictionary, English IT terms common in Dutch and content/woordenlijst.txt. */
export function siteSpeller(root: string): Speller {
  return createSpeller(dutchDictionary(), [...itTerms, ...readWordList(root)]);
}

/** The content check's spelling and readability check for the content folder `root`. */
export function siteTextCheck(root: string): TextCheck {
  return createTextCheck(siteSpeller(root));
}
