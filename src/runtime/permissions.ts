// Deno permissions as the runtime may use them: it asks only whether one is granted, never
// for one. A denied call throws NotCapable, and on a terminal Deno would first stop to prompt
// the user; neither may happen to a host that did not grant the permission.

/** Whether Deno has granted `desc` (queried without prompting). */
export function granted(desc: Deno.PermissionDescriptor): boolean {
  try {
    return Deno.permissions.querySync(desc).state === "granted";
  } catch {
    return false;
  }
}

/** An environment variable of the process, or undefined when it may not be read. */
export function processEnv(name: string): string | undefined {
  return granted({ name: "env", variable: name }) ? Deno.env.get(name) : undefined;
}
