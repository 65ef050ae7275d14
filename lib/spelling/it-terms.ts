/*
 * English IT and work terms that Dutch uses as they are (and that OpenTaal's list lacks), so a
 * Dutch text is not flagged for them. Lower case: a capital at a sentence start is accepted too,
 * and so is a plural -s (developers). Compounds with Dutch words (ticketingtool, techteams,
 * enterprise-architecten) need no entry of their own: the parts are enough.
 */
export const itTerms: readonly string[] = [
  "access", "architecture", "associate", "backlog", "decision", "deployment", "developer", "devops",
  "enterprise", "formatter", "fullstack", "function", "fundamentals", "identity", "infrastructure", "key", "linter",
  "meetup", "onboarding", "operations", "owner", "pipeline", "principal", "queries", "refinement",
  "repository", "request", "requirement", "scientist", "scripting", "solution", "staff", "tech",
  "tooling", "window", "workload",
];
