/*
 * English IT and work terms that Dutch uses as they are (and that OpenTaal's list lacks), so a
 * Dutch text is not flagged for them. Lower case: a capital at a sentence start is accepted too.
 * Compounds with Dutch words (ticketingtool, cloudmigraties) need no entry: the parts are enough.
 */
export const itTerms: readonly string[] = [
];
