import type { JwtKeys } from "./tokens";

/** Reads one version stage of the signing secret; undefined when that stage does not exist. */
export type SecretStageReader = (stage: "AWSCURRENT" | "AWSPREVIOUS") => Promise<string | undefined>;

const MIN_LENGTH = 32;

/**
 * The JWT keys from the secret's two stages. AWSPREVIOUS exists only after a rotation; a value too
 * short to be a key is refused for signing, and ignored (with no harm) for verifying.
 */
export async function loadSigningKeys(read: SecretStageReader): Promise<JwtKeys> {
  const [current, previous] = await Promise.all([read("AWSCURRENT"), read("AWSPREVIOUS")]);
  if (!current || current.length < MIN_LENGTH)
    throw new Error(`no JWT signing key (AWSCURRENT, ≥ ${MIN_LENGTH} chars)`);
  const encode = (value: string) => new TextEncoder().encode(value);
  return {
    current: encode(current),
    ...(previous && previous.length >= MIN_LENGTH && previous !== current
      ? { previous: encode(previous) }
      : {}),
  };
}
