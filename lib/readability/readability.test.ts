import { describe, expect, it } from "vitest";
import { fleschLabel, readability, sentences, syllables } from "./readability";

describe("readability", () => {
  it("splits sentences at . ! ? before a capital, not inside o.a. or bijv.", () => {
    expect(sentences("Dit is één zin. Is dit er twee? Ja! Dat kan o.a. bij een klant, bijv. in Utrecht.").map((s) => s.words)).toEqual([4, 4, 1, 9]);
  });

  it("counts Dutch syllables as vowel groups, with ë and ï starting a new one", () => {
    expect(["huis", "consultant", "ideeën", "organisatie", "beïnvloeden", "ij"].map(syllables)).toEqual([1, 3, 3, 5, 4, 1]);
  });

  it("gives Flesch–Douma: short words in short sentences score high, long ones low", () => {
    const easy = readability(["Ik werk hier. Het is leuk. Ik leer veel."]);
    const hard = readability(["Organisatieverandering vereist communicatievaardigheden, stakeholdermanagement en implementatiedeskundigheid van consultants die verantwoordelijkheid dragen."]);
    expect(easy.fleschDouma).toBeGreaterThan(90);
    expect(hard.fleschDouma).toBeLessThan(0);
    expect(easy).toMatchObject({ words: 9, sentences: 3, readingMinutes: 1 });
    expect(fleschLabel(easy.fleschDouma)).toBe("heel makkelijk");
    expect(fleschLabel(45)).toBe("moeilijk");
  });
});
