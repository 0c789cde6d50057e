/**
 * Registration that never breaks the host page: a taken tag name is explained in the console
 * instead of throwing, and every class can be registered under names of the site's choosing.
 */
const PREFIX = 'willkommen-widgets';

/**
 * Registers `constructor` as `name`. Returns true when `name` now shows this kit's element.
 * Never throws: a clash or an invalid name is reported with `console.error`.
 */
export function defineElement(
  name: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  try {
    const existing = registry.get(name);
    if (existing) {
      if (existing === constructor || existing.prototype instanceof constructor) return true;
      console.error(
        `${PREFIX}: <${name}> is already defined on this page by another script (another copy or version of the kit, or another component library), so this copy did not register it. ` +
          `To use this copy too, register it under another name, for example registerElements({ '${name}': 'site-${name}' }), and use that tag.`,
      );
      return false;
    }
    try {
      registry.define(name, constructor);
    } catch (error) {
      // A class can be registered only once; a second name gets a subclass of its own.
      if ((error as DOMException).name !== 'NotSupportedError') throw error;
      registry.define(name, class extends (constructor as new () => HTMLElement) {});
    }
    return true;
  } catch (error) {
    console.error(`${PREFIX}: could not register <${name}>: ${(error as Error).message}`);
    return false;
  }
}
