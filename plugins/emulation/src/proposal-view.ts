import type { Proposal } from "./model";

/**
 * A proposal as the API shows it: without the sign-in names of the people who acted (`by`,
 * `proposedBy`). Everyone on the proposal's way reads it, and a login name is an account, not
 * something a school or a district should see of another unit; each step names its acting unit,
 * and the audit log keeps who did what for those allowed to read it.
 */
export function withoutAccounts<P extends Proposal>(proposal: P): Omit<P, "proposedBy"> {
  const { proposedBy: _account, review, trail, ...rest } = proposal;
  return {
    ...rest,
    ...(review ? { review: (({ by: _by, ...r }) => r)(review) } : {}),
    ...(trail ? { trail: trail.map(({ by: _by, ...step }) => step) } : {}),
  } as Omit<P, "proposedBy">;
}
