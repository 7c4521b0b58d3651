/**
 * A deliberately small model of how IAM evaluates the conditions our isolation relies on, so tests
 * can ask "would tenant A's session be allowed this key?" offline. It covers StringLike/NotLike,
 * StringEquals, Null and the ForAllValues qualifier with `${…}` policy variables: enough for the
 * tenant, platform and trust statements in tenant-roles.ts, and nothing more. It is not IAM:
 * passing it shows the policy says what we mean, not that AWS enforces it (DEPLOY.md's smoke
 * test does that in a real account).
 */

export type RequestContext = Record<string, string | string[] | undefined>;
type ConditionBlock = Record<string, Record<string, string | string[]>>;

const SPECIAL: Record<string, string> = { "*": "\\*", "?": "\\?", $: "\\$" };

/** Turns an IAM pattern into a RegExp, substituting `${key}` from the context as literal text. */
export function iamPattern(pattern: string, context: RequestContext, wildcards: boolean): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "$" && pattern[i + 1] === "{") {
      const end = pattern.indexOf("}", i);
      const name = pattern.slice(i + 2, end);
      const special = SPECIAL[name];
      const value = context[name];
      // An unresolvable variable makes the condition fail, as IAM does without IfExists.
      if (special === undefined && typeof value !== "string") return /$^/;
      source += special ?? escapeRegExp(value as string);
      i = end;
    } else if (wildcards && ch === "*") source += ".*";
    else if (wildcards && ch === "?") source += ".";
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, "s");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function matchesAny(value: string, patterns: string[], context: RequestContext, wildcards: boolean) {
  return patterns.some((p) => iamPattern(p, context, wildcards).test(value));
}

/** True when every condition in the block holds for the request. */
export function conditionsHold(block: ConditionBlock | undefined, context: RequestContext): boolean {
  for (const [operator, entries] of Object.entries(block ?? {})) {
    for (const [key, expected] of Object.entries(entries)) {
      const patterns = [expected].flat();
      const actual = context[key];
      const values = actual === undefined ? [] : [actual].flat();
      if (!holds(operator, values, patterns, context)) return false;
    }
  }
  return true;
}

function holds(operator: string, values: string[], patterns: string[], context: RequestContext): boolean {
  const [qualifier, test] = operator.includes(":") ? operator.split(":") : [undefined, operator];
  if (test === "Null") return (values.length === 0) === (patterns[0] === "true");
  const like = test === "StringLike" || test === "StringNotLike";
  const negated = test === "StringNotLike";
  if (!like && test !== "StringEquals") throw new Error(`policy-check does not model ${operator}`);
  const one = (v: string) => matchesAny(v, patterns, context, like) !== negated;
  // ForAllValues is vacuously true for an empty set: the reason our policies add a Null check.
  if (qualifier === "ForAllValues") return values.every(one);
  if (qualifier === "ForAnyValue") return values.some(one);
  if (values.length === 0) return negated;
  return values.every(one);
}
