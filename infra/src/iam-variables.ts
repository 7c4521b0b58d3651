/**
 * An IAM policy variable such as `${aws:PrincipalTag/TenantId}`, assembled so neither readers nor
 * linters mistake it for a JavaScript template placeholder. IAM fills it in per request.
 */
export const policyVariable = (name: string) => ["$", "{", name, "}"].join("");

/** The tenant of the calling session: the `TenantId` tag the API sets on AssumeRole. */
export const principalTenant = policyVariable("aws:PrincipalTag/TenantId");
