/**
 * A module is offered to a user who holds at least one of its permissions: the keys a module
 * declares all start with its id and a dot (the SDK refuses others), so the prefix says it all.
 */
export function holdsModulePermission(permissions: readonly string[], moduleId: string): boolean {
  const prefix = `${moduleId}.`;
  return permissions.some((p) => p.startsWith(prefix));
}
